import { SAMPLE_TEAM_NAME } from '@shared/dashboard';
import { conflict, notFound } from '@shared/errors';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import type { CardKind, Circle, KudosOutcome, ReviewStatus } from '@shared/sessions';
import { STAGES } from '@shared/stages';
import type { Team } from '@shared/teams';
import type { Database } from 'better-sqlite3';
import { nameKey, newId } from './ids';
import { getTeam } from './teams';

// A made-up team with half a year of fortnightly retros, so the charts mean something on first
// run. The story: humility and influence climb steadily, information sharing dips after a reorg
// and recovers once the team acts on it, and follow-through improves over time. Everything is
// derived from a fixed seed and fixed dates, so every load is the same history.

const FIRST_DATE = '2026-05-19';
const DAYS_BETWEEN = 14;
const SEED = 20260519;
const DOTS = 3;

const ROSTER = [
  'Amara Osei',
  'Bao Tran',
  'Carmen Ruiz',
  'Dmitri Volkov',
  'Esi Mensah',
  'Farid Haddad',
  'Greta Lind',
];

/** Mean pulse the team aims at in each session, per practice. */
const PULSE_TARGETS: Record<PracticeId, number[]> = {
  'reward-initiative': [3.0, 3.0, 3.2, 3.0, 3.4, 3.2, 3.4, 3.6, 3.4, 3.6, 3.8, 3.6, 3.8],
  'share-information': [3.4, 3.2, 3.0, 2.6, 2.4, 2.2, 2.6, 3.0, 3.2, 3.4, 3.6, 3.6, 3.8],
  'model-humility': [2.6, 2.8, 2.8, 3.0, 3.2, 3.2, 3.4, 3.6, 3.6, 3.8, 3.8, 4.0, 4.2],
  'influence-not-control': [2.4, 2.4, 2.6, 2.8, 2.8, 3.0, 3.2, 3.2, 3.4, 3.6, 3.8, 3.8, 4.0],
};
const ROTI_TARGETS = [3.4, 3.6, 3.4, 3.8, 3.2, 3.6, 3.8, 4.0, 3.8, 4.0, 4.2, 4.0, 4.4];
const SESSION_COUNT = ROTI_TARGETS.length;
/** How many of the roster missed each session: 5 to 7 people take part. */
const ABSENT = [1, 0, 2, 1, 1, 2, 0, 1, 2, 1, 0, 1, 1];
/** Sessions run with a show of hands: ratings and dots are tallied, nobody is named. */
const TALLIED = new Set([2, 7]);

const SUMMARIES: Record<number, string> = {
  0: 'First retro on the four practices. Influence and humility are where we start lowest.',
  4: 'Information sharing dipped after the reorg: release notes stopped and only one person knows the deploy pipeline.',
  6: 'Pipeline walkthrough recorded and release notes restarted with a rotating writer.',
  9: 'Information is back above where we started, and design reviews feel more open.',
  12: 'Best pulse so far on humility and influence. Keep the thank-you habit going.',
};

const CARDS: Record<PracticeId, Record<CardKind, string[]>> = {
  'reward-initiative': {
    went_well: [
      'Bao fixed the flaky checkout test on a Friday without being asked, and we said thanks in stand-up.',
      'Carmen tried a canary release for the cache change; it failed safely and showed us which alarms were missing.',
      'Esi picked up the orphaned on-call runbook and rewrote it.',
      'We celebrated the auto-scaling attempt even though we rolled it back.',
      'Farid set up the dependency bot on his own initiative.',
    ],
    to_improve: [
      'Greta’s migration script saved days, but nobody mentioned it in the demo.',
      'We only praised the launch, not the people who unblocked it at midnight.',
      'People waited for a ticket before fixing an obvious bug in the build.',
      'The failed load-test experiment got a “told you so” instead of a thank-you.',
      'Nobody volunteered for the alert clean-up: last time it went wrong it was held against Dmitri.',
    ],
  },
  'share-information': {
    went_well: [
      'Release notes went out the same day for every deploy.',
      'Amara’s ten-minute demo of the new tracing saved everyone a day of digging.',
      'The incident write-up reached the support team before they had to ask.',
      'Decisions from the architecture sync now land in the team channel within the hour.',
      'Pairing rotation spread the billing-service knowledge to three people.',
    ],
    to_improve: [
      'Only Dmitri knows how the deploy pipeline is wired.',
      'We heard about the database freeze from another team, two days late.',
      'Release notes stopped going out after the reorg.',
      'The API change was discussed in a private chat; the mobile team found out from a broken build.',
      'Roadmap changes wait for the monthly all-hands.',
    ],
  },
  'model-humility': {
    went_well: [
      'Carmen changed the rollout plan after Bao pointed out the migration risk.',
      'Dmitri owned the outage in the incident review without hedging.',
      'The quieter half of the team shaped the queue design this sprint.',
      'The launch shout-out named all six people who built it.',
      'Farid asked for a review on a change he was sure of, and it caught a bug.',
    ],
    to_improve: [
      'Design reviews are dominated by the same two voices.',
      'A config mistake was quietly reverted and never mentioned.',
      'Esi’s idea came up again a week later as someone else’s.',
      'We argued about naming for an hour instead of asking the newest person.',
      'Credit for the latency win went to the lead alone in the newsletter.',
    ],
  },
  'influence-not-control': {
    went_well: [
      'Greta won the platform team over to the shared CI config with a one-page why.',
      'We fixed our own flaky tests instead of waiting for the QA budget.',
      'Amara coached Bao through the first on-call rather than taking over.',
      'We explained the reasons for the freeze and the other teams planned around it.',
      'The team agreed the new branching rules after a short trial rather than a mandate.',
    ],
    to_improve: [
      'Tasks were assigned in planning without asking who wanted them.',
      'We spent half a retro on the hiring freeze, which is outside our influence.',
      'The code-owner rule was imposed by a bot with no explanation.',
      'Deadlines were handed down without the reasons behind them.',
      'We assumed the on-call schedule was not our call and never proposed a change.',
    ],
  },
};

const GROUP_TITLES: Record<PracticeId, string> = {
  'reward-initiative': 'Thanking people who step up',
  'share-information': 'Knowledge stuck in one head',
  'model-humility': 'Making room for every voice',
  'influence-not-control': 'Reasons, not orders',
};

const ACTIONS: Record<PracticeId, string[]> = {
  'reward-initiative': [
    'Open stand-up with one thank-you for someone who stepped up',
    'Add a “brave attempts” slot to the sprint demo',
    'Tell the product lead what Greta’s migration script saved us',
    'Keep a kudos thread in the team channel',
  ],
  'share-information': [
    'Record a 15-minute walkthrough of the deploy pipeline',
    'Restart same-day release notes with a rotating writer',
    'Post architecture-sync decisions in the team channel within the hour',
    'Pair on the billing service so three people can deploy it',
  ],
  'model-humility': [
    'Rotate who speaks first in design reviews',
    'Add a “what I got wrong” line to incident reviews',
    'Name every contributor in launch announcements',
    'Ask the newest person for their view before deciding',
  ],
  'influence-not-control': [
    'Explain the why in every planning ticket',
    'Let people pick tasks in planning before anything is assigned',
    'Propose an on-call rota change to the platform lead',
    'Share a one-page case for the shared CI config',
  ],
};

const COMMITMENTS = [
  'I will thank one person a week for something they tried.',
  'I will write up what I learn from each on-call shift.',
  'I will ask a quieter teammate for their view in every design review.',
  'I will pair with someone on the deploy pipeline.',
  'I will give my reasons before asking for a change in code review.',
  'I will post notes from every meeting I attend for the team.',
  'I will say so when I get something wrong.',
  'I will offer help instead of taking over.',
];

const KUDOS: { act: string; outcome: KudosOutcome }[] = [
  { act: 'Fixed the flaky checkout test before the release', outcome: 'worked' },
  {
    act: 'Tried a canary release for the cache change; it rolled back safely',
    outcome: 'did_not_work',
  },
  { act: 'Rewrote the on-call runbook without being asked', outcome: 'worked' },
  { act: 'Tried pairing rotation across two squads', outcome: 'partly' },
  { act: 'Ran a lunch-and-learn on the new tracing', outcome: 'worked' },
  {
    act: 'Experimented with auto-scaling the workers; reverted after a noisy night',
    outcome: 'did_not_work',
  },
  { act: 'Started a shared glossary of service names', outcome: 'partly' },
  { act: 'Set up the dependency bot', outcome: 'worked' },
  { act: 'Prototyped a bot to draft release notes; nobody used it', outcome: 'did_not_work' },
  { act: 'Mentored a teammate through the first on-call week', outcome: 'worked' },
  { act: 'Proposed a shorter stand-up format', outcome: 'partly' },
  { act: 'Untangled the billing-service deploy and wrote it down', outcome: 'worked' },
];

const REVIEW_NOTES: Record<ReviewStatus, string[]> = {
  done: ['Done and in use.', 'Finished; we already see the difference.', 'Done a week early.'],
  in_progress: [
    'About half done; needs one more sprint.',
    'Started, waiting on the platform team.',
  ],
  dropped: ['Dropped: priorities changed after the reorg.', 'Dropped: it did not help as hoped.'],
};

const CHECK_IN_WORDS = [
  'focused',
  'tired',
  'curious',
  'busy',
  'calm',
  'stretched',
  'hopeful',
  'proud',
  'scattered',
  'rested',
];

// ---------- Deterministic helpers ----------

/** mulberry32: a small seeded PRNG, plenty for made-up data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `n` ratings from 1 to 5 whose mean is the target (to the nearest point total), with spread. */
function ratingsAround(random: Random, target: number, n: number): number[] {
  const total = Math.round(target * n);
  const base = Math.floor(total / n);
  const scores = Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
  for (let nudge = 0; nudge < 2; nudge++) {
    const up = Math.floor(random() * n);
    const down = Math.floor(random() * n);
    const a = scores[up] ?? 0;
    const b = scores[down] ?? 0;
    if (up !== down && a < 5 && b > 1) {
      scores[up] = a + 1;
      scores[down] = b - 1;
    }
  }
  return shuffled(random, scores);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A moment during the retro, `minutes` after its 14:00 UTC start. */
function at(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T14:00:00Z`) + minutes * 60_000).toISOString();
}

/** Cycles through a list, so texts repeat only after all of them were used. */
function cycler<K extends string>() {
  const next = new Map<K, number>();
  return <T>(key: K, items: readonly T[]): T => {
    const index = next.get(key) ?? 0;
    next.set(key, index + 1);
    return items[index % items.length] as T;
  };
}

// ---------- Loading ----------

interface FollowUp {
  kind: 'action' | 'commitment';
  id: string;
  status: 'open' | ReviewStatus;
}

type Statements = ReturnType<typeof statements>;

function statements(db: Database) {
  const insert = (sql: string) => db.prepare(sql);
  return {
    team: insert(
      `INSERT INTO teams (id, name, name_key, created_at, archived_at, is_sample)
       VALUES (@id, @name, @nameKey, @createdAt, NULL, 1)`,
    ),
    member: insert(
      `INSERT INTO team_members (id, team_id, name, name_key, position)
       VALUES (@id, @teamId, @name, @nameKey, @position)`,
    ),
    session: insert(
      `INSERT INTO sessions (id, team_id, title, date, status, current_stage, stages_json,
         participant_mode, dots_per_participant, hide_cards_until_reveal, auto_start_timer,
         pulse_revealed, votes_revealed, summary, timer_stage, timer_duration_ms, timer_elapsed_ms,
         created_at, closed_at)
       VALUES (@id, @teamId, @title, @date, 'closed', 'close', @stages, @mode, ${DOTS}, 1, 0, 1, 1,
         @summary, 'close', @closeMs, @closeMs, @createdAt, @closedAt)`,
    ),
    participant: insert(
      `INSERT INTO participants (id, session_id, label, member_id, check_in, position)
       VALUES (@id, @sessionId, @label, @memberId, @checkIn, @position)`,
    ),
    pulse: insert(
      `INSERT INTO pulse_ratings (id, session_id, practice_id, score, participant_id)
       VALUES (@id, @sessionId, @practiceId, @score, @participantId)`,
    ),
    group: insert(
      `INSERT INTO card_groups (id, session_id, title, circle, created_at)
       VALUES (@id, @sessionId, @title, @circle, @createdAt)`,
    ),
    card: insert(
      `INSERT INTO cards (id, session_id, practice_id, kind, text, hidden, group_id, circle, created_at)
       VALUES (@id, @sessionId, @practiceId, @kind, @text, 0, @groupId, @circle, @createdAt)`,
    ),
    vote: insert(
      `INSERT INTO votes (id, session_id, card_id, group_id, participant_id, dots)
       VALUES (@id, @sessionId, @cardId, @groupId, @participantId, @dots)`,
    ),
    kudos: insert(
      `INSERT INTO kudos (id, session_id, act, who, outcome, created_at)
       VALUES (@id, @sessionId, @act, @who, @outcome, @createdAt)`,
    ),
    action: insert(
      `INSERT INTO actions (id, session_id, team_id, title, owner, due_date, practice_id, circle,
         card_id, group_id, status, created_at)
       VALUES (@id, @sessionId, @teamId, @title, @owner, @dueDate, @practiceId, @circle,
         @cardId, @groupId, 'open', @createdAt)`,
    ),
    commitment: insert(
      `INSERT INTO commitments (id, session_id, team_id, participant_id, person, text, status, created_at)
       VALUES (@id, @sessionId, @teamId, @participantId, @person, @text, 'open', @createdAt)`,
    ),
    review: insert(
      `INSERT INTO reviews (id, session_id, action_id, commitment_id, status, note, reviewed_at)
       VALUES (@id, @sessionId, @actionId, @commitmentId, @status, @note, @reviewedAt)`,
    ),
    setActionStatus: insert('UPDATE actions SET status = ? WHERE id = ?'),
    setCommitmentStatus: insert('UPDATE commitments SET status = ? WHERE id = ?'),
    roti: insert(
      `INSERT INTO roti_ratings (id, session_id, score, participant_id)
       VALUES (@id, @sessionId, @score, @participantId)`,
    ),
  };
}

interface SessionContext {
  sql: Statements;
  random: Random;
  next: ReturnType<typeof cycler>;
  teamId: string;
  sessionId: string;
  index: number;
  date: string;
  tallied: boolean;
  /** Who took part, with their participant id. */
  people: { name: string; participantId: string }[];
}

/**
 * Reviews every follow-up still open. The share of last time's items done by this review grows
 * from 30% to 85% over the history; items already in progress mostly get done.
 */
function reviewOpenItems(ctx: SessionContext, followUps: FollowUp[]): void {
  const fresh = shuffled(
    ctx.random,
    followUps.filter((item) => item.status === 'open'),
  );
  const doneFresh = Math.round(fresh.length * Math.min(0.85, 0.3 + 0.05 * ctx.index));
  const verdicts = new Map<FollowUp, ReviewStatus>();
  fresh.forEach((item, i) => {
    const late: ReviewStatus = i === doneFresh && ctx.random() < 0.4 ? 'dropped' : 'in_progress';
    verdicts.set(item, i < doneFresh ? 'done' : late);
  });
  for (const item of followUps.filter((f) => f.status === 'in_progress')) {
    const roll = ctx.random();
    verdicts.set(item, roll < 0.6 ? 'done' : roll < 0.8 ? 'dropped' : 'in_progress');
  }
  for (const [item, status] of verdicts) {
    ctx.sql.review.run({
      id: newId(),
      sessionId: ctx.sessionId,
      actionId: item.kind === 'action' ? item.id : null,
      commitmentId: item.kind === 'commitment' ? item.id : null,
      status,
      note: pick(ctx.random, REVIEW_NOTES[status]),
      reviewedAt: at(ctx.date, 8),
    });
    const update = item.kind === 'action' ? ctx.sql.setActionStatus : ctx.sql.setCommitmentStatus;
    update.run(status, item.id);
    item.status = status;
  }
}

/** One rating per person, or a tally row per rating in a show-of-hands session. */
function rate(
  ctx: SessionContext,
  scores: number[],
  insert: (score: number, participantId: string | null) => void,
) {
  scores.forEach((score, i) => {
    insert(score, ctx.tallied ? null : (ctx.people[i]?.participantId ?? null));
  });
}

interface Item {
  cardId: string | null;
  groupId: string | null;
  practiceId: PracticeId;
  circle: Circle | null;
  toImprove: boolean;
}

/** Cards for every practice; the two on the weakest practice are grouped, as facilitators do. */
function reflect(ctx: SessionContext, ranked: PracticeId[]): { group: Item; cards: Item[] } {
  const { sql, sessionId, random, date } = ctx;
  const [focus] = ranked as [PracticeId];
  let minute = 25;
  const card = (
    practiceId: PracticeId,
    kind: CardKind,
    groupId: string | null,
    circle: Circle | null,
  ) => {
    const id = newId();
    sql.card.run({
      id,
      sessionId,
      practiceId,
      kind,
      text: ctx.next(`${practiceId}:${kind}`, CARDS[practiceId][kind]),
      groupId,
      circle,
      createdAt: at(date, minute++),
    });
    return id;
  };

  const groupId = newId();
  const groupCircle: Circle = random() < 0.5 ? 'control' : 'influence';
  sql.group.run({
    id: groupId,
    sessionId,
    title: GROUP_TITLES[focus],
    circle: groupCircle,
    createdAt: at(date, 40),
  });
  card(focus, 'to_improve', groupId, null);
  card(focus, 'to_improve', groupId, null);
  const group: Item = {
    cardId: null,
    groupId,
    practiceId: focus,
    circle: groupCircle,
    toImprove: true,
  };
  const cards: Item[] = [];

  for (const practiceId of ranked.slice(1)) {
    const strong = (PULSE_TARGETS[practiceId][ctx.index] ?? 3) >= 3.2;
    const kind: CardKind = strong ? 'went_well' : 'to_improve';
    const circle: Circle | null = strong ? null : pick(random, ['control', 'influence', 'concern']);
    cards.push({
      cardId: card(practiceId, kind, null, circle),
      groupId: null,
      practiceId,
      circle,
      toImprove: !strong,
    });
  }
  const best = ranked.at(-1) as PracticeId;
  cards.push({
    cardId: card(best, 'went_well', null, null),
    groupId: null,
    practiceId: best,
    circle: null,
    toImprove: false,
  });
  return { group, cards };
}

/** Each person's dots: about half on the grouped topic, the rest on other things to improve. */
function vote(ctx: SessionContext, group: Item, cards: Item[]): void {
  const toImprove = cards.filter((item) => item.toImprove);
  const spread = toImprove.length > 0 ? toImprove : cards;
  const totals = new Map<Item, Map<string | null, number>>();
  for (const person of ctx.people) {
    const voter = ctx.tallied ? null : person.participantId;
    for (let dot = 0; dot < DOTS; dot++) {
      const item = ctx.random() < 0.5 ? group : pick(ctx.random, spread);
      const byVoter = totals.get(item) ?? new Map<string | null, number>();
      byVoter.set(voter, (byVoter.get(voter) ?? 0) + 1);
      totals.set(item, byVoter);
    }
  }
  for (const [item, byVoter] of totals) {
    for (const [participantId, dots] of byVoter) {
      ctx.sql.vote.run({
        id: newId(),
        sessionId: ctx.sessionId,
        cardId: item.cardId,
        groupId: item.groupId,
        participantId,
        dots,
      });
    }
  }
}

/** Actions on the weakest practices (linked to their items), sometimes one building on the best. */
function act(
  ctx: SessionContext,
  ranked: PracticeId[],
  reflected: { group: Item; cards: Item[] },
  followUps: FollowUp[],
): void {
  const { random, date } = ctx;
  const second = ranked[1] as PracticeId;
  const plans: { practiceId: PracticeId; item: Item | undefined }[] = [
    { practiceId: reflected.group.practiceId, item: reflected.group },
    {
      practiceId: second,
      item: reflected.cards.find((item) => item.practiceId === second && item.toImprove),
    },
  ];
  if (ctx.index % 3 === 2) plans.push({ practiceId: ranked.at(-1) as PracticeId, item: undefined });
  plans.forEach((plan, i) => {
    const linked =
      plan.item?.circle === 'control' || plan.item?.circle === 'influence' ? plan.item : null;
    const id = newId();
    ctx.sql.action.run({
      id,
      sessionId: ctx.sessionId,
      teamId: ctx.teamId,
      title: ctx.next(`action:${plan.practiceId}`, ACTIONS[plan.practiceId]),
      owner: pick(random, ctx.people).name,
      dueDate: addDays(date, i === 0 ? DAYS_BETWEEN : DAYS_BETWEEN * 2),
      practiceId: plan.practiceId,
      circle: linked ? linked.circle : random() < 0.5 ? 'control' : 'influence',
      cardId: linked?.cardId ?? null,
      groupId: linked?.groupId ?? null,
      createdAt: at(date, 70 + i),
    });
    followUps.push({ kind: 'action', id, status: 'open' });
  });

  for (const [i, person] of shuffled(random, ctx.people).slice(0, 2).entries()) {
    const id = newId();
    ctx.sql.commitment.run({
      id,
      sessionId: ctx.sessionId,
      teamId: ctx.teamId,
      participantId: ctx.tallied ? null : person.participantId,
      person: person.name,
      text: ctx.next('commitment', COMMITMENTS),
      createdAt: at(date, 75 + i),
    });
    followUps.push({ kind: 'commitment', id, status: 'open' });
  }
}

function recognise(ctx: SessionContext): void {
  const count = 1 + Math.floor(ctx.random() * 3);
  for (let i = 0; i < count; i++) {
    const kudos = ctx.next('kudos', KUDOS);
    ctx.sql.kudos.run({
      id: newId(),
      sessionId: ctx.sessionId,
      act: kudos.act,
      who: pick(ctx.random, ctx.people).name,
      outcome: kudos.outcome,
      createdAt: at(ctx.date, 50 + i),
    });
  }
}

/**
 * Loads the sample team and its whole history in one transaction. Refuses when a sample team is
 * already loaded (archived or not) or a real team already uses its name.
 */
export function loadSampleTeam(db: Database): Team {
  const teamId = newId();
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM teams WHERE is_sample = 1').get()) {
      throw conflict(
        'The sample team is already loaded. Remove it first if you want a fresh copy.',
      );
    }
    const clash = db
      .prepare('SELECT 1 FROM teams WHERE name_key = ? AND archived_at IS NULL')
      .get(nameKey(SAMPLE_TEAM_NAME));
    if (clash) {
      throw conflict(
        `A team called “${SAMPLE_TEAM_NAME}” already exists. Rename it to load the sample team.`,
      );
    }
    const sql = statements(db);
    const random = seeded(SEED);
    const next = cycler();
    const stages = JSON.stringify(
      STAGES.map((stage) => ({ id: stage.id, minutes: stage.defaultMinutes })),
    );
    const closeMs = (STAGES.find((stage) => stage.id === 'close')?.defaultMinutes ?? 5) * 60_000;

    sql.team.run({
      id: teamId,
      name: SAMPLE_TEAM_NAME,
      nameKey: nameKey(SAMPLE_TEAM_NAME),
      createdAt: at(addDays(FIRST_DATE, -7), -300),
    });
    const members = ROSTER.map((name, position) => {
      const id = newId();
      sql.member.run({ id, teamId, name, nameKey: nameKey(name), position });
      return { id, name };
    });

    const followUps: FollowUp[] = [];
    for (let index = 0; index < SESSION_COUNT; index++) {
      const date = addDays(FIRST_DATE, index * DAYS_BETWEEN);
      const sessionId = newId();
      const tallied = TALLIED.has(index);
      sql.session.run({
        id: sessionId,
        teamId,
        title: `Sprint ${14 + index} retro`,
        date,
        stages,
        mode: tallied ? 'anonymous' : 'named',
        summary: SUMMARIES[index] ?? '',
        closeMs,
        createdAt: at(date, 0),
        closedAt: at(date, 90),
      });

      const absent = new Set(shuffled(random, members).slice(0, ABSENT[index] ?? 0));
      const present = members.filter((member) => !absent.has(member));
      const people = present.map((member, position) => {
        const participantId = newId();
        sql.participant.run({
          id: participantId,
          sessionId,
          label: tallied ? `Participant ${position + 1}` : member.name,
          memberId: tallied ? null : member.id,
          checkIn: pick(random, CHECK_IN_WORDS),
          position,
        });
        return { name: member.name, participantId };
      });
      const ctx: SessionContext = {
        sql,
        random,
        next,
        teamId,
        sessionId,
        index,
        date,
        tallied,
        people,
      };

      reviewOpenItems(ctx, followUps);
      for (const practiceId of PRACTICE_IDS) {
        const target = PULSE_TARGETS[practiceId][index] ?? 3;
        rate(ctx, ratingsAround(random, target, people.length), (score, participantId) =>
          sql.pulse.run({ id: newId(), sessionId, practiceId, score, participantId }),
        );
      }
      const ranked = [...PRACTICE_IDS].sort(
        (a, b) => (PULSE_TARGETS[a][index] ?? 3) - (PULSE_TARGETS[b][index] ?? 3),
      );
      const reflected = reflect(ctx, ranked);
      recognise(ctx);
      vote(ctx, reflected.group, reflected.cards);
      act(ctx, ranked, reflected, followUps);
      rate(
        ctx,
        ratingsAround(random, ROTI_TARGETS[index] ?? 3.5, people.length),
        (score, participantId) => sql.roti.run({ id: newId(), sessionId, score, participantId }),
      );
    }
  })();
  return getTeam(db, { teamId });
}

/** Deletes the sample team; its sessions and everything in them go with it (foreign keys cascade). */
export function removeSampleTeam(db: Database): { teamId: string } {
  return db.transaction(() => {
    const teamId = db.prepare('SELECT id FROM teams WHERE is_sample = 1').pluck().get() as
      | string
      | undefined;
    if (!teamId)
      throw notFound('There is no sample team to remove. It may already have been removed.');
    db.prepare('DELETE FROM teams WHERE id = ?').run(teamId);
    return { teamId };
  })();
}
