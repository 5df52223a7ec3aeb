import { CARD_KIND_LABELS } from '@shared/format';
import { PRACTICES } from '@shared/practices';
import type { CardKind } from '@shared/sessions';

// The choices a card offers: its kind and its practice, as the Reflect forms list them.

export const KINDS: { id: CardKind; label: string }[] = [
  { id: 'went_well', label: CARD_KIND_LABELS.went_well },
  { id: 'to_improve', label: CARD_KIND_LABELS.to_improve },
];
export const KIND_OPTIONS = KINDS.map((kind) => ({ value: kind.id, label: kind.label }));
export const PRACTICE_OPTIONS = PRACTICES.map((practice) => ({
  value: practice.id,
  label: practice.name,
}));
export const SHORT_PRACTICE_OPTIONS = PRACTICES.map((practice) => ({
  value: practice.id,
  label: practice.shortName,
}));
