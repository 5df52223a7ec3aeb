import type { ExportedSession } from '@shared/portability';
import type { PracticeId } from '@shared/practices';
import type { CardKind, Circle, FollowUpStatus, ReviewStatus } from '@shared/sessions';
import {
  ACTIONS,
  CARDS,
  COMMITMENTS,
  DAYS_BETWEEN,
  DOTS,
  GROUP_TITLES,
  KUDOS,
  KUDOS_GIVEN,
  MISSED_AT_REVIEW,
  REVIEW_NOTES,
  STALLING,
  targetMean,
} from './content';
import { addDays, at, type cycler, pick, type Random, shuffled } from './seeded';

// One sample retro's stages, written into its part of the export document in the order a
// facilitator runs them. Every random draw happens in a fixed order, so the history never changes.

type ExportedAction = ExportedSession['actions'][number];
type ExportedCommitment = ExportedSession['commitments'][number];

export interface FollowUp {
  kind: 'action' | 'commitment';
  /** The exported action or commitment; its status follows its latest review. */
  item: { key: string; status: FollowUpStatus };
  /** The retro that agreed it. */
  index: number;
  /** An action's practice; null for a commitment. */
  practiceId: PracticeId | null;
}

export interface RetroContext {
  random: Random;
  next: ReturnType<typeof cycler>;
  /** A key unique in the document, e.g. `card-12`. */
  key: (prefix: string) => string;
  session: ExportedSession;
  index: number;
  date: string;
  tallied: boolean;
  /** Who took part, with their participant key. */
  people: { name: string; participantKey: string }[];
}

/**
 * The previous retro's follow-ups in the order they go undone: actions on the practice that
 * stalls then, commitments, then the other actions, the last agreed first.
 */
function undoneFirst(fresh: FollowUp[]): FollowUp[] {
  const stalls = (f: FollowUp) => f.practiceId !== null && f.practiceId === STALLING[f.index];
  const rank = (f: FollowUp) => (stalls(f) ? 0 : f.kind === 'commitment' ? 1 : 2);
  return fresh
    .map((followUp, position) => ({ followUp, position }))
    .sort((a, b) => rank(a.followUp) - rank(b.followUp) || b.position - a.position)
    .map(({ followUp }) => followUp);
}

/**
 * Reviews every follow-up still open. Of the previous retro's, `MISSED_AT_REVIEW` are not done
 * (in progress, or now and then dropped; a stalling action always stays in progress), the rest
 * are done. Items already in progress are settled at their second review: mostly done.
 */
export function reviewOpenItems(ctx: RetroContext, followUps: FollowUp[]): void {
  const verdicts = new Map<FollowUp, ReviewStatus>();
  const fresh = undoneFirst(followUps.filter((followUp) => followUp.item.status === 'open'));
  fresh.forEach((followUp, i) => {
    const missed = i < (MISSED_AT_REVIEW[followUp.index] ?? 0);
    const stalls = followUp.practiceId !== null && followUp.practiceId === STALLING[followUp.index];
    const late: ReviewStatus = !stalls && ctx.random() < 0.3 ? 'dropped' : 'in_progress';
    verdicts.set(followUp, missed ? late : 'done');
  });
  for (const followUp of followUps.filter((f) => f.item.status === 'in_progress')) {
    verdicts.set(followUp, ctx.random() < 0.75 ? 'done' : 'dropped');
  }
  for (const [followUp, status] of verdicts) {
    ctx.session.reviews.push({
      actionKey: followUp.kind === 'action' ? followUp.item.key : null,
      commitmentKey: followUp.kind === 'commitment' ? followUp.item.key : null,
      status,
      note: pick(ctx.random, REVIEW_NOTES[status]),
      reviewedAt: at(ctx.date, 8),
    });
    followUp.item.status = status;
  }
}

/** How scores were entered: privately by each person, or as a show-of-hands tally. */
export function raters(ctx: RetroContext, scores: number[]) {
  const entry: 'tally' | 'private' = ctx.tallied ? 'tally' : 'private';
  return scores.map((score) => ({ score, participantKey: null, entry }));
}

export interface Item {
  cardKey: string | null;
  groupKey: string | null;
  practiceId: PracticeId;
  circle: Circle | null;
  toImprove: boolean;
}

/** Cards for every practice; the two on the weakest practice are grouped, as facilitators do. */
export function reflect(ctx: RetroContext, ranked: PracticeId[]): { group: Item; cards: Item[] } {
  const { session, random, date } = ctx;
  const [focus] = ranked as [PracticeId];
  let minute = 25;
  const card = (
    practiceId: PracticeId,
    kind: CardKind,
    groupKey: string | null,
    circle: Circle | null,
  ) => {
    const key = ctx.key('card');
    session.cards.push({
      key,
      practiceId,
      kind,
      text: ctx.next(`${practiceId}:${kind}`, CARDS[practiceId][kind]),
      hidden: false,
      groupKey,
      circle,
      createdAt: at(date, minute++),
    });
    return key;
  };

  const groupKey = ctx.key('group');
  const groupCircle: Circle = random() < 0.5 ? 'control' : 'influence';
  session.groups.push({
    key: groupKey,
    title: GROUP_TITLES[focus],
    circle: groupCircle,
    createdAt: at(date, 40),
  });
  card(focus, 'to_improve', groupKey, null);
  card(focus, 'to_improve', groupKey, null);
  const group: Item = {
    cardKey: null,
    groupKey,
    practiceId: focus,
    circle: groupCircle,
    toImprove: true,
  };
  const cards: Item[] = [];

  for (const practiceId of ranked.slice(1)) {
    const strong = targetMean(practiceId, ctx.index) >= 3.2;
    const kind: CardKind = strong ? 'went_well' : 'to_improve';
    const circle: Circle | null = strong ? null : pick(random, ['control', 'influence', 'concern']);
    cards.push({
      cardKey: card(practiceId, kind, null, circle),
      groupKey: null,
      practiceId,
      circle,
      toImprove: !strong,
    });
  }
  const best = ranked.at(-1) as PracticeId;
  cards.push({
    cardKey: card(best, 'went_well', null, null),
    groupKey: null,
    practiceId: best,
    circle: null,
    toImprove: false,
  });
  return { group, cards };
}

/** Each person's dots: about half on the grouped topic, the rest on other things to improve. */
export function vote(ctx: RetroContext, group: Item, cards: Item[]): void {
  const toImprove = cards.filter((item) => item.toImprove);
  const spread = toImprove.length > 0 ? toImprove : cards;
  const totals = new Map<Item, number>();
  for (const _person of ctx.people) {
    for (let dot = 0; dot < DOTS; dot++) {
      const item = ctx.random() < 0.5 ? group : pick(ctx.random, spread);
      totals.set(item, (totals.get(item) ?? 0) + 1);
    }
  }
  for (const [item, dots] of totals) {
    ctx.session.votes.push({
      cardKey: item.cardKey,
      groupKey: item.groupKey,
      participantKey: null,
      entry: ctx.tallied ? 'tally' : 'private',
      dots,
    });
  }
}

/**
 * Days until an action is due: the one on the weakest practice by the next retro, the second in
 * two retros, a quick one building on the strongest practice within a week.
 */
const DUE_IN_DAYS = [DAYS_BETWEEN, DAYS_BETWEEN * 2, 7];

/** Actions on the weakest practices (linked to their items), sometimes one building on the best. */
export function act(
  ctx: RetroContext,
  ranked: PracticeId[],
  reflected: { group: Item; cards: Item[] },
  followUps: FollowUp[],
): void {
  const { random, date, session } = ctx;
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
    const circle = plan.item?.circle;
    const linked = circle === 'control' || circle === 'influence';
    const action: ExportedAction = {
      key: ctx.key('action'),
      title: ctx.next(`action:${plan.practiceId}`, ACTIONS[plan.practiceId]),
      owner: pick(random, ctx.people).name,
      dueDate: addDays(date, DUE_IN_DAYS[i] ?? DAYS_BETWEEN),
      practiceId: plan.practiceId,
      circle: linked ? circle : random() < 0.5 ? 'control' : 'influence',
      cardKey: linked ? (plan.item?.cardKey ?? null) : null,
      groupKey: linked ? (plan.item?.groupKey ?? null) : null,
      status: 'open',
      createdAt: at(date, 70 + i),
    };
    session.actions.push(action);
    followUps.push({ kind: 'action', item: action, index: ctx.index, practiceId: plan.practiceId });
  });

  for (const [i, person] of shuffled(random, ctx.people).slice(0, 2).entries()) {
    const commitment: ExportedCommitment = {
      key: ctx.key('commitment'),
      participantKey: ctx.tallied ? null : person.participantKey,
      person: person.name,
      text: ctx.next('commitment', COMMITMENTS),
      status: 'open',
      createdAt: at(date, 75 + i),
    };
    session.commitments.push(commitment);
    followUps.push({ kind: 'commitment', item: commitment, index: ctx.index, practiceId: null });
  }
}

export function recognise(ctx: RetroContext): void {
  for (let i = 0; i < (KUDOS_GIVEN[ctx.index] ?? 0); i++) {
    const kudos = ctx.next('kudos', KUDOS);
    ctx.session.kudos.push({
      act: kudos.act,
      who: pick(ctx.random, ctx.people).name,
      outcome: kudos.outcome,
      createdAt: at(ctx.date, 50 + i),
    });
  }
}
