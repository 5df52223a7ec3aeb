import { useContractMutation } from '@renderer/api/contract-query';

/** Records whether an earlier action or commitment was done, with a note. */
export const useMarkReview = () => useContractMutation('review.mark');
/** Takes a verdict back: the item is to review again. */
export const useClearReview = () => useContractMutation('review.clear');
