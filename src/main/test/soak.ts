// The reliability tests run in a short form with `npm test` and in full with `npm run soak`,
// which sets THREADLINE_SOAK=1. Each test names both sizes, so the short form is a true sample
// of the long one and never a different test.

export const SOAK = process.env.THREADLINE_SOAK === '1';

/** `short` under `npm test`, `full` under `npm run soak`. */
export const sized = (short: number, full: number): number => (SOAK ? full : short);

/** Per-test time limit for the larger soak runs, in milliseconds. */
export const soakTimeout = (short: number, full: number): number => sized(short, full);
