import { formatDate } from '@shared/format';
import { onPage, PAGE_SIZES } from '@shared/screen-pages';
import type { PresentationView } from '@shared/sessions';
import type { PresentProps } from '../present-props';
import { RatedMeter } from './PulseScreen';
import { RotiResult } from './RotiResult';
import { TrendOnScreen, useShownTrend } from './TrendOnScreen';
import './close-screen.css';

interface Agreed {
  id: string;
  text: string;
  who: string;
}

/** Actions first, then commitments: what the team leaves the retro with. */
function agreedOf(view: PresentationView): Agreed[] {
  return [
    ...view.actions.map((action) => ({
      id: action.id,
      text: action.title,
      who: action.dueDate ? `${action.owner} · due ${formatDate(action.dueDate)}` : action.owner,
    })),
    ...view.commitments.map((commitment) => ({
      id: commitment.id,
      text: commitment.text,
      who: commitment.person,
    })),
  ];
}

export function CloseScreen({ view, page }: PresentProps) {
  const trend = useShownTrend(view.session.id);
  if (trend) return <TrendOnScreen trend={trend} />;
  const agreed = agreedOf(view);
  const people = view.session.participantCount;
  return (
    <div className={`present-close ${agreed.length > 0 ? 'present-close-two' : ''}`}>
      {agreed.length > 0 && (
        <section className="present-close-agreed" aria-labelledby="present-agreed">
          <h2 id="present-agreed">What we agreed</h2>
          <ul className="present-agreed">
            {onPage(agreed, page, PAGE_SIZES.close).map((item) => (
              <li key={item.id}>
                <span className="present-clamp-2">{item.text}</span>
                <span className="present-owner present-clamp-1">{item.who}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="present-close-side">
        {view.roti ? (
          <RotiResult roti={view.roti} />
        ) : (
          people > 0 && (
            <section className="present-roti-waiting" aria-label="Return on time invested">
              <h2>Return on time invested</h2>
              <RatedMeter rated={view.rotiProgress} people={people} />
              <p className="present-roti-note">
                Everyone’s ratings appear together when the facilitator shows them.
              </p>
            </section>
          )
        )}
        {view.session.summary && (
          <section className="present-close-summary" aria-labelledby="present-summary">
            <h2 id="present-summary">Summary</h2>
            <p className="present-clamp-3">{view.session.summary}</p>
          </section>
        )}
      </div>
    </div>
  );
}
