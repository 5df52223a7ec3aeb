import { z } from 'zod';
import type { ParticipantView } from './participant-view';
import { AddCardInput, CardText, ItemRefSchema, PracticeIdSchema, Score } from './session-inputs';
import { CARD_TEXT_MAX, SHORT_TEXT_MAX } from './sessions';
import { Id } from './teams';
import { multiLine, singleLine } from './text';

/**
 * The participant contract: the only methods the room's listener answers, for people taking
 * part from their own devices. Its routes (src/main/room/) and the participant page's client
 * (src/renderer/participant/) are derived from this map, as the main contract's are. No method
 * here can read facilitator notes, unrevealed values or anyone else's entries.
 * Every method but `room.join` needs the device token in the `x-threadline-device` header.
 * Methods that add something carry `key`, an idempotency key: a retried request with the same
 * key is answered with the first answer and applied once.
 */

/** Room codes avoid letters and digits that look alike (0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;
export const DEVICE_HEADER = 'x-threadline-device';

const RoomCode = z
  .string({ error: 'Enter the room code.' })
  .max(40, 'That is not a room code.')
  .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .length(ROOM_CODE_LENGTH, `A room code has ${ROOM_CODE_LENGTH} characters.`)
      .regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]+$`), 'That is not a room code.'),
  );

const Key = z
  .string({ error: 'A request key is required.' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'That request key is not valid.');

const Ratings = z.record(PracticeIdSchema, Score);

const method =
  <Result>() =>
  <Input extends z.ZodType>(input: Input, options: { needsDevice?: boolean } = {}) => ({
    input,
    needsDevice: options.needsDevice ?? true,
    result: undefined as unknown as Result,
  });

export const participantContract = {
  /** Joins the room with its code; answers a token for this device, valid for this retro only. */
  'room.join': method<{ token: string }>()(z.object({ code: RoomCode }), { needsDevice: false }),
  /** Everything this device may see: what the shared screen shows, plus its own entries. */
  'room.view': method<ParticipantView>()(z.object({}).default({})),
  'device.checkIn': method<null>()(
    z.object({
      key: Key,
      name: singleLine({ what: 'Your name', max: SHORT_TEXT_MAX }),
      word: singleLine({
        what: 'The check-in',
        max: 40,
        tooLong: 'Keep the check-in to a word or two (40 characters).',
      }),
    }),
  ),
  'device.rate': method<null>()(z.object({ key: Key, ratings: Ratings })),
  'device.addCard': method<{ cardId: string }>()(
    z.object({
      key: Key,
      practiceId: PracticeIdSchema,
      kind: AddCardInput.shape.kind,
      text: CardText,
    }),
  ),
  'device.editCard': method<null>()(z.object({ cardId: Id, text: CardText })),
  'device.deleteCard': method<null>()(z.object({ cardId: Id })),
  'device.vote': method<null>()(
    z.object({
      key: Key,
      allocations: z
        .array(
          z.object({
            item: ItemRefSchema,
            dots: z.number().int('Dots are whole numbers.').min(0).max(100),
          }),
        )
        .max(200, 'Too many items.'),
    }),
  ),
  'device.commit': method<null>()(
    z.object({
      key: Key,
      person: singleLine({
        what: 'Your name',
        max: SHORT_TEXT_MAX,
        empty: 'A commitment carries your name.',
      }),
      text: multiLine({
        what: 'The commitment',
        max: CARD_TEXT_MAX,
        empty: 'The commitment cannot be empty.',
      }),
    }),
  ),
  'device.roti': method<null>()(z.object({ key: Key, score: Score })),
};

export type ParticipantContract = typeof participantContract;
export type ParticipantMethod = keyof ParticipantContract;
export type ParticipantInput<M extends ParticipantMethod> = z.input<
  ParticipantContract[M]['input']
>;
export type ParsedParticipantInput<M extends ParticipantMethod> = z.output<
  ParticipantContract[M]['input']
>;
export type ParticipantResult<M extends ParticipantMethod> = ParticipantContract[M]['result'];

export const PARTICIPANT_METHODS = Object.keys(participantContract) as ParticipantMethod[];

export function isParticipantMethod(name: unknown): name is ParticipantMethod {
  return typeof name === 'string' && Object.hasOwn(participantContract, name);
}

/** Events the room pushes to every device: something changed, so it asks for its view again. */
export type RoomEvent = { name: 'changed' } | { name: 'removed' } | { name: 'stopped' };
