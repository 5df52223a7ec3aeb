import teams from './001-teams';
import sessions from './002-sessions';
import sampleAndIndexes from './003-sample-and-indexes';
import sharedScreen from './004-shared-screen';
import anonymousValues from './005-anonymous-values';
import room from './006-room';
import ratingTotals from './007-rating-totals';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited or reordered. */
export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'teams', sql: teams },
  { id: 2, name: 'sessions', sql: sessions },
  { id: 3, name: 'sample-and-indexes', sql: sampleAndIndexes },
  { id: 4, name: 'shared-screen', sql: sharedScreen },
  { id: 5, name: 'anonymous-values', sql: anonymousValues },
  { id: 6, name: 'room', sql: room },
  { id: 7, name: 'rating-totals', sql: ratingTotals },
];
