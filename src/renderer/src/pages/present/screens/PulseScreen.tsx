import { DistributionColumns } from '@renderer/charts/DistributionColumns';
import { useProjectorChartTheme } from '@renderer/charts/projector-theme';
import { spreadOf } from '@renderer/charts/rating-stats';
import { pluralWord } from '@shared/format';
import { PRACTICES } from '@shared/practices';
import type { PracticePulse } from '@shared/sessions';
import type { PresentProps } from '../present-props';
import './pulse-screen.css';

/** Before the reveal: what to rate and how many have rated. After: the four distributions. */
export function PulseScreen({ view }: PresentProps) {
  const people = view.session.participantCount;
  if (view.pulse) return <RevealedPulse pulse={view.pulse} />;
  return (
    <ul className="pulse-screen-grid">
      {PRACTICES.map((practice) => {
        const rated = view.pulseProgress.find((p) => p.practiceId === practice.id)?.total ?? 0;
        return (
          <li key={practice.id} className="pulse-screen-card">
            <h2 className="present-clamp-1">{practice.name}</h2>
            <p className="pulse-screen-question present-clamp-2">{practice.pulseQuestion}</p>
            {people > 0 && <RatedMeter rated={rated} people={people} />}
          </li>
        );
      })}
    </ul>
  );
}

/** “3 of 5 have rated”, with a bar: how far the round has got, never what anyone gave. */
export function RatedMeter({ rated, people }: { rated: number; people: number }) {
  return (
    <>
      <p className="pulse-screen-progress">
        <strong>
          {rated} of {people}
        </strong>{' '}
        {pluralWord(rated, 'has')} rated
      </p>
      <div className="pulse-screen-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(1, rated / people) * 100}%` }} />
      </div>
    </>
  );
}

function RevealedPulse({ pulse }: { pulse: PracticePulse[] }) {
  const theme = useProjectorChartTheme();
  return (
    <div className="pulse-screen-grid">
      {PRACTICES.map((practice) => {
        const result = pulse.find((p) => p.practiceId === practice.id);
        if (!result) return null;
        return (
          <section
            key={practice.id}
            className="pulse-screen-card pulse-screen-result"
            aria-label={practice.name}
          >
            <div className="pulse-screen-head">
              <h2 className="present-clamp-1">{practice.name}</h2>
              {result.total > 0 && (
                <p className="pulse-screen-stats">
                  spread <strong>{spreadOf(result.distribution)}</strong>
                </p>
              )}
            </div>
            {result.total === 0 ? (
              <p className="pulse-screen-empty">Nobody rated this practice.</p>
            ) : (
              <DistributionColumns
                title={`How many people gave each score for ${practice.name}`}
                distribution={result.distribution}
                scaleLabels={practice.scaleLabels}
                mean={result.mean}
                height="100%"
                theme={theme}
              />
            )}
            <div className="visually-hidden">
              <table>
                <caption>{practice.name}: how many people gave each score</caption>
                <tbody>
                  {practice.scaleLabels.map((label, index) => (
                    <tr key={label}>
                      <th scope="row">
                        {index + 1} · {label}
                      </th>
                      <td>{result.distribution[index]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
