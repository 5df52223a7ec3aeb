import type { ItemRef } from '@shared/sessions';

/** One string per vote item (a card or a group), for list keys and lookups. */
export const refKey = (ref: ItemRef) => `${ref.kind}:${ref.id}`;
