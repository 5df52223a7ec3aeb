import { practiceById } from '@shared/practices';
import type { Card } from '@shared/sessions';

/** A card's practice, its kind, and whether the shared screen still hides it. */
export function CardTags({ card }: { card: Card }) {
  return (
    <span className="gv-tags">
      <span className="badge">{practiceById(card.practiceId).shortName}</span>
      <span className={`badge gv-kind ${card.kind}`}>
        {card.kind === 'went_well' ? 'Went well' : 'To improve'}
      </span>
      {card.hidden && <span className="badge">hidden</span>}
    </span>
  );
}
