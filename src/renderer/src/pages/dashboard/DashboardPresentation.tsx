import { PROJECTOR } from '@renderer/charts/theme';
import { useShortcuts } from '@renderer/hooks/use-shortcuts';
import type { TeamDashboard } from '@shared/dashboard';
import { Link, useLocation } from 'wouter';
import { PRESENTATION_SLIDES } from './dashboard-charts';
import { type DashboardFilter, describeFilter, useDashboardFilter } from './dashboard-filter';
import { useTeamDashboard } from './queries';
import './dashboard-present.css';

interface PresentationProps {
  teamId: string;
  /** The slide to show, by chart id; the first when missing. */
  chartId: string | undefined;
}

/** The team dashboard on the shared screen: one chart at a time, large, moved by arrow keys. */
export function DashboardPresentation({ teamId, chartId }: PresentationProps) {
  const [filter] = useDashboardFilter(teamId);
  const dashboard = useTeamDashboard(teamId, filter);
  if (!dashboard.data) {
    return (
      <div className="theme-projector pdash pdash-message">
        <p>{dashboard.error ? dashboard.error.message : 'Loading the dashboard…'}</p>
        <Link href={`/teams/${teamId}/dashboard`} className="pdash-button">
          Back to dashboard
        </Link>
      </div>
    );
  }
  return <Slides data={dashboard.data} filter={filter} chartId={chartId} />;
}

function Slides({
  data,
  filter,
  chartId,
}: {
  data: TeamDashboard;
  filter: DashboardFilter;
  chartId: string | undefined;
}) {
  const [, navigate] = useLocation();
  const teamId = data.team.id;
  const back = `/teams/${teamId}/dashboard`;
  const found = PRESENTATION_SLIDES.findIndex(
    (slide) => slide.id === chartId || slide.id.startsWith(`${chartId}-`),
  );
  const index = Math.max(0, found);
  const slide = PRESENTATION_SLIDES[index] ?? PRESENTATION_SLIDES[0];
  const count = PRESENTATION_SLIDES.length;
  const go = (to: number) => {
    const target = PRESENTATION_SLIDES[Math.min(count - 1, Math.max(0, to))];
    if (target) navigate(`/present/dashboard/${teamId}/${target.id}`, { replace: true });
  };
  useShortcuts([
    { keys: ['ArrowRight', 'PageDown'], run: () => go(index + 1) },
    { keys: ['ArrowLeft', 'PageUp'], run: () => go(index - 1) },
    { keys: ['Home'], run: () => go(0) },
    { keys: ['End'], run: () => go(count - 1) },
    { keys: ['Escape'], run: () => navigate(back) },
  ]);
  if (!slide) return null;
  const tooFew = data.sessions.length < 2;

  return (
    <div className="theme-projector pdash">
      <header className="pdash-bar">
        <p className="pdash-team">
          <strong>{data.team.name}</strong>
          {data.team.isSample && <span className="pdash-sample">Sample</span>} ·{' '}
          {describeFilter(filter)}
        </p>
        <p className="pdash-count" aria-live="polite">
          Chart {index + 1} of {count}
        </p>
      </header>
      <main className="pdash-main" aria-labelledby="pdash-title">
        <h1 id="pdash-title">{slide.title}</h1>
        <p className="pdash-hint">{slide.description}</p>
        <div className="pdash-chart">
          {tooFew ? (
            <p className="pdash-empty">
              {data.sessions.length === 0
                ? 'No retros to show yet.'
                : 'Only one retro so far: this chart fills in after the next retro.'}
            </p>
          ) : (
            slide.chart(data, PROJECTOR, '100%')
          )}
        </div>
      </main>
      <footer className="pdash-controls">
        <button
          type="button"
          className="pdash-button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="pdash-button"
          onClick={() => go(index + 1)}
          disabled={index === count - 1}
        >
          Next →
        </button>
        <p className="pdash-keys">
          <kbd>←</kbd> <kbd>→</kbd> move · <kbd>Esc</kbd> back
        </p>
        {document.fullscreenEnabled && (
          <button
            type="button"
            className="pdash-button quiet"
            onClick={() =>
              document.fullscreenElement
                ? void document.exitFullscreen()
                : void document.documentElement.requestFullscreen()
            }
          >
            Full screen
          </button>
        )}
        <Link href={back} className="pdash-button quiet">
          Back to dashboard
        </Link>
      </footer>
    </div>
  );
}
