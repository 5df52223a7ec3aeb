import { FocusNote } from '@renderer/insights/FocusNote';
import { CARD_KIND_LABELS, plural } from '@shared/format';
import { type PracticeId, practiceById } from '@shared/practices';
import type { Card, CardKind } from '@shared/sessions';
import type { PresentProps } from '../present-props';
import './reflect-screen.css';

const KINDS: { id: CardKind; label: string; mark: string }[] = [
  { id: 'went_well', label: CARD_KIND_LABELS.went_well, mark: '+' },
  { id: 'to_improve', label: CARD_KIND_LABELS.to_improve, mark: '△' },
];

/** Prompts, then cards, per practice in Reflect order: the suggested focus comes first. */
export function ReflectScreen({ view }: PresentProps) {
  const { cards, hiddenCardCount } = view;
  return (
    <div className="rs">
      {view.focus && <FocusNote focus={view.focus} />}
      {hiddenCardCount > 0 && (
        <p className="rs-hidden">
          {plural(hiddenCardCount, 'card')} still hidden
          <span> · they appear together when everyone has finished writing</span>
        </p>
      )}
      {cards.length === 0 ? (
        <Prompts view={view} />
      ) : (
        <CardsByPractice cards={cards} order={view.reflectOrder} />
      )}
    </div>
  );
}

/** While nothing is shown yet, one prompt of each kind per practice helps people start writing. */
function Prompts({ view }: PresentProps) {
  return (
    <div className="rs-grid">
      {view.reflectOrder.map(practiceById).map((practice) => {
        const prompts = view.prompts[practice.id];
        return (
          <section key={practice.id} className="rs-practice">
            <h2>{practice.name}</h2>
            <ul className="rs-prompts">
              {KINDS.map((kind) => {
                const text = (kind.id === 'went_well' ? prompts.wentWell : prompts.toImprove)[0];
                return (
                  text && (
                    <li key={kind.id} className={kind.id}>
                      <span className="rs-kind">{kind.label}</span>
                      {text}
                    </li>
                  )
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function CardsByPractice({ cards, order }: { cards: Card[]; order: PracticeId[] }) {
  return (
    <div className="rs-grid">
      {order
        .filter((practiceId) => cards.some((card) => card.practiceId === practiceId))
        .map(practiceById)
        .map((practice) => (
          <section key={practice.id} className="rs-practice">
            <h2>{practice.name}</h2>
            {KINDS.map((kind) => {
              const list = cards.filter(
                (card) => card.practiceId === practice.id && card.kind === kind.id,
              );
              if (list.length === 0) return null;
              return (
                <div key={kind.id} className={`rs-kind-block ${kind.id}`}>
                  <h3>
                    <span aria-hidden="true">{kind.mark}</span> {kind.label}
                  </h3>
                  <ul className="rs-cards">
                    {list.map((card) => (
                      <li key={card.id}>{card.text}</li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        ))}
    </div>
  );
}
