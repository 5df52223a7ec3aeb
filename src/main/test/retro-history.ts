import type { PracticeId } from '@shared/practices';
import type { Distribution } from '@shared/sessions';
import type { Workspace } from '../workspace';
import { ok } from './dispatch-helpers';

/** The 1–5 counts of a list of ratings: `ratings(4, 4, 3)` is [0, 0, 1, 2, 0]. */
export function ratings(...scores: number[]): Distribution {
  const counts: Distribution = [0, 0, 0, 0, 0];
  for (const score of scores) counts[score - 1] = (counts[score - 1] ?? 0) + 1;
  return counts;
}

/** Five people rating 4, 4, 4, 3, 3: mean 3.60, no split. */
export const CALM = ratings(4, 4, 4, 3, 3);

export interface RetroSpec {
  date: string;
  /** Anonymous head count (default 5), or the names checked in. */
  people?: number | string[];
  /** Ratings per practice; a practice left out is not rated. Default: every practice CALM. */
  pulse?: Partial<Record<PracticeId, Distribution>>;
  roti?: Distribution;
  /** Kudos to record (default 1), thanking `who`. */
  kudos?: number;
  who?: string;
  title?: string;
  /** Leave the retro in progress. */
  open?: boolean;
}

export const ALL_CALM: Record<PracticeId, Distribution> = {
  'reward-initiative': CALM,
  'share-information': CALM,
  'model-humility': CALM,
  'influence-not-control': CALM,
};

/** A retro through the real services: check-in, pulse, ROTI and kudos. Closed unless `open`. */
export function retro(ws: Workspace, teamId: string, spec: RetroSpec): string {
  const { id } = ok(ws, 'sessions.create', {
    teamId,
    title: spec.title ?? `Retro of ${spec.date}`,
    date: spec.date,
  });
  const people = spec.people ?? 5;
  ok(
    ws,
    'participants.set',
    typeof people === 'number'
      ? { sessionId: id, mode: 'anonymous', count: people }
      : { sessionId: id, mode: 'named', names: people },
  );
  for (const [practiceId, counts] of Object.entries(spec.pulse ?? ALL_CALM)) {
    ok(ws, 'pulse.setTally', { sessionId: id, practiceId, counts });
  }
  if (spec.roti) ok(ws, 'roti.setTally', { sessionId: id, counts: spec.roti });
  for (let n = 0; n < (spec.kudos ?? 1); n++) {
    ok(ws, 'kudos.add', {
      sessionId: id,
      act: 'Stepped in on the release',
      who: spec.who ?? 'a teammate',
      outcome: 'worked',
    });
  }
  if (!spec.open) close(ws, id);
  return id;
}

export const close = (ws: Workspace, sessionId: string) => ok(ws, 'sessions.close', { sessionId });
export const reopen = (ws: Workspace, sessionId: string) =>
  ok(ws, 'sessions.reopen', { sessionId });

/** An action agreed in an open retro. */
export function action(
  ws: Workspace,
  sessionId: string,
  practiceId: PracticeId,
  dueDate: string | null = null,
  owner = 'a teammate',
): string {
  return ok(ws, 'actions.add', {
    sessionId,
    title: `Try something on ${practiceId}`,
    owner,
    dueDate,
    practiceId,
    circle: 'control',
    item: null,
  }).id;
}

/** A later retro's verdict on an action. */
export function review(
  ws: Workspace,
  sessionId: string,
  actionId: string,
  status: 'done' | 'in_progress' | 'dropped',
) {
  ok(ws, 'review.mark', { sessionId, kind: 'action', id: actionId, status, note: '' });
}
