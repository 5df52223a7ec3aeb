import type { ParsedInput } from '@shared/contract';
import { conflict, notFound } from '@shared/errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type ExportedSession,
  type ExportedTeam,
  type ExportFile,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
} from '@shared/portability';
import type { Database } from 'better-sqlite3';
import type { SessionRow, TeamRow, TeamTemplateRow } from '../../db/rows';

export function exportTeam(
  db: Database,
  input: ParsedInput<'data.exportTeam'>,
  appVersion: string,
  now: Date = new Date(),
): ExportFile {
  const row = db.prepare('SELECT * FROM teams WHERE id = ?').get(input.teamId) as
    | TeamRow
    | undefined;
  if (!row) throw notFound('That team no longer exists. It may have been deleted.');
  return exportFile(db, [row], `threadline-${slug(row.name)}`, {
    appVersion,
    now,
    includeNotes: input.includeNotes,
  });
}

export function exportWorkspace(
  db: Database,
  input: ParsedInput<'data.exportWorkspace'>,
  appVersion: string,
  now: Date = new Date(),
) {
  const rows = db.prepare('SELECT * FROM teams ORDER BY rowid').all() as TeamRow[];
  return exportFile(db, rows, 'threadline-workspace', {
    appVersion,
    now,
    includeNotes: input.includeNotes,
  });
}

interface ExportOptions {
  appVersion: string;
  now: Date;
  /** Facilitator notes are private: they go into the file only when asked for. */
  includeNotes: boolean;
}

function exportFile(
  db: Database,
  rows: TeamRow[],
  baseName: string,
  { appVersion, now, includeNotes }: ExportOptions,
): ExportFile {
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    facilitatorNotes: includeNotes ? 'included' : 'left-out',
    appVersion,
    teams: db.transaction(() => rows.map((row) => exportedTeam(db, row, includeNotes)))(),
  };
  // Readable when it fits; compact when only that fits; never a file Threadline cannot import.
  let text = JSON.stringify(document, null, 2);
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) text = JSON.stringify(document);
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    throw conflict(
      `This is too much to export to one file (over ${MAX_IMPORT_LABEL}). Export the teams one by one.`,
    );
  }
  return { fileName: `${baseName}-${now.toISOString().slice(0, 10)}.json`, document: text };
}

function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40)
    .replace(/-$/, '');
  return ascii === '' ? 'team' : ascii;
}

const bool = (value: number): boolean => value === 1;

function exportedTeam(db: Database, row: TeamRow, includeNotes: boolean): ExportedTeam {
  const template = db.prepare('SELECT * FROM team_templates WHERE team_id = ?').get(row.id) as
    | TeamTemplateRow
    | undefined;
  const sessions = db
    .prepare('SELECT * FROM sessions WHERE team_id = ? ORDER BY rowid')
    .all(row.id) as SessionRow[];
  return {
    key: row.id,
    name: row.name,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    isSample: bool(row.is_sample),
    members: db
      .prepare(
        'SELECT id AS key, name, position FROM team_members WHERE team_id = ? ORDER BY rowid',
      )
      .all(row.id) as ExportedTeam['members'],
    template: template
      ? {
          stages: JSON.parse(template.stages_json),
          prompts: JSON.parse(template.prompts_json),
          autoStartTimer: bool(template.auto_start_timer),
          dotsPerParticipant: template.dots_per_participant,
          hideCardsUntilReveal: bool(template.hide_cards_until_reveal),
        }
      : null,
    sessions: sessions.map((session) => exportedSession(db, row.id, session, includeNotes)),
  };
}

function exportedSession(
  db: Database,
  teamId: string,
  row: SessionRow,
  includeNotes: boolean,
): ExportedSession {
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  const id = row.id;
  return {
    key: id,
    title: row.title,
    date: row.date,
    status: row.status,
    currentStage: row.current_stage,
    stages: JSON.parse(row.stages_json),
    participantMode: row.participant_mode,
    dotsPerParticipant: row.dots_per_participant,
    hideCardsUntilReveal: bool(row.hide_cards_until_reveal),
    autoStartTimer: bool(row.auto_start_timer),
    pulseRevealed: bool(row.pulse_revealed),
    votesRevealed: bool(row.votes_revealed),
    rotiRevealed: bool(row.roti_revealed),
    ...(includeNotes ? { notes: row.notes } : {}),
    summary: row.summary,
    timer: {
      stageId: row.timer_stage,
      durationMs: row.timer_duration_ms,
      elapsedMs: row.timer_elapsed_ms,
      startedAt: row.timer_started_at,
    },
    createdAt: row.created_at,
    closedAt: row.closed_at,
    // A participant whose member has since left the team keeps the label, not the link.
    participants: all(
      `SELECT p.id AS key, p.label, m.id AS memberKey, p.check_in AS checkIn, p.position, p.via
       FROM participants p LEFT JOIN team_members m ON m.id = p.member_id AND m.team_id = ?
       WHERE p.session_id = ? ORDER BY p.rowid`,
      teamId,
      id,
    ),
    pulseRatings: all(
      `SELECT practice_id AS practiceId, score, NULL AS participantKey, entry
       FROM pulse_ratings WHERE session_id = ? ORDER BY practice_id, entry, score`,
      id,
    ),
    groups: all(
      `SELECT id AS key, title, circle, created_at AS createdAt
       FROM card_groups WHERE session_id = ? ORDER BY rowid`,
      id,
    ),
    cards: all<Omit<ExportedSession['cards'][number], 'hidden'> & { hidden: number }>(
      `SELECT id AS key, practice_id AS practiceId, kind, text, hidden, group_id AS groupKey, circle,
         created_at AS createdAt
       FROM cards WHERE session_id = ? ORDER BY rowid`,
      id,
    ).map((card) => ({ ...card, hidden: bool(card.hidden) })),
    votes: all(
      `SELECT v.card_id AS cardKey, v.group_id AS groupKey, NULL AS participantKey, v.entry, v.dots
       FROM votes v LEFT JOIN cards c ON c.id = v.card_id LEFT JOIN card_groups g ON g.id = v.group_id
       WHERE v.session_id = ?
       ORDER BY COALESCE(c.rowid, 0), COALESCE(g.rowid, 0), v.entry, v.dots`,
      id,
    ),
    kudos: all(
      `SELECT act, who, outcome, created_at AS createdAt
       FROM kudos WHERE session_id = ? ORDER BY rowid`,
      id,
    ),
    actions: all(
      `SELECT id AS key, title, owner, due_date AS dueDate, practice_id AS practiceId, circle,
         card_id AS cardKey, group_id AS groupKey, status, created_at AS createdAt
       FROM actions WHERE session_id = ? ORDER BY rowid`,
      id,
    ),
    commitments: all(
      `SELECT id AS key, participant_id AS participantKey, person, text, status,
         created_at AS createdAt
       FROM commitments WHERE session_id = ? ORDER BY rowid`,
      id,
    ),
    reviews: all(
      `SELECT action_id AS actionKey, commitment_id AS commitmentKey, status, note,
         reviewed_at AS reviewedAt
       FROM reviews WHERE session_id = ? ORDER BY rowid`,
      id,
    ),
    rotiRatings: all(
      `SELECT score, NULL AS participantKey, entry
       FROM roti_ratings WHERE session_id = ? ORDER BY entry, score`,
      id,
    ),
    checkInWords: all<{ word: string }>(
      'SELECT word FROM check_in_words WHERE session_id = ? ORDER BY word',
      id,
    ).map((row) => row.word),
    submitted: all(
      `SELECT s.round, s.participant_id AS participantKey
       FROM submissions s JOIN participants p ON p.id = s.participant_id
       WHERE s.session_id = ? ORDER BY s.round, p.rowid`,
      id,
    ),
  };
}
