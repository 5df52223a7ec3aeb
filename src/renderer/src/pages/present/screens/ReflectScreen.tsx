import { FocusNote } from '@renderer/insights/FocusNote';
import { CARD_KIND_LABELS, plural } from '@shared/format';
import { practiceById } from '@shared/practices';
import { onPage, PAGE_SIZES } from '@shared/screen-pages';
import type { Card, CardKind, PresentationView } from '@shared/sessions';
import type { PresentProps } from '../present-props';
import './reflect-screen.css';

const KINDS: { id: CardKind; mark: string }[] = [
  { id: 'went_well', mark: '+' },
  { id: 'to_improve', mark: '△' },
];

/** The suggested focus, then prompts or cards practice by practice in Reflect order. */
export function ReflectScreen({ view, page }: PresentProps) {
  const { cards, hiddenCardCount } = view;
  return (
    <div className="rs">
      {view.focus && <FocusNote focus={view.focus} />}
      {hiddenCardCount > 0 && (
        <p className="rs-hidden present-clamp-1">
          {plural(hiddenCardCount, 'card')} still hidden
          <span> · they appear together when everyone has finished writing</span>
        </p>
      )}
      {cards.length === 0 ? (
        <Prompts view={view} />
      ) : (
        <ul className="present-tiles" aria-label="Cards">
          {onPage(inReflectOrder(view), page, PAGE_SIZES.reflect).map((card) => (
            <CardTile key={card.id} card={card} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Practice by practice in the order Reflect takes them, went well before to improve. */
function inReflectOrder(view: PresentationView): Card[] {
  return view.reflectOrder.flatMap((practiceId) =>
    KINDS.flatMap((kind) =>
      view.cards.filter((card) => card.practiceId === practiceId && card.kind === kind.id),
    ),
  );
}

function CardTile({ card }: { card: Card }) {
  const kind = KINDS.find((k) => k.id === card.kind);
  return (
    <li className={`rs-card ${card.kind}`}>
      <p className="rs-card-tag present-clamp-1">
        <span aria-hidden="true">{kind?.mark}</span> {practiceById(card.practiceId).shortName} ·{' '}
        {CARD_KIND_LABELS[card.kind]}
      </p>
      <p className="rs-card-text present-clamp-3">{card.text}</p>
    </li>
  );
}

/** While nothing is shown yet, one prompt of each kind per practice helps people start writing. */
function Prompts({ view }: { view: PresentationView }) {
  return (
    <div className="rs-prompts-grid">
      {view.reflectOrder.map((practiceId) => {
        const prompts = view.prompts[practiceId];
        return (
          <section key={practiceId} className="rs-practice">
            <h2 className="present-clamp-1">{practiceById(practiceId).name}</h2>
            <ul className="rs-prompts">
              {KINDS.map((kind) => {
                const text = (kind.id === 'went_well' ? prompts.wentWell : prompts.toImprove)[0];
                return (
                  text && (
                    <li key={kind.id} className={kind.id}>
                      <span className="rs-kind">{CARD_KIND_LABELS[kind.id]}</span>
                      <span className="present-clamp-2">{text}</span>
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
