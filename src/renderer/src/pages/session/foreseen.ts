import { useContractMutation } from '@renderer/api/contract-query';
import type { MethodInput } from '@shared/contract';
import type { Card, SessionView } from '@shared/sessions';
import { cleanMultiLine } from '@shared/text';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQueries } from './queries';

// The console's most frequent changes show on screen the moment they are made: the view they
// will store is foreseen from the view on screen, and the stored answer replaces it a few
// milliseconds later. A refused change brings the stored view back, with the error.

/** What a card carries as its id until it is stored (its stored id comes with the answer). */
const FORESEEN_ID = 'foreseen:';

/** Whether a card on screen is still on its way to being stored: nothing can act on it yet. */
export const isForeseen = (card: Card): boolean => card.id.startsWith(FORESEEN_ID);

/** The next stage, its timebox ready (and running, when the retro starts timers by itself). */
export function withStage(view: SessionView, stageId: string, now: string): SessionView {
  const stage = view.stages.find((each) => each.id === stageId);
  if (!stage) return view;
  return {
    ...view,
    session: { ...view.session, currentStage: stage.id },
    timer: {
      stageId: stage.id,
      durationMs: stage.minutes * 60_000,
      elapsedMs: 0,
      startedAt: view.session.autoStartTimer ? now : null,
      serverNow: now,
    },
  };
}

export function withTimerStarted(view: SessionView, now: string): SessionView {
  if (view.timer.startedAt) return view;
  return { ...view, timer: { ...view.timer, startedAt: now, serverNow: now } };
}

export function withTimerPaused(view: SessionView, now: string): SessionView {
  const { startedAt, elapsedMs } = view.timer;
  if (!startedAt) return view;
  const ran = Math.max(0, Date.parse(now) - Date.parse(startedAt));
  return {
    ...view,
    timer: { ...view.timer, elapsedMs: elapsedMs + ran, startedAt: null, serverNow: now },
  };
}

/**
 * The new card last, as stored cards come in the order they were written, its text cleaned as
 * it will be stored. A blank card is not foreseen: it will be refused.
 */
export function withCardAdded(
  view: SessionView,
  input: Pick<Card, 'practiceId' | 'kind' | 'text'>,
  now: string,
): SessionView {
  const text = cleanMultiLine(input.text).trim();
  if (text === '') return view;
  const card: Card = {
    id: `${FORESEEN_ID}${now}:${view.cards.length}`,
    practiceId: input.practiceId,
    kind: input.kind,
    text,
    hidden: view.session.hideCardsUntilReveal,
    groupId: null,
    createdAt: now,
  };
  return { ...view, cards: [...view.cards, card] };
}

type ForeseenMethod = 'sessions.goToStage' | 'timer.start' | 'timer.pause' | 'cards.add';

/** A change of the retro on screen that shows at once, as `foresee` says it will be stored. */
export function useForeseenChange<M extends ForeseenMethod>(
  method: M,
  foresee: (view: SessionView, input: MethodInput<M>, now: string) => SessionView,
) {
  const client = useQueryClient();
  return useContractMutation(method, {
    onMutate: async (input) => {
      const { queryKey } = sessionQueries.view(input.sessionId);
      // A read on its way would bring the view from before the change.
      await client.cancelQueries({ queryKey });
      client.setQueryData(queryKey, (view) =>
        view ? foresee(view, input, new Date().toISOString()) : view,
      );
    },
    onError: (_error, input) => {
      void client.invalidateQueries({ queryKey: sessionQueries.view(input.sessionId).queryKey });
    },
  });
}
