import { useContractMutation } from '@renderer/api/contract-query';
import { useForeseenChange, withStage, withTimerPaused, withTimerStarted } from './foreseen';

// Changes the console makes around the stages: moving between them, the timer, notes, reopening.

export const useGoToStage = () =>
  useForeseenChange('sessions.goToStage', (view, input, now) =>
    withStage(view, input.stageId, now),
  );
/** Title, notes, summary and the other settings of a session. */
export const useUpdateSession = () => useContractMutation('sessions.update');
export const useReopenSession = () => useContractMutation('sessions.reopen');

export const useStartTimer = () =>
  useForeseenChange('timer.start', (view, _input, now) => withTimerStarted(view, now));
export const usePauseTimer = () =>
  useForeseenChange('timer.pause', (view, _input, now) => withTimerPaused(view, now));
export const useResetTimer = () => useContractMutation('timer.reset');
export const useExtendTimer = () => useContractMutation('timer.extend');
