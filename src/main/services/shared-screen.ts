import type { ParsedInput } from '@shared/contract';
import { conflict, notFound } from '@shared/errors';
import type { ScreenTeam, SharedScreen, SlideId } from '@shared/screen';
import { pageCount } from '@shared/screen-pages';
import type { Database } from 'better-sqlite3';
import type { SharedScreenRow } from '../db/rows';
import { getPresentationView } from './presentation';
import { sessionRow } from './session-guards';
import { saveSharedScreen } from './writers/shared-screen';

// What the shared screen shows, for the whole workspace. The console sets it; every presentation
// window reads it and follows. A retro or team deleted meanwhile leaves the idle screen behind.

const IDLE: SharedScreenRow = {
  id: 1,
  shows: 'idle',
  team_id: null,
  session_id: null,
  slide_id: null,
  page: 0,
  page_stage: null,
};

function storedRow(db: Database): SharedScreenRow {
  return (db.prepare('SELECT * FROM shared_screen WHERE id = 1').get() as SharedScreenRow) ?? IDLE;
}

function teamOf(db: Database, teamId: string | null): ScreenTeam | null {
  if (teamId === null) return null;
  return (db.prepare('SELECT id, name FROM teams WHERE id = ?').get(teamId) as ScreenTeam) ?? null;
}

function requireTeam(db: Database, teamId: string): ScreenTeam {
  const team = teamOf(db, teamId);
  if (!team) throw notFound('That team no longer exists. It may have been deleted.');
  return team;
}

function read(db: Database, row: SharedScreenRow): SharedScreen {
  const team = teamOf(db, row.team_id);
  if (row.shows === 'session' && row.session_id !== null) {
    const view = getPresentationView(db, row.session_id);
    const stageId = view.session.currentStage;
    const pages = pageCount(view);
    const page = row.page_stage === stageId ? Math.min(row.page, pages - 1) : 0;
    const teamId = sessionRow(db, row.session_id).team_id;
    return {
      show: 'session',
      team: { id: teamId, name: view.session.teamName },
      sessionId: row.session_id,
      stageId,
      page,
      pages,
    };
  }
  if (row.shows === 'chart' && row.slide_id !== null && team !== null) {
    return { show: 'chart', team, slideId: row.slide_id as SlideId };
  }
  return { show: 'idle', team };
}

export function getSharedScreen(db: Database): SharedScreen {
  return db.transaction(() => read(db, storedRow(db)))();
}

/**
 * Puts a retro, a chart or the idle screen on the shared screen. Showing the retro it already
 * shows keeps the page it is on, so a console reloaded mid-stage does not turn it back.
 */
export function showOnScreen(db: Database, input: ParsedInput<'screen.show'>): SharedScreen {
  const current = storedRow(db);
  let next: SharedScreenRow;
  if (input.show === 'session') {
    const session = sessionRow(db, input.sessionId);
    const same = current.shows === 'session' && current.session_id === session.id;
    next = {
      ...IDLE,
      shows: 'session',
      team_id: session.team_id,
      session_id: session.id,
      page: same ? current.page : 0,
      page_stage: same ? current.page_stage : null,
    };
  } else if (input.show === 'chart') {
    const team = requireTeam(db, input.teamId);
    next = { ...IDLE, shows: 'chart', team_id: team.id, slide_id: input.slideId };
  } else {
    next = { ...IDLE, team_id: input.teamId === null ? null : requireTeam(db, input.teamId).id };
  }
  saveSharedScreen(db, next);
  return read(db, next);
}

/** Turns the page of the retro stage on the shared screen, staying within its pages. */
export function turnScreenPage(db: Database, input: ParsedInput<'screen.turnPage'>): SharedScreen {
  const row = storedRow(db);
  const shown = read(db, row);
  if (shown.show !== 'session') {
    throw conflict('The shared screen is not showing a retro, so it has no pages to turn.');
  }
  const page = Math.min(shown.pages - 1, Math.max(0, shown.page + input.by));
  const next: SharedScreenRow = { ...row, page, page_stage: shown.stageId };
  saveSharedScreen(db, next);
  return read(db, next);
}
