import type { Database } from 'better-sqlite3';
import type { SharedScreenRow } from '../../db/rows';
import { prepared } from './prepared';

/** Stores what the shared screen shows, replacing what it showed before. */
export function saveSharedScreen(db: Database, row: SharedScreenRow): void {
  prepared(
    db,
    `INSERT INTO shared_screen (id, shows, team_id, session_id, slide_id, page, page_stage)
     VALUES (@id, @shows, @team_id, @session_id, @slide_id, @page, @page_stage)
     ON CONFLICT (id) DO UPDATE SET
       shows = excluded.shows,
       team_id = excluded.team_id,
       session_id = excluded.session_id,
       slide_id = excluded.slide_id,
       page = excluded.page,
       page_stage = excluded.page_stage`,
  ).run(row);
}
