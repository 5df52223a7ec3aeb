import { dashboardPresentationUrl, openSharedScreen } from '@renderer/api/presentation-url';
import { ChartFigure } from '@renderer/charts/ChartFigure';
import { ChartViewsProvider } from '@renderer/charts/chart-views';
import { DistributionChart, DistributionTable } from '@renderer/charts/DistributionChart';
import {
  LatestVsPreviousChart,
  LatestVsPreviousTable,
} from '@renderer/charts/LatestVsPreviousChart';
import { groupingNote } from '@renderer/charts/retro-axis';
import { LIGHT } from '@renderer/charts/theme';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge } from '@renderer/components/SampleBadge';
import { useShowOnScreen } from '@renderer/pages/present/mutations';
import { useTeam } from '@renderer/pages/team/queries';
import type { DashboardChartId, TeamDashboard } from '@shared/dashboard';
import { formatDate, plural } from '@shared/format';
import { PRACTICES } from '@shared/practices';
import { slideNamed } from '@shared/screen';
import { Link } from 'wouter';
import { DashboardFilterBar } from './DashboardFilterBar';
import { DASHBOARD_CHARTS } from './dashboard-charts';
import { useDashboardFilter } from './dashboard-filter';
import { isDashboardSection, sectionAnchor, useRevealSection } from './dashboard-sections';
import { Headlines } from './Headlines';
import { useTeamDashboard, useTeamInsights } from './queries';
import { TrendPanel } from './TrendPanel';
import './dashboard.css';

/** Puts a chart (its first slide) on the shared screen, and opens or brings forward that window. */
function usePresent(teamId: string) {
  const show = useShowOnScreen();
  return (chartId?: DashboardChartId) => {
    show.mutate({ show: 'chart', teamId, slideId: slideNamed(chartId) });
    openSharedScreen();
  };
}

/**
 * A team's progress across retros: filter, what the trend says, headline numbers and every chart
 * with its table. `section` (from the address) opens the page at the insights or one chart.
 */
export function DashboardPage({ teamId, section }: { teamId: string; section?: string }) {
  const [filter, setFilter] = useDashboardFilter(teamId);
  const present = usePresent(teamId);
  const dashboard = useTeamDashboard(teamId, filter);
  // Asked for with the numbers, not once they have come; the page is laid out when both are in,
  // so charts are not drawn in view only to be pushed down by the trend panel.
  const trend = useTeamInsights(teamId, filter);
  // The heading comes with the team, so the filter stays usable while a range is refused.
  const teamQuery = useTeam(teamId);
  const data = trend.isPending ? undefined : dashboard.data;
  useRevealSection(
    isDashboardSection(section) ? section : null,
    teamQuery.data !== undefined && data !== undefined,
  );

  if (teamQuery.isPending) return <p className="loading">Loading the dashboard…</p>;
  if (!teamQuery.data) {
    return (
      <section className="page">
        <ErrorBanner error={teamQuery.error} />
        <Link href="/">Back to teams</Link>
      </section>
    );
  }
  const team = teamQuery.data;

  return (
    <section className="page dash" aria-labelledby="dash-title">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Teams</Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/teams/${teamId}`}>{team.name}</Link>
        <span aria-hidden="true"> / </span>
        <span>Dashboard</span>
      </nav>
      <div className="page-head">
        <div>
          <div className="team-title-row">
            <h1 id="dash-title">{team.name}</h1>
            {team.isSample && <SampleBadge />}
            {team.archived && <span className="badge">Archived</span>}
          </div>
          <p className="muted">How the four practices are moving, and whether actions get done.</p>
        </div>
        {data && data.sessions.length > 0 && (
          <a
            className="button primary"
            href={dashboardPresentationUrl(teamId)}
            target="_blank"
            rel="noopener"
            onClick={(event) => {
              event.preventDefault();
              present();
            }}
          >
            Present dashboard
          </a>
        )}
      </div>
      <DashboardFilterBar filter={filter} onChange={setFilter} error={dashboard.error} />
      {dashboard.error && !dashboard.error.field && <ErrorBanner error={dashboard.error} />}
      {data && data.sessions.length > 0 && <TrendPanel teamId={teamId} filter={filter} />}
      <ChartViewsProvider>
        {data ? (
          <DashboardBody
            data={data}
            onShowAll={() => setFilter({ last: 'all', from: '', to: '' })}
            onPresent={present}
          />
        ) : (
          (dashboard.isPending || trend.isPending) && (
            <p className="loading">Loading the dashboard…</p>
          )
        )}
      </ChartViewsProvider>
    </section>
  );
}

function DashboardBody({
  data,
  onShowAll,
  onPresent,
}: {
  data: TeamDashboard;
  onShowAll: () => void;
  onPresent: (chartId: DashboardChartId) => void;
}) {
  const teamId = data.team.id;
  if (data.teamSessionCount === 0) {
    return (
      <div className="dash-empty card">
        <h2>No retros yet</h2>
        <p>
          After {data.team.name}’s first retro, this page shows how the team rated each practice,
          how the ratings split, how many kudos were given and how worthwhile the retro felt. From
          the second retro on, it shows trends, the change since last time and whether agreed
          actions got done.
        </p>
        <Link href={`/teams/${teamId}`} className="button primary">
          Start a retro from the team page
        </Link>
      </div>
    );
  }
  if (data.sessions.length === 0) {
    return (
      <div className="dash-empty card">
        <h2>No retros in this range</h2>
        <p>
          {data.team.name} has {plural(data.teamSessionCount, 'retro')}, but none between these
          dates. Change the dates or show every retro.
        </p>
        <button type="button" className="button primary" onClick={onShowAll}>
          Show all retros
        </button>
      </div>
    );
  }
  if (data.sessions.length === 1) return <SingleRetro data={data} />;

  const note = groupingNote(data.sessions);
  return (
    <>
      <Headlines data={data} />
      <div className="dash-grid">
        {DASHBOARD_CHARTS.map((chart) => (
          <div key={chart.id} className={chart.wide ? 'dash-wide' : ''}>
            <ChartFigure
              id={sectionAnchor(chart.id)}
              title={chart.title}
              description={
                chart.perRetro && note ? `${chart.description} ${note}` : chart.description
              }
              chart={chart.chart(data, LIGHT)}
              drawWhenSeen={chart.height}
              table={chart.table(data)}
              actions={
                <button
                  type="button"
                  className="button quiet"
                  aria-label={`Present ${chart.title}`}
                  onClick={() => onPresent(chart.id)}
                >
                  Present
                </button>
              }
            />
          </div>
        ))}
      </div>
    </>
  );
}

/** One retro in view: no trend yet, but its own numbers. */
function SingleRetro({ data }: { data: TeamDashboard }) {
  const [session] = data.sessions;
  if (!session) return null;
  const rows = session.pulse.map((stats) => ({
    key: stats.practiceId,
    label: PRACTICES.find((p) => p.id === stats.practiceId)?.shortName ?? stats.practiceId,
    distribution: stats.distribution,
  }));
  return (
    <>
      <p className="dash-note" role="status">
        {data.teamSessionCount === 1 ? 'One retro so far' : 'One retro in this range'}, so there is
        no trend yet. Trends and the change since last time appear from the second retro on. Here is
        how “{session.title}” ({formatDate(session.date)}) went.
      </p>
      <Headlines data={data} />
      <div className="dash-grid">
        <ChartFigure
          title="Pulse in this retro"
          description="Mean rating per practice, 1 to 5."
          chart={
            <LatestVsPreviousChart comparison={data.latestVsPrevious} sessions={data.sessions} />
          }
          table={
            <LatestVsPreviousTable comparison={data.latestVsPrevious} sessions={data.sessions} />
          }
        />
        <ChartFigure
          title="How the ratings split"
          description="Share of people who rated each practice 1, 2, 3, 4 or 5."
          chart={<DistributionChart rows={rows} />}
          table={<DistributionTable rows={rows} rowHeader="Practice" />}
        />
      </div>
    </>
  );
}
