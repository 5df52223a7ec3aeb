import type { PresentationView } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { getSessionView } from './session-view';

/**
 * The shared-screen view, filtered here in the main process so that notes, unrevealed ratings
 * and votes, hidden cards and who-entered-what never reach the presentation window.
 */
export function getPresentationView(db: Database, sessionId: string): PresentationView {
  const view = getSessionView(db, sessionId);
  const { session } = view;
  const visibleCards = view.cards.filter((card) => !card.hidden);
  const visibleIds = new Set(visibleCards.map((card) => card.id));
  return {
    session: {
      id: session.id,
      teamName: session.teamName,
      title: session.title,
      date: session.date,
      status: session.status,
      currentStage: session.currentStage,
      participantCount: session.participantCount,
      pulseRevealed: session.pulseRevealed,
      votesRevealed: session.votesRevealed,
      rotiRevealed: session.rotiRevealed,
      summary: session.status === 'closed' ? session.summary : '',
    },
    stages: view.stages,
    prompts: view.prompts,
    focus: view.focus,
    reflectOrder: view.reflectOrder,
    timer: view.timer,
    checkIns: [
      ...view.participants.flatMap((p) => (p.checkIn ? [p.checkIn] : [])),
      ...view.checkInWords,
    ],
    pulse: session.pulseRevealed ? view.pulse : null,
    pulseProgress: view.pulse.map((p) => ({ practiceId: p.practiceId, total: p.total })),
    cards: visibleCards,
    hiddenCardCount: view.cards.length - visibleCards.length,
    groups: view.groups
      .map((group) => ({ ...group, cardIds: group.cardIds.filter((id) => visibleIds.has(id)) }))
      .filter((group) => group.cardIds.length > 0),
    items: session.votesRevealed
      ? view.items.filter((item) => item.ref.kind === 'group' || visibleIds.has(item.ref.id))
      : null,
    kudos: view.kudos,
    actions: view.actions,
    commitments: view.commitments,
    review: view.review,
    // Closing a retro shows its ROTI too, as it always has: the team sees it before leaving.
    roti: session.rotiRevealed || session.status === 'closed' ? view.roti : null,
    rotiProgress: view.roti.total,
  };
}
