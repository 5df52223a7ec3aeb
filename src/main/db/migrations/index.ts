import teams from './001-teams';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited or reordered. */
export const MIGRATIONS: readonly Migration[] = [{ id: 1, name: 'teams', sql: teams }];
