import type { Page } from '@playwright/test';
import type { SessionView } from '../src/shared/sessions';
import { call } from './api';

// A retro with more on every stage than a shared screen can show at once: 12 people, 12 earlier
// follow-ups to review, 40 cards (some as long as a card may be), 25 items to vote on, 8 kudos,
// 6 actions and 12 commitments. Built through the API, as the console would build it.

const PEOPLE = [
  'Ana',
  'Ben',
  'Chioma',
  'Dev',
  'Emeka',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kemi',
  'Bartholomew-Alexander',
];
const PRACTICES = [
  'reward-initiative',
  'share-information',
  'model-humility',
  'influence-not-control',
] as const;

const SENTENCES = [
  'Release dates lived in one person’s head until the week before the freeze',
  'Ana fixed the flaky deploy before anyone asked',
  'Incident notes were shared within the hour, with the timeline and who was paged',
  'Nobody thanked Ben for the cache experiment, though it taught us where the build time goes',
  'Leads asked the newest people first in design review',
  'Too many decisions arrived as orders without the reason behind them',
];

/** A card's text: mostly a sentence or two, every seventh as long as a card may be (500). */
function cardText(index: number): string {
  const base = `${index + 1}. ${SENTENCES[index % SENTENCES.length]}`;
  if (index % 7 === 3)
    return `${base}. ${'More detail on what happened and why. '.repeat(20)}`.slice(0, 500);
  return index % 3 === 0 ? `${base}, and we should talk about it.` : base;
}

async function view(page: Page, sessionId: string): Promise<SessionView> {
  return call<SessionView>(page, 'sessions.get', { sessionId });
}

/** The earlier retro, whose 8 actions and 4 commitments the big one reviews. */
async function earlierRetro(page: Page, teamId: string): Promise<void> {
  const { id: sessionId } = await call<{ id: string }>(page, 'sessions.create', {
    teamId,
    title: 'Sprint 11 retro',
    date: '2026-03-02',
  });
  await call(page, 'participants.set', { sessionId, mode: 'named', names: PEOPLE.slice(0, 4) });
  for (let i = 0; i < 8; i++) {
    await call(page, 'actions.add', {
      sessionId,
      title: `Earlier action ${i + 1}: ${SENTENCES[i % SENTENCES.length]}`,
      owner: PEOPLE[i % PEOPLE.length],
      dueDate: '2026-03-20',
      practiceId: PRACTICES[i % 4],
      circle: 'control',
      item: null,
    });
  }
  for (let i = 0; i < 4; i++) {
    await call(page, 'commitments.add', {
      sessionId,
      participantId: null,
      person: PEOPLE[i],
      text: `Earlier commitment ${i + 1}: ${SENTENCES[(i + 2) % SENTENCES.length]}`,
    });
  }
  await call(page, 'sessions.close', { sessionId });
}

/** Creates the team and both retros; returns the big retro's id, at its first stage. */
export async function bigRetro(page: Page): Promise<{ teamId: string; sessionId: string }> {
  const team = await call<{ id: string }>(page, 'teams.create', {
    name: 'Checkout squad',
    members: PEOPLE,
  });
  await earlierRetro(page, team.id);
  const { id: sessionId } = await call<{ id: string }>(page, 'sessions.create', {
    teamId: team.id,
    title: 'Sprint 12 retro',
    date: '2026-03-16',
  });
  await call(page, 'sessions.update', { sessionId, dotsPerParticipant: 10 });
  await call(page, 'participants.set', { sessionId, mode: 'named', names: PEOPLE });
  const people = (await view(page, sessionId)).participants;
  const words = ['curious', 'tired', 'proud', 'hopeful', 'stretched thin after the release week'];
  for (const [index, person] of people.entries()) {
    await call(page, 'participants.checkIn', {
      sessionId,
      participantId: person.id,
      word: words[index % words.length],
    });
  }

  // Earlier follow-ups: some reviewed, with notes.
  const review = (await view(page, sessionId)).review;
  for (const [index, item] of review.slice(0, 5).entries()) {
    await call(page, 'review.mark', {
      sessionId,
      kind: item.kind,
      id: item.id,
      status: (['done', 'in_progress', 'dropped'] as const)[index % 3],
      note:
        index % 2 === 0 ? 'Took longer than planned, but the team channel now has the dates' : '',
    });
  }

  for (const [index, practiceId] of PRACTICES.entries()) {
    const counts = [
      [0, 1, 3, 5, 3],
      [2, 3, 4, 2, 1],
      [0, 0, 2, 6, 4],
      [1, 4, 4, 2, 1],
    ][index];
    await call(page, 'pulse.setTally', { sessionId, practiceId, counts });
  }
  await call(page, 'pulse.reveal', { sessionId, revealed: true });

  for (let i = 0; i < 40; i++) {
    await call(page, 'cards.add', {
      sessionId,
      practiceId: PRACTICES[i % 4],
      kind: i % 3 === 0 ? 'to_improve' : 'went_well',
      text: cardText(i),
    });
  }
  await call(page, 'cards.revealAll', { sessionId });

  for (let i = 0; i < 8; i++) {
    await call(page, 'kudos.add', {
      sessionId,
      act: `${SENTENCES[i % SENTENCES.length]}${i % 4 === 1 ? `. ${'It made a real difference to the whole release. '.repeat(6)}` : ''}`.slice(
        0,
        500,
      ),
      who: PEOPLE[i],
      outcome: (['worked', 'partly', 'did_not_work'] as const)[i % 3],
    });
  }

  // 15 groups of two cards and 10 loose cards: 25 items to vote on.
  const cards = (await view(page, sessionId)).cards;
  for (let g = 0; g < 15; g++) {
    await call(page, 'groups.create', {
      sessionId,
      title: `Group ${g + 1}: ${SENTENCES[g % SENTENCES.length]}`,
      cardIds: [cards[2 * g]?.id, cards[2 * g + 1]?.id],
    });
  }
  const items = (await view(page, sessionId)).items;
  for (const [index, item] of items.entries()) {
    await call(page, 'votes.setTally', { sessionId, item: item.ref, dots: Math.max(1, 9 - index) });
  }
  await call(page, 'votes.reveal', { sessionId, revealed: true });
  const ranked = (await view(page, sessionId)).items;
  for (const [index, item] of ranked.slice(0, 12).entries()) {
    const circle = (['control', 'influence', 'concern'] as const)[index % 3];
    await call(page, 'items.setCircle', { sessionId, item: item.ref, circle });
  }

  // Actions on the items sorted into control or influence (every third item is a concern only).
  const actionable = ranked.slice(0, 12).filter((_, index) => index % 3 !== 2);
  for (let i = 0; i < 6; i++) {
    await call(page, 'actions.add', {
      sessionId,
      title: `Action ${i + 1}: ${SENTENCES[(i + 1) % SENTENCES.length]}`,
      owner: PEOPLE[i],
      dueDate: '2026-04-10',
      practiceId: PRACTICES[i % 4],
      circle: i % 2 === 0 ? 'control' : 'influence',
      item: actionable[i]?.ref ?? null,
    });
  }
  for (const [index, person] of people.entries()) {
    await call(page, 'commitments.add', {
      sessionId,
      participantId: person.id,
      person: person.label,
      text: `I will ${(SENTENCES[index % SENTENCES.length] ?? '').toLowerCase()} without waiting to be asked`,
    });
  }

  await call(page, 'roti.setTally', { sessionId, counts: [0, 1, 2, 6, 3] });
  await call(page, 'roti.reveal', { sessionId, revealed: true });
  await call(page, 'sessions.update', {
    sessionId,
    summary:
      'Information flow is our weak spot: release dates and decisions reach people late. ' +
      'Two owners took it on, and everyone named one place to lead without waiting.',
  });
  return { teamId: team.id, sessionId };
}
