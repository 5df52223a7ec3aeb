import { plural } from '@shared/format';
import type { Practice } from '@shared/practices';
import type { SessionView } from '@shared/sessions';
import { useId, useState } from 'react';
import { CardItem } from './CardItem';
import { KINDS } from './card-options';

/** One practice's cards in two columns, went well and to improve, with prompts to read aloud. */
export function PracticeCards({
  practice,
  view,
  readOnly,
  focus = false,
}: {
  practice: Practice;
  view: SessionView;
  readOnly: boolean;
  /** The practice the insights suggest this retro focuses on. */
  focus?: boolean;
}) {
  const cards = view.cards.filter((card) => card.practiceId === practice.id);
  const prompts = view.prompts[practice.id];
  const headingId = useId();
  // Prompts start open while a practice has no cards, when the facilitator reads them aloud.
  const [promptsOpen] = useState(cards.length === 0 && !readOnly);
  return (
    <section className="reflect-practice" aria-labelledby={headingId}>
      <h3 id={headingId} className="reflect-practice-title">
        {practice.name}
        {focus && <span className="badge reflect-focus">Suggested focus</span>}
        <span className="reflect-count">{plural(cards.length, 'card')}</span>
      </h3>
      <div className="reflect-columns">
        {KINDS.map((kind) => {
          const list = cards.filter((card) => card.kind === kind.id);
          const kindPrompts = kind.id === 'went_well' ? prompts.wentWell : prompts.toImprove;
          return (
            <div key={kind.id} className={`reflect-column ${kind.id}`}>
              <h4>{kind.label}</h4>
              {kindPrompts.length > 0 && (
                <details className="reflect-prompts" open={promptsOpen}>
                  <summary>Prompts to read aloud</summary>
                  <ul>
                    {kindPrompts.map((prompt) => (
                      <li key={prompt}>{prompt}</li>
                    ))}
                  </ul>
                </details>
              )}
              {list.length > 0 ? (
                <ul className="reflect-cards" aria-label={`${practice.shortName}: ${kind.label}`}>
                  {list.map((card) => (
                    <CardItem key={card.id} card={card} view={view} readOnly={readOnly} />
                  ))}
                </ul>
              ) : (
                <p className="reflect-none">No cards yet.</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
