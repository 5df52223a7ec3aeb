import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput, notFound } from '@shared/errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  ExportDocumentSchema,
  type ExportedSession,
  type ExportedTeam,
  type ExportFile,
  IMPORT_COUNT_KEYS,
  type ImportCounts,
  type ImportPreview,
  type ImportReport,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
} from '@shared/portability';
import { CreateTeamInput, TEAM_NAME_MAX } from '@shared/teams';
import type { Database } from 'better-sqlite3';
import { nameKey, newId } from './ids';

// ---------- Export ----------

interface TeamRow {
  id: string;
  name: string;
  created_at: string;
  archived_at: string | null;
  is_sample: number;
}

interface SessionRow {
  id: string;
  title: string;
  date: string;
  status: 'in_progress' | 'closed';
  current_stage: string;
  stages_json: string;
  participant_mode: 'anonymous' | 'named';
  dots_per_participant: number;
  hide_cards_until_reveal: number;
  auto_start_timer: number;
  pulse_revealed: number;
  votes_revealed: number;
  notes: string;
  summary: string;
  timer_stage: string;
  timer_duration_ms: number;
  timer_elapsed_ms: number;
  timer_started_at: string | null;
  created_at: string;
  closed_at: string | null;
}

const TEAM_SQL = 'SELECT id, name, created_at, archived_at, is_sample FROM teams';

export function exportTeam(
  db: Database,
  input: ParsedInput<'data.exportTeam'>,
  appVersion: string,
  now: Date = new Date(),
): ExportFile {
  const row = db.prepare(`${TEAM_SQL} WHERE id = ?`).get(input.teamId) as TeamRow | undefined;
  if (!row) throw notFound('That team no longer exists. It may have been deleted.');
  return exportFile(db, [row], `threadline-${slug(row.name)}`, appVersion, now);
}

export function exportWorkspace(db: Database, appVersion: string, now: Date = new Date()) {
  const rows = db.prepare(`${TEAM_SQL} ORDER BY rowid`).all() as TeamRow[];
  return exportFile(db, rows, 'threadline-workspace', appVersion, now);
}

function exportFile(
  db: Database,
  rows: TeamRow[],
  baseName: string,
  appVersion: string,
  now: Date,
): ExportFile {
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    teams: db.transaction(() => rows.map((row) => exportedTeam(db, row)))(),
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

function exportedTeam(db: Database, row: TeamRow): ExportedTeam {
  const template = db
    .prepare(
      `SELECT stages_json, prompts_json, auto_start_timer, dots_per_participant, hide_cards_until_reveal
       FROM team_templates WHERE team_id = ?`,
    )
    .get(row.id) as
    | {
        stages_json: string;
        prompts_json: string;
        auto_start_timer: number;
        dots_per_participant: number;
        hide_cards_until_reveal: number;
      }
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
    sessions: sessions.map((session) => exportedSession(db, row.id, session)),
  };
}

function exportedSession(db: Database, teamId: string, row: SessionRow): ExportedSession {
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  const id = row.id;
  return {
    key: id,
    title: row.title,
    date: row.date,
    status: row.status,
    currentStage: row.current_stage as ExportedSession['currentStage'],
    stages: JSON.parse(row.stages_json),
    participantMode: row.participant_mode,
    dotsPerParticipant: row.dots_per_participant,
    hideCardsUntilReveal: bool(row.hide_cards_until_reveal),
    autoStartTimer: bool(row.auto_start_timer),
    pulseRevealed: bool(row.pulse_revealed),
    votesRevealed: bool(row.votes_revealed),
    notes: row.notes,
    summary: row.summary,
    timer: {
      stageId: row.timer_stage as ExportedSession['timer']['stageId'],
      durationMs: row.timer_duration_ms,
      elapsedMs: row.timer_elapsed_ms,
      startedAt: row.timer_started_at,
    },
    createdAt: row.created_at,
    closedAt: row.closed_at,
    // A participant whose member has since left the team keeps the label, not the link.
    participants: all(
      `SELECT p.id AS key, p.label, m.id AS memberKey, p.check_in AS checkIn, p.position
       FROM participants p LEFT JOIN team_members m ON m.id = p.member_id AND m.team_id = ?
       WHERE p.session_id = ? ORDER BY p.rowid`,
      teamId,
      id,
    ),
    pulseRatings: all(
      `SELECT practice_id AS practiceId, score, participant_id AS participantKey
       FROM pulse_ratings WHERE session_id = ? ORDER BY rowid`,
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
      `SELECT card_id AS cardKey, group_id AS groupKey, participant_id AS participantKey, dots
       FROM votes WHERE session_id = ? ORDER BY rowid`,
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
      `SELECT score, participant_id AS participantKey
       FROM roti_ratings WHERE session_id = ? ORDER BY rowid`,
      id,
    ),
  };
}

// ---------- Reading a file ----------

type Path = (string | number)[];

class FileProblem extends Error {
  constructor(
    readonly path: Path,
    message: string,
  ) {
    super(message);
  }
}

const where = (path: Path): string =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');

function refuse(detail: string): never {
  throw invalidInput(`This file cannot be imported: ${detail} Nothing was imported.`, 'document');
}

/**
 * Reads and checks an export file completely before anything is written: size, JSON syntax,
 * format and version, every field against the app's own rules, characters, and that every
 * reference inside the file points at something in the same team or session.
 */
export function readExportFile(text: string): ExportDocument {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    refuse(`it is larger than ${MAX_IMPORT_LABEL}, the most Threadline imports at once.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    refuse(`it is not valid JSON, so it may be cut off or damaged (${(error as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    refuse('it is not a Threadline export file.');
  }
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) refuse('it is not a Threadline export file.');
  if (version !== EXPORT_VERSION) {
    refuse(
      typeof version === 'number'
        ? `it uses export version ${version}, which this version of Threadline cannot read` +
            (version > EXPORT_VERSION ? '. Update Threadline, then import it again.' : '.')
        : 'it does not say which export version it uses.',
    );
  }
  const parsed = ExportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length === 0 ? '' : ` (${rest.length} more problems after this one.)`;
    refuse(`${where(first?.path as Path)}: ${first?.message}${more}`);
  }
  try {
    checkCharacters(parsed.data, []);
    checkReferences(parsed.data);
  } catch (error) {
    if (error instanceof FileProblem) refuse(`${where(error.path)}: ${error.message}`);
    throw error;
  }
  return parsed.data;
}

/** Tab and line breaks are text; other control characters and broken UTF-16 are not. */
function badCharacter(text: string): string | null {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return `It contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}), which text in Threadline cannot hold.`;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) return 'It contains a broken character.';
  }
  return null;
}

function checkCharacters(value: unknown, path: Path): void {
  if (typeof value === 'string') {
    const problem = badCharacter(value);
    if (problem) throw new FileProblem(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkCharacters(item, [...path, index]);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkCharacters(item, [...path, key]);
  }
}

function unique<T>(items: readonly T[], keyOf: (item: T) => string, path: Path, what: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) throw new FileProblem([...path, index], `${what} appears twice.`);
    seen.add(key);
  });
  return seen;
}

function mustExist(keys: Set<string>, key: string | null, path: Path, what: string): void {
  if (key !== null && !keys.has(key)) {
    throw new FileProblem(path, `It refers to ${what} “${key}”, which is not in the file there.`);
  }
}

function exactlyOne(a: string | null, b: string | null, path: Path, what: string): void {
  if ((a === null) === (b === null)) throw new FileProblem(path, `Give exactly one ${what}.`);
}

function checkReferences(document: ExportDocument): void {
  unique(document.teams, (team) => team.key, ['teams'], 'This team key');
  unique(
    document.teams.filter((team) => team.archivedAt === null),
    (team) => nameKey(team.name),
    ['teams'],
    'An active team name',
  );
  document.teams.forEach((team, index) => {
    checkTeam(team, ['teams', index]);
  });
}

function checkTeam(team: ExportedTeam, at: Path): void {
  const members = unique(team.members, (m) => m.key, [...at, 'members'], 'This member key');
  unique(team.members, (m) => nameKey(m.name), [...at, 'members'], 'This member name');
  const roster = CreateTeamInput.shape.members.safeParse(team.members.map((m) => m.name));
  if (!roster.success) {
    throw new FileProblem([...at, 'members'], roster.error.issues[0]?.message ?? 'Too many.');
  }
  unique(team.sessions, (s) => s.key, [...at, 'sessions'], 'This session key');
  const actions = new Set<string>();
  const commitments = new Set<string>();
  team.sessions.forEach((session, index) => {
    const path = [...at, 'sessions', index];
    session.actions.forEach((action, i) => {
      if (actions.has(action.key)) {
        throw new FileProblem([...path, 'actions', i], 'This action key appears twice.');
      }
      actions.add(action.key);
    });
    session.commitments.forEach((commitment, i) => {
      if (commitments.has(commitment.key)) {
        throw new FileProblem([...path, 'commitments', i], 'This commitment key appears twice.');
      }
      commitments.add(commitment.key);
    });
  });
  team.sessions.forEach((session, index) => {
    checkSession(session, [...at, 'sessions', index], { members, actions, commitments });
  });
}

function checkSession(
  session: ExportedSession,
  at: Path,
  team: { members: Set<string>; actions: Set<string>; commitments: Set<string> },
): void {
  const stages = unique(session.stages, (s) => s.id, [...at, 'stages'], 'This stage');
  mustExist(stages, session.currentStage, [...at, 'currentStage'], 'the stage');
  mustExist(stages, session.timer.stageId, [...at, 'timer', 'stageId'], 'the stage');

  const participants = unique(
    session.participants,
    (p) => p.key,
    [...at, 'participants'],
    'This participant key',
  );
  unique(session.participants, (p) => nameKey(p.label), [...at, 'participants'], 'This name');
  session.participants.forEach((p, i) => {
    mustExist(team.members, p.memberKey, [...at, 'participants', i, 'memberKey'], 'the member');
  });
  const people = session.participants.length;

  const perPractice = new Map<string, number>();
  unique(
    session.pulseRatings.filter((r) => r.participantKey !== null),
    (r) => `${r.practiceId} ${r.participantKey}`,
    [...at, 'pulseRatings'],
    'A participant’s rating for this practice',
  );
  session.pulseRatings.forEach((rating, i) => {
    const path = [...at, 'pulseRatings', i];
    mustExist(participants, rating.participantKey, [...path, 'participantKey'], 'participant');
    const count = (perPractice.get(rating.practiceId) ?? 0) + 1;
    perPractice.set(rating.practiceId, count);
    if (count > people) {
      throw new FileProblem(
        path,
        `There are more ratings for this practice than the ${people} participants.`,
      );
    }
  });

  const groups = unique(session.groups, (g) => g.key, [...at, 'groups'], 'This group key');
  const cards = unique(session.cards, (c) => c.key, [...at, 'cards'], 'This card key');
  session.cards.forEach((card, i) => {
    mustExist(groups, card.groupKey, [...at, 'cards', i, 'groupKey'], 'the group');
  });

  let dots = 0;
  session.votes.forEach((vote, i) => {
    const path = [...at, 'votes', i];
    exactlyOne(vote.cardKey, vote.groupKey, path, 'cardKey or groupKey');
    mustExist(cards, vote.cardKey, [...path, 'cardKey'], 'the card');
    mustExist(groups, vote.groupKey, [...path, 'groupKey'], 'the group');
    mustExist(participants, vote.participantKey, [...path, 'participantKey'], 'participant');
    dots += vote.dots;
    if (dots > people * session.dotsPerParticipant) {
      throw new FileProblem(
        path,
        `The votes add up to more dots than ${people} participants × ${session.dotsPerParticipant} allow.`,
      );
    }
  });

  session.actions.forEach((action, i) => {
    const path = [...at, 'actions', i];
    if (action.cardKey !== null && action.groupKey !== null) {
      throw new FileProblem(path, 'An action comes from one card or one group, not both.');
    }
    mustExist(cards, action.cardKey, [...path, 'cardKey'], 'the card');
    mustExist(groups, action.groupKey, [...path, 'groupKey'], 'the group');
  });
  session.commitments.forEach((commitment, i) => {
    const path = [...at, 'commitments', i, 'participantKey'];
    mustExist(participants, commitment.participantKey, path, 'participant');
  });

  unique(
    session.reviews,
    (r) => (r.actionKey === null ? `c ${r.commitmentKey}` : `a ${r.actionKey}`),
    [...at, 'reviews'],
    'A review of this follow-up',
  );
  session.reviews.forEach((review, i) => {
    const path = [...at, 'reviews', i];
    exactlyOne(review.actionKey, review.commitmentKey, path, 'actionKey or commitmentKey');
    mustExist(team.actions, review.actionKey, [...path, 'actionKey'], 'the team’s action');
    mustExist(
      team.commitments,
      review.commitmentKey,
      [...path, 'commitmentKey'],
      'the team’s commitment',
    );
  });

  unique(
    session.rotiRatings.filter((r) => r.participantKey !== null),
    (r) => String(r.participantKey),
    [...at, 'rotiRatings'],
    'A participant’s ROTI rating',
  );
  session.rotiRatings.forEach((rating, i) => {
    const path = [...at, 'rotiRatings', i];
    mustExist(participants, rating.participantKey, [...path, 'participantKey'], 'participant');
    if (i + 1 > people) {
      throw new FileProblem(path, `There are more ROTI ratings than the ${people} participants.`);
    }
  });
}

// ---------- Import ----------

function countOf(teams: readonly ExportedTeam[]): ImportCounts {
  const counts = Object.fromEntries(IMPORT_COUNT_KEYS.map((key) => [key, 0])) as ImportCounts;
  for (const team of teams) {
    counts.teams += 1;
    counts.members += team.members.length;
    counts.templates += team.template ? 1 : 0;
    for (const session of team.sessions) {
      counts.sessions += 1;
      counts.participants += session.participants.length;
      counts.pulseRatings += session.pulseRatings.length;
      counts.groups += session.groups.length;
      counts.cards += session.cards.length;
      counts.votes += session.votes.length;
      counts.kudos += session.kudos.length;
      counts.actions += session.actions.length;
      counts.commitments += session.commitments.length;
      counts.reviews += session.reviews.length;
      counts.rotiRatings += session.rotiRatings.length;
    }
  }
  return counts;
}

/** Active names already taken in the workspace, by name key. */
function takenNames(db: Database): Set<string> {
  const keys = db
    .prepare('SELECT name_key FROM teams WHERE archived_at IS NULL')
    .pluck()
    .all() as string[];
  return new Set(keys);
}

/** “Name (imported)”, then “Name (imported 2)” and so on, within the team name limit. */
function freeName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (imported)' : ` (imported ${n})`;
    const candidate = `${name.slice(0, TEAM_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

interface TeamPlan {
  team: ExportedTeam;
  conflict: boolean;
  /** The name it is stored under; null when it is skipped. */
  name: string | null;
}

/**
 * Decides each team's fate: an active team whose name is already used by an active team here
 * is renamed or skipped as the user chose. Archived teams never clash.
 */
function planTeams(
  db: Database,
  document: ExportDocument,
  resolutions: Record<string, 'rename' | 'skip'> | null,
): TeamPlan[] {
  const taken = takenNames(db);
  const conflicts = document.teams.filter(
    (team) => team.archivedAt === null && taken.has(nameKey(team.name)),
  );
  // Names of non-clashing teams are reserved first, so a renamed team never takes one of them.
  for (const team of document.teams) {
    if (team.archivedAt === null && !conflicts.includes(team)) taken.add(nameKey(team.name));
  }
  return document.teams.map((team) => {
    if (!conflicts.includes(team)) return { team, conflict: false, name: team.name };
    const choice = resolutions === null ? 'rename' : resolutions[team.key];
    if (choice === undefined) {
      throw conflict(
        `An active team is already called “${team.name}”. Choose whether to rename or skip it.`,
        'resolutions',
      );
    }
    if (choice === 'skip') return { team, conflict: true, name: null };
    const name = freeName(team.name, taken);
    taken.add(nameKey(name));
    return { team, conflict: true, name };
  });
}

export function previewImport(
  db: Database,
  input: ParsedInput<'data.previewImport'>,
): ImportPreview {
  const document = readExportFile(input.document);
  return {
    exportedAt: document.exportedAt,
    teams: planTeams(db, document, null).map(({ team, conflict, name }) => ({
      key: team.key,
      name: team.name,
      archived: team.archivedAt !== null,
      sessions: team.sessions.length,
      conflict,
      renameTo: conflict ? name : null,
    })),
    counts: countOf(document.teams),
  };
}

/** Adds the file's teams with fresh ids, all in one transaction, and reports what it did. */
export function importFile(db: Database, input: ParsedInput<'data.import'>): ImportReport {
  const document = readExportFile(input.document);
  return db.transaction(() => {
    const plans = planTeams(db, document, input.resolutions);
    let hasSample = db.prepare('SELECT 1 FROM teams WHERE is_sample = 1').get() !== undefined;
    const added: ExportedTeam[] = [];
    for (const { team, name } of plans) {
      if (name === null) continue;
      // There is one sample team at most; a second one comes in as an ordinary team.
      const isSample = team.isSample && !hasSample;
      hasSample ||= isSample;
      insertTeam(db, team, name, isSample);
      added.push(team);
    }
    return {
      added: countOf(added),
      skipped: plans
        .filter((p) => p.name === null)
        .map((p) => ({ key: p.team.key, name: p.team.name })),
      renamed: plans
        .filter((p) => p.conflict && p.name !== null)
        .map((p) => ({ from: p.team.name, to: p.name as string })),
    };
  })();
}

function idsFor<T extends { key: string }>(items: readonly T[]): Map<string, string> {
  return new Map(items.map((item) => [item.key, newId()]));
}

/** The new id for a key the file checks guarantee exists. */
function idOf(ids: Map<string, string>, key: string): string;
function idOf(ids: Map<string, string>, key: string | null): string | null;
function idOf(ids: Map<string, string>, key: string | null): string | null {
  if (key === null) return null;
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Key ${key} was not mapped; the file checks missed it.`);
  return id;
}

const int = (flag: boolean): number => (flag ? 1 : 0);

function insertTeam(db: Database, team: ExportedTeam, name: string, isSample: boolean): void {
  const teamId = newId();
  db.prepare(
    `INSERT INTO teams (id, name, name_key, created_at, archived_at, is_sample)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(teamId, name, nameKey(name), team.createdAt, team.archivedAt, int(isSample));

  const members = idsFor(team.members);
  const insertMember = db.prepare(
    'INSERT INTO team_members (id, team_id, name, name_key, position) VALUES (?, ?, ?, ?, ?)',
  );
  for (const member of team.members) {
    insertMember.run(
      idOf(members, member.key),
      teamId,
      member.name,
      nameKey(member.name),
      member.position,
    );
  }

  if (team.template) {
    db.prepare(
      `INSERT INTO team_templates (team_id, stages_json, prompts_json, auto_start_timer,
         dots_per_participant, hide_cards_until_reveal) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      teamId,
      JSON.stringify(team.template.stages),
      JSON.stringify(team.template.prompts),
      int(team.template.autoStartTimer),
      team.template.dotsPerParticipant,
      int(team.template.hideCardsUntilReveal),
    );
  }

  const actions = idsFor(team.sessions.flatMap((s) => s.actions));
  const commitments = idsFor(team.sessions.flatMap((s) => s.commitments));
  const sessions = idsFor(team.sessions);
  for (const session of team.sessions) {
    insertSession(db, teamId, idOf(sessions, session.key), session, {
      members,
      actions,
      commitments,
    });
  }
  // Reviews last: they may point at follow-ups of any session of the team.
  const insertReview = db.prepare(
    `INSERT INTO reviews (id, session_id, action_id, commitment_id, status, note, reviewed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const session of team.sessions) {
    for (const review of session.reviews) {
      insertReview.run(
        newId(),
        idOf(sessions, session.key),
        idOf(actions, review.actionKey),
        idOf(commitments, review.commitmentKey),
        review.status,
        review.note,
        review.reviewedAt,
      );
    }
  }
}

function insertSession(
  db: Database,
  teamId: string,
  sessionId: string,
  session: ExportedSession,
  team: {
    members: Map<string, string>;
    actions: Map<string, string>;
    commitments: Map<string, string>;
  },
): void {
  db.prepare(
    `INSERT INTO sessions (id, team_id, title, date, status, current_stage, stages_json,
       participant_mode, dots_per_participant, hide_cards_until_reveal, auto_start_timer,
       pulse_revealed, votes_revealed, notes, summary, timer_stage, timer_duration_ms,
       timer_elapsed_ms, timer_started_at, created_at, closed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    sessionId,
    teamId,
    session.title,
    session.date,
    session.status,
    session.currentStage,
    JSON.stringify(session.stages),
    session.participantMode,
    session.dotsPerParticipant,
    int(session.hideCardsUntilReveal),
    int(session.autoStartTimer),
    int(session.pulseRevealed),
    int(session.votesRevealed),
    session.notes,
    session.summary,
    session.timer.stageId,
    session.timer.durationMs,
    session.timer.elapsedMs,
    session.timer.startedAt,
    session.createdAt,
    session.closedAt,
  );

  const participants = idsFor(session.participants);
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, session_id, label, member_id, check_in, position)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const p of session.participants) {
    insertParticipant.run(
      idOf(participants, p.key),
      sessionId,
      p.label,
      idOf(team.members, p.memberKey),
      p.checkIn === '' ? null : p.checkIn,
      p.position,
    );
  }

  const insertPulse = db.prepare(
    `INSERT INTO pulse_ratings (id, session_id, practice_id, score, participant_id)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const rating of session.pulseRatings) {
    insertPulse.run(
      newId(),
      sessionId,
      rating.practiceId,
      rating.score,
      idOf(participants, rating.participantKey),
    );
  }

  const groups = idsFor(session.groups);
  const insertGroup = db.prepare(
    'INSERT INTO card_groups (id, session_id, title, circle, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const group of session.groups) {
    insertGroup.run(idOf(groups, group.key), sessionId, group.title, group.circle, group.createdAt);
  }

  const cards = idsFor(session.cards);
  const insertCard = db.prepare(
    `INSERT INTO cards (id, session_id, practice_id, kind, text, hidden, group_id, circle, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const card of session.cards) {
    insertCard.run(
      idOf(cards, card.key),
      sessionId,
      card.practiceId,
      card.kind,
      card.text,
      int(card.hidden),
      idOf(groups, card.groupKey),
      card.circle,
      card.createdAt,
    );
  }

  const insertVote = db.prepare(
    `INSERT INTO votes (id, session_id, card_id, group_id, participant_id, dots)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const vote of session.votes) {
    insertVote.run(
      newId(),
      sessionId,
      idOf(cards, vote.cardKey),
      idOf(groups, vote.groupKey),
      idOf(participants, vote.participantKey),
      vote.dots,
    );
  }

  const insertKudos = db.prepare(
    'INSERT INTO kudos (id, session_id, act, who, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const kudos of session.kudos) {
    insertKudos.run(newId(), sessionId, kudos.act, kudos.who, kudos.outcome, kudos.createdAt);
  }

  const insertAction = db.prepare(
    `INSERT INTO actions (id, session_id, team_id, title, owner, due_date, practice_id, circle,
       card_id, group_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const action of session.actions) {
    insertAction.run(
      idOf(team.actions, action.key),
      sessionId,
      teamId,
      action.title,
      action.owner,
      action.dueDate,
      action.practiceId,
      action.circle,
      idOf(cards, action.cardKey),
      idOf(groups, action.groupKey),
      action.status,
      action.createdAt,
    );
  }

  const insertCommitment = db.prepare(
    `INSERT INTO commitments (id, session_id, team_id, participant_id, person, text, status,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const commitment of session.commitments) {
    insertCommitment.run(
      idOf(team.commitments, commitment.key),
      sessionId,
      teamId,
      idOf(participants, commitment.participantKey),
      commitment.person,
      commitment.text,
      commitment.status,
      commitment.createdAt,
    );
  }

  const insertRoti = db.prepare(
    'INSERT INTO roti_ratings (id, session_id, score, participant_id) VALUES (?, ?, ?, ?)',
  );
  for (const rating of session.rotiRatings) {
    insertRoti.run(newId(), sessionId, rating.score, idOf(participants, rating.participantKey));
  }
}
