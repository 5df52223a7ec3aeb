import { DistributionColumns } from '@renderer/charts/DistributionColumns';
import { RotiTable } from '@renderer/charts/RotiTable';
import { verdictOf } from '@renderer/charts/rating-stats';
import { formatMean, plural } from '@shared/format';
import type { RotiState } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import './roti-result.css';

/** The ROTI result in large type for the shared screen's Close view. */
export function RotiResult({ roti }: { roti: RotiState }) {
  if (roti.total === 0 || roti.mean === null) {
    return <p className="roti-result-empty">Nobody rated this retro.</p>;
  }
  return (
    <section className="roti-result" aria-label="Return on time invested">
      <div className="roti-result-score">
        <p className="roti-result-label">Return on time invested</p>
        <p className="roti-result-mean">
          {formatMean(roti.mean)}
          <span className="roti-result-outof"> out of 5</span>
        </p>
        <p className="roti-result-verdict">{verdictOf(roti.mean)}</p>
        <p className="roti-result-count">{plural(roti.total, 'rating')}</p>
      </div>
      <DistributionColumns
        title="How many people gave each ROTI score"
        distribution={roti.distribution}
        scaleLabels={ROTI_LABELS}
        mean={roti.mean}
        height={420}
      />
      <div className="visually-hidden">
        <RotiTable roti={roti} />
      </div>
    </section>
  );
}
