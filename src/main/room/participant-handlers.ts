import type { MethodName } from '@shared/contract';
import { conflict, invalidInput, notFound } from '@shared/errors';
import type {
  ParsedParticipantInput,
  ParticipantMethod,
  ParticipantResult,
} from '@shared/participant-contract';
import type { ParticipantView } from '@shared/participant-view';
import type { Database } from 'better-sqlite3';
import { addCard, deleteCard, updateCard } from '../services/cards';
import { addCommitment } from '../services/follow-ups';
import { getPresentationView } from '../services/presentation';
import { addPrivatePulse } from '../services/pulse';
import {
  cardState,
  checkInFromDevice,
  entriesOf,
  hiddenCards,
  participantLabel,
} from '../services/room-entries';
import { addPrivateRoti } from '../services/roti';
import { openSessionRow, sessionRow } from '../services/session-guards';
import { addPrivateVotes, votesView } from '../services/votes';
import type { Device, Room } from './room';

export interface DeviceContext {
  db: Database;
  room: Room;
  device: Device;
}

type DeviceHandlers = {
  [M in Exclude<ParticipantMethod, 'room.join'>]: (
    ctx: DeviceContext,
    input: ParsedParticipantInput<M>,
  ) => ParticipantResult<M>;
};

/** The main-contract change each device method mirrors: what open windows are told changed. */
export const ANNOUNCES: Record<
  Exclude<ParticipantMethod, 'room.join' | 'room.view'>,
  MethodName
> = {
  'device.checkIn': 'participants.checkIn',
  'device.rate': 'pulse.submit',
  'device.addCard': 'cards.add',
  'device.editCard': 'cards.update',
  'device.deleteCard': 'cards.delete',
  'device.vote': 'votes.submit',
  'device.commit': 'commitments.add',
  'device.roti': 'roti.submit',
};

function participantOf(device: Device): string {
  if (device.participantId === null) {
    throw conflict('Check in first: a name is optional, the check-in word too.');
  }
  return device.participantId;
}

/** The device's own card, while it is still hidden; anyone else's card is not found. */
function ownHiddenCard(ctx: DeviceContext, cardId: string): string {
  const state = cardState(ctx.db, cardId);
  if (!state || !ctx.device.cards.has(cardId) || state.sessionId !== ctx.room.sessionId) {
    throw notFound('That card is not one of yours, or it was deleted.');
  }
  if (!state.hidden) {
    throw conflict('This card has been revealed to everyone, so it can no longer be changed.');
  }
  return cardId;
}

/** What every device sees alike: the shared screen's view and what there is to vote on. */
function sharedPart(db: Database, sessionId: string) {
  const shared = getPresentationView(db, sessionId);
  const visible = new Set(shared.cards.map((card) => card.id));
  const groups = new Set(shared.groups.map((group) => group.id));
  // In title order: the console's order (by dots) would tell the ranking before the reveal.
  const voteItems = votesView(db, sessionId)
    .items.filter((item) =>
      item.ref.kind === 'card' ? visible.has(item.ref.id) : groups.has(item.ref.id),
    )
    .sort((a, b) => a.title.localeCompare(b.title, 'en'))
    .map((item) => ({ ref: item.ref, title: item.title }));
  return { shared, voteItems, dotsEach: sessionRow(db, sessionId).dots_per_participant };
}

export function participantView(ctx: DeviceContext): ParticipantView {
  const { db, room, device } = ctx;
  const common = room.sharedView(() => sharedPart(db, room.sessionId));
  const own =
    device.participantId === null
      ? { entered: { pulse: false, votes: false, roti: false }, commitment: null }
      : entriesOf(db, room.sessionId, device.participantId);
  // A revealed card belongs to nobody: the device forgets it wrote it.
  const cards = hiddenCards(db, room.sessionId, [...device.cards]);
  device.cards = new Set(cards.map((card) => card.id));
  return {
    ...common,
    me: {
      checkedIn: device.participantId !== null,
      name: device.participantId === null ? null : participantLabel(db, device.participantId),
      ...own,
      cards,
    },
  };
}

export const deviceHandlers: DeviceHandlers = {
  'room.view': (ctx) => participantView(ctx),
  'device.checkIn': ({ db, room, device }, input) => {
    if (device.participantId !== null) throw conflict('This device has already checked in.');
    device.participantId = checkInFromDevice(
      db,
      room.sessionId,
      input.name,
      input.word,
      room.claimedParticipants(),
    );
    return null;
  },
  'device.rate': ({ db, room, device }, input) => {
    openSessionRow(db, room.sessionId);
    addPrivatePulse(db, room.sessionId, participantOf(device), input.ratings);
    return null;
  },
  'device.addCard': ({ db, room, device }, input) => {
    participantOf(device);
    const card = addCard(db, {
      sessionId: room.sessionId,
      practiceId: input.practiceId,
      kind: input.kind,
      text: input.text,
    });
    // Only a hidden card stays this device's: once everyone can see it, it belongs to nobody.
    if (card.hidden) device.cards.add(card.id);
    device.wroteCards = true;
    return { cardId: card.id };
  },
  'device.editCard': (ctx, input) => {
    updateCard(ctx.db, { cardId: ownHiddenCard(ctx, input.cardId), text: input.text });
    return null;
  },
  'device.deleteCard': (ctx, input) => {
    deleteCard(ctx.db, { cardId: ownHiddenCard(ctx, input.cardId) });
    ctx.device.cards.delete(input.cardId);
    return null;
  },
  'device.vote': ({ db, room, device }, input) => {
    addPrivateVotes(db, room.sessionId, participantOf(device), input.allocations);
    return null;
  },
  'device.commit': ({ db, room, device }, input) => {
    const participantId = participantOf(device);
    if (entriesOf(db, room.sessionId, participantId).commitment !== null) {
      throw invalidInput('You have already added your commitment.', 'text');
    }
    addCommitment(db, {
      sessionId: room.sessionId,
      participantId,
      person: input.person,
      text: input.text,
    });
    return null;
  },
  'device.roti': ({ db, room, device }, input) => {
    addPrivateRoti(db, room.sessionId, participantOf(device), input.score);
    return null;
  },
};
