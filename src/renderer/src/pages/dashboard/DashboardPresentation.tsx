import { useProjectorChartTheme } from '@renderer/charts/projector-theme';
import { useShortcuts } from '@renderer/hooks/use-shortcuts';
import { useShowOnScreen } from '@renderer/pages/present/mutations';
import { FullScreenButton } from '@renderer/pages/present/ScreenFrame';
import type { TeamDashboard } from '@shared/dashboard';
import type { SlideId } from '@shared/screen';
import { Link, useLocation } from 'wouter';
import { PRESENTATION_SLIDES } from './dashboard-charts';
import { type DashboardFilter, describeFilter, useDashboardFilter } from './dashboard-filter';
import { useTeamDashboard } from './queries';
import './dashboard-present.css';

interface PresentationProps {
  teamId: string;
  slideId: SlideId;
}

/**
 * The team dashboard on the shared screen: one chart at a time, large. The arrow keys and buttons
 * here move the shared screen itself, so every window showing it moves along.
 */
export function DashboardPresentation({ teamId, slideId }: PresentationProps) {
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
  return <Slides data={dashboard.data} filter={filter} slideId={slideId} />;
}

function Slides({
  data,
  filter,
  slideId,
}: {
  data: TeamDashboard;
  filter: DashboardFilter;
  slideId: SlideId;
}) {
  const [, navigate] = useLocation();
  const show = useShowOnScreen();
  const theme = useProjectorChartTheme();
  const teamId = data.team.id;
  const back = `/teams/${teamId}/dashboard`;
  const index = Math.max(
    0,
    PRESENTATION_SLIDES.findIndex((slide) => slide.id === slideId),
  );
  const slide = PRESENTATION_SLIDES[index] ?? PRESENTATION_SLIDES[0];
  const count = PRESENTATION_SLIDES.length;
  const go = (to: number) => {
    const target = PRESENTATION_SLIDES[Math.min(count - 1, Math.max(0, to))];
    if (target && target.id !== slideId) {
      show.mutate({ show: 'chart', teamId, slideId: target.id });
    }
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
            slide.chart(data, theme, '100%')
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
        <FullScreenButton className="pdash-button quiet" />
        <Link href={back} className="pdash-button quiet">
          Back to dashboard
        </Link>
      </footer>
    </div>
  );
}
