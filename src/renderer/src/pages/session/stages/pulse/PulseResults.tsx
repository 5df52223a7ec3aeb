import { DistributionBars } from '@renderer/charts/DistributionBars';
import { spreadOf } from '@renderer/charts/rating-stats';
import { formatMean, NO_VALUE, pluralWord } from '@shared/format';
import { PRACTICES } from '@shared/practices';
import type { PracticePulse } from '@shared/sessions';
import { pulseOf } from './pulse-of';

/** After the reveal: each practice's mean, spread and distribution, then the same as a table. */
export function PulseResults({ pulse }: { pulse: PracticePulse[] }) {
  return (
    <section className="pulse-results" aria-labelledby="pulse-results-title">
      <h3 id="pulse-results-title">How the team rated each practice</h3>
      <div className="pulse-result-grid">
        {PRACTICES.map((practice) => {
          const result = pulseOf(pulse, practice.id);
          if (!result) return null;
          return (
            <article key={practice.id} className="pulse-result" aria-label={practice.name}>
              <h4>{practice.name}</h4>
              <p className="pulse-result-stats">
                <span>
                  Mean <strong>{formatMean(result.mean)}</strong>
                </span>
                <span>
                  Spread <strong>{spreadOf(result.distribution) ?? NO_VALUE}</strong>
                </span>
                <span>
                  <strong>{result.total}</strong> {pluralWord(result.total, 'rating')}
                </span>
              </p>
              {result.total === 0 ? (
                <p className="empty-note">Nobody rated this practice.</p>
              ) : (
                <DistributionBars
                  title={`How many people gave each score for ${practice.name}`}
                  distribution={result.distribution}
                  scaleLabels={practice.scaleLabels}
                />
              )}
            </article>
          );
        })}
      </div>
      <PulseTable pulse={pulse} />
    </section>
  );
}

function PulseTable({ pulse }: { pulse: PracticePulse[] }) {
  return (
    <table className="ratings-table pulse-table">
      <caption>The same results as a table: how many people gave each score</caption>
      <thead>
        <tr>
          <th scope="col">Practice</th>
          <th scope="col">Mean</th>
          <th scope="col">Spread</th>
          {[1, 2, 3, 4, 5].map((score) => (
            <th scope="col" key={score}>
              {score}
            </th>
          ))}
          <th scope="col">Ratings</th>
        </tr>
      </thead>
      <tbody>
        {PRACTICES.map((practice) => {
          const result = pulseOf(pulse, practice.id);
          if (!result) return null;
          return (
            <tr key={practice.id}>
              <th scope="row">{practice.name}</th>
              <td>{formatMean(result.mean)}</td>
              <td>{spreadOf(result.distribution) ?? NO_VALUE}</td>
              {result.distribution.map((count, score) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the five score columns are fixed
                <td key={score}>{count}</td>
              ))}
              <td>{result.total}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
