import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge } from '@renderer/components/SampleBadge';
import { dashboardRoute } from '@renderer/pages/dashboard/dashboard-sections';
import { plural, pluralWord } from '@shared/format';
import type { TeamInsightsRow } from '@shared/insights';
import { useState } from 'react';
import { Link } from 'wouter';
import { useInsightsOverview } from './queries';

/** Flagged teams shown before the rest are asked for: thousands of teams can all be flagged. */
const TEAMS_AT_FIRST = 10;

/**
 * For leads: the teams with an insight that needs attention, the most first, each with its top
 * sentence and a link to the insights on its dashboard.
 */
export function AttentionList({ includeArchived }: { includeArchived: boolean }) {
  const overview = useInsightsOverview(includeArchived);
  const [shown, setShown] = useState(TEAMS_AT_FIRST);
  if (overview.error) return <ErrorBanner error={overview.error} />;
  if (!overview.data || overview.data.length === 0) return null;
  const flagged = overview.data.filter((row) => row.attention > 0);
  const calm = overview.data.length - flagged.length;
  return (
    <section className="attention card" aria-labelledby="attention-title">
      <h2 id="attention-title">Needs attention</h2>
      {flagged.length === 0 ? (
        <p className="attention-none">No team has an insight that needs attention.</p>
      ) : (
        <ol className="attention-list" aria-label="Teams with insights that need attention">
          {flagged.slice(0, shown).map((row) => (
            <AttentionRow key={row.teamId} row={row} />
          ))}
        </ol>
      )}
      {flagged.length > shown && (
        <div className="attention-more">
          <p className="muted">
            Showing {shown} of {plural(flagged.length, 'team')}, those with the most first.
          </p>
          <button type="button" className="button" onClick={() => setShown(flagged.length)}>
            Show every team that needs attention
          </button>
        </div>
      )}
      {flagged.length > 0 && calm > 0 && (
        <p className="attention-calm">
          Nothing needs attention in {calm} other {pluralWord(calm, 'team')}.
        </p>
      )}
    </section>
  );
}

function AttentionRow({ row }: { row: TeamInsightsRow }) {
  const [top] = row.insights.filter((insight) => insight.level === 'attention');
  return (
    <li className="attention-row">
      <span className="attention-count" aria-hidden="true">
        {row.attention}
      </span>
      <div>
        <p className="attention-team">
          <Link href={dashboardRoute(row.teamId, 'insights')}>{row.name}</Link>
          {row.isSample && <SampleBadge />}
          {row.archived && <span className="badge">Archived</span>}
          <span className="attention-label">
            {row.attention} {pluralWord(row.attention, 'insight')}{' '}
            {pluralWord(row.attention, 'needs')} attention
          </span>
        </p>
        {top && <p className="attention-sentence">{top.sentence}</p>}
      </div>
    </li>
  );
}
