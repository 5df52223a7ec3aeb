import { DistributionBars } from '@renderer/charts/DistributionBars';
import { RotiTable } from '@renderer/charts/RotiTable';
import { verdictOf } from '@renderer/charts/rating-stats';
import { formatMean } from '@shared/format';
import type { RotiState } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import './roti.css';

/** The ROTI mean, its verdict and how many people gave each score, on the console. */
export function RotiSummary({ roti, people }: { roti: RotiState; people: number }) {
  if (roti.total === 0 || roti.mean === null) {
    return <p className="empty-note">No ROTI ratings yet.</p>;
  }
  return (
    <section className="roti-summary" aria-label="ROTI result">
      <p className="roti-summary-line">
        <span className="roti-summary-mean">{formatMean(roti.mean)}</span>
        <span>
          out of 5 on average: <strong>{verdictOf(roti.mean)}</strong>
          <span className="roti-muted">
            {' '}
            · {roti.total} of {people} rated
          </span>
        </span>
      </p>
      <DistributionBars
        title="How many people gave each ROTI score"
        distribution={roti.distribution}
        scaleLabels={ROTI_LABELS}
      />
      <RotiTable roti={roti} />
    </section>
  );
}
