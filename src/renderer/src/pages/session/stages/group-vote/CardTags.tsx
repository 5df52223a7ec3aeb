import { CARD_KIND_LABELS } from '@shared/format';
import { practiceById } from '@shared/practices';
import type { Card } from '@shared/sessions';

/** A card's practice, its kind, and whether the shared screen still hides it. */
export function CardTags({ card }: { card: Card }) {
  return (
    <span className="gv-tags">
      <span className="badge">{practiceById(card.practiceId).shortName}</span>
      <span className={`badge gv-kind ${card.kind}`}>{CARD_KIND_LABELS[card.kind]}</span>
      {card.hidden && <span className="badge">hidden</span>}
    </span>
  );
}
