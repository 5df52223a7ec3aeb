import { useContractMutation } from '@renderer/api/contract-query';

// Changes the console makes around the stages: moving between them, the timer, notes, reopening.

export const useGoToStage = () => useContractMutation('sessions.goToStage');
/** Title, notes, summary and the other settings of a session. */
export const useUpdateSession = () => useContractMutation('sessions.update');
export const useReopenSession = () => useContractMutation('sessions.reopen');

export const useStartTimer = () => useContractMutation('timer.start');
export const usePauseTimer = () => useContractMutation('timer.pause');
export const useResetTimer = () => useContractMutation('timer.reset');
export const useExtendTimer = () => useContractMutation('timer.extend');
