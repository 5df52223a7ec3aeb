import { useContractMutation } from '@renderer/api/contract-query';

/** Records whether an earlier action or commitment was done, with a note. */
export const useMarkReview = () => useContractMutation('review.mark');
