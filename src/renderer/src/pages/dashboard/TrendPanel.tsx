import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { InsightList, levelCounts } from '@renderer/insights/InsightList';
import { pluralWord } from '@shared/format';
import type { Insight, TeamInsights } from '@shared/insights';
import { Link } from 'wouter';
import { DASHBOARD_CHARTS } from './dashboard-charts';
import type { DashboardFilter } from './dashboard-filter';
import { dashboardRoute, revealSection, sectionAnchor } from './dashboard-sections';
import { useTeamInsights } from './queries';

const chartTitle = (insight: Insight) =>
  DASHBOARD_CHARTS.find((chart) => chart.id === insight.chartId)?.title ?? insight.chartId;

/** The dashboard's opening panel: what the rules read in the closed retros the filter picks. */
export function TrendPanel({ teamId, filter }: { teamId: string; filter: DashboardFilter }) {
  const trend = useTeamInsights(teamId, filter);
  return (
    <section
      id={sectionAnchor('insights')}
      tabIndex={-1}
      className="trend card dash-target"
      aria-labelledby="trend-title"
    >
      <div className="trend-head">
        <h2 id="trend-title">What the trend says</h2>
        {trend.data && trend.data.insights.length > 0 && (
          <p className="trend-counts">{levelCounts(trend.data.insights)}</p>
        )}
      </div>
      {trend.error ? (
        <ErrorBanner error={trend.error} />
      ) : trend.data ? (
        <TrendBody trend={trend.data} teamId={teamId} />
      ) : (
        <p className="loading">Reading the trend…</p>
      )}
    </section>
  );
}

function TrendBody({ trend, teamId }: { trend: TeamInsights; teamId: string }) {
  if (trend.notEnoughData) return <p className="trend-note">{trend.notEnoughData}</p>;
  return (
    <>
      {trend.insights.length === 0 ? (
        <p className="trend-note">
          Nothing stands out in these retros: no rule found a clear rise or fall, a practice stuck
          at the bottom, a disagreement or slipping actions.
        </p>
      ) : (
        <InsightList
          insights={trend.insights}
          level={3}
          chart={(insight) => (
            <Link
              href={dashboardRoute(teamId, insight.chartId)}
              onClick={() => revealSection(insight.chartId)}
            >
              See the chart: {chartTitle(insight)}
            </Link>
          )}
        />
      )}
      <p className="trend-basis">
        Worked out on this computer by a few fixed rules, from the {trend.retrosRead} closed{' '}
        {pluralWord(trend.retrosRead, 'retro')} shown. Nothing was sent anywhere.
      </p>
    </>
  );
}
