import { DistributionColumns } from '@renderer/charts/DistributionColumns';
import { useProjectorChartTheme } from '@renderer/charts/projector-theme';
import { RotiTable } from '@renderer/charts/RotiTable';
import { verdictOf } from '@renderer/charts/rating-stats';
import { formatMean, plural } from '@shared/format';
import type { RotiState } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import './roti-result.css';

/** The ROTI result in large type for the shared screen's Close view. */
export function RotiResult({ roti }: { roti: RotiState }) {
  const theme = useProjectorChartTheme();
  if (roti.total === 0 || roti.mean === null) {
    return <p className="roti-result-empty">Nobody rated this retro.</p>;
  }
  return (
    <section className="roti-result" aria-label="Return on time invested">
      <p className="roti-result-label">Return on time invested</p>
      <p className="roti-result-score">
        <span className="roti-result-mean">{formatMean(roti.mean)}</span>
        <span className="roti-result-outof"> out of 5</span>{' '}
        <span className="roti-result-verdict">{verdictOf(roti.mean)}</span>
      </p>
      <p className="roti-result-count">{plural(roti.total, 'rating')}</p>
      <DistributionColumns
        title="How many people gave each ROTI score"
        distribution={roti.distribution}
        scaleLabels={ROTI_LABELS}
        mean={roti.mean}
        height="100%"
        theme={theme}
      />
      <div className="visually-hidden">
        <RotiTable roti={roti} />
      </div>
    </section>
  );
}
