import type { Card, CardGroup, PresentationView, VoteItem } from './sessions';

// A projector cannot scroll, so a long stage on the shared screen is split into pages the
// facilitator turns from the console. Type on the shared screen scales with the screen, so the
// same number of items fits a 1280×720 window and a 3840×2160 projector alike: a page holds a
// fixed number of items, and the console and the screen agree on the count without measuring.

/**
 * How many items one page of each long stage holds; each screen's grid (pages/present/screens)
 * has room for exactly this many.
 */
export const PAGE_SIZES = {
  /** Check-in words. */
  checkIn: 20,
  /** Actions and commitments from earlier retros. */
  review: 6,
  /** Revealed cards. */
  reflect: 12,
  /** Kudos. */
  recognize: 6,
  /** Groups and loose cards, until the votes are shown. */
  groupVote: 12,
  /** Actions, and as many commitments beside them. */
  act: 3,
  /** What was agreed: actions, then commitments. */
  close: 6,
} as const;

/** The voted results are not paged: the chart shows this many, then “and N more”. */
export const RESULT_ROWS = 6;

/**
 * What the revealed vote chart shows: the items that got dots, most first. None before the
 * reveal, and none while nobody has voted: then the board stays on screen.
 */
export function votedItems(view: Pick<PresentationView, 'items'>): VoteItem[] {
  return view.items?.filter((item) => item.dots > 0) ?? [];
}

/** Something on the board before the vote: a group with its visible cards, or a loose card. */
export type BoardTile =
  | { kind: 'group'; group: CardGroup; cards: Card[] }
  | { kind: 'card'; card: Card };

/** The Group & vote board: groups first, then the cards in none. */
export function boardTiles(view: Pick<PresentationView, 'cards' | 'groups'>): BoardTile[] {
  const byId = new Map(view.cards.map((card) => [card.id, card]));
  return [
    ...view.groups.map(
      (group): BoardTile => ({
        kind: 'group',
        group,
        cards: group.cardIds.flatMap((id) => byId.get(id) ?? []),
      }),
    ),
    ...view.cards
      .filter((card) => !card.groupId)
      .map((card): BoardTile => ({ kind: 'card', card })),
  ];
}

const pagesFor = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/** How many pages the shared screen needs for the stage the retro is at. */
export function pageCount(view: PresentationView): number {
  switch (view.session.currentStage) {
    case 'check-in':
      return pagesFor(view.checkIns.length, PAGE_SIZES.checkIn);
    case 'review':
      return pagesFor(view.review.length, PAGE_SIZES.review);
    case 'pulse':
      return 1;
    case 'reflect':
      return pagesFor(view.cards.length, PAGE_SIZES.reflect);
    case 'recognize':
      return pagesFor(view.kudos.length, PAGE_SIZES.recognize);
    case 'group-vote':
      return votedItems(view).length > 0
        ? 1
        : pagesFor(boardTiles(view).length, PAGE_SIZES.groupVote);
    case 'act':
      return pagesFor(Math.max(view.actions.length, view.commitments.length), PAGE_SIZES.act);
    case 'close':
      return pagesFor(view.actions.length + view.commitments.length, PAGE_SIZES.close);
  }
}

/** The items on page `page` (from 0) of a list split into pages of `size`. */
export function onPage<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice(page * size, (page + 1) * size);
}
