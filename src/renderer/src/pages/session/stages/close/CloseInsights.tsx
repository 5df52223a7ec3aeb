import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FocusNote } from '@renderer/insights/FocusNote';
import { InsightList } from '@renderer/insights/InsightList';
import { useInsightsOnScreen } from '@renderer/insights/on-screen';
import { useSessionInsights } from '@renderer/insights/queries';
import type { TeamInsights } from '@shared/insights';
import './close-insights.css';

/**
 * What the trend says as of this retro, for the facilitator to read out or show: the shared
 * screen shows them only once the facilitator chooses to.
 */
export function CloseInsights({ sessionId }: { sessionId: string }) {
  const trend = useSessionInsights(sessionId);
  if (trend.error) return <ErrorBanner error={trend.error} />;
  if (!trend.data) return <p className="loading">Reading the trend…</p>;
  return <TrendAsOfRetro sessionId={sessionId} trend={trend.data} />;
}

function TrendAsOfRetro({ sessionId, trend }: { sessionId: string; trend: TeamInsights }) {
  const [onScreen, setOnScreen] = useInsightsOnScreen(sessionId);
  if (trend.notEnoughData) return <p className="empty-note">{trend.notEnoughData}</p>;
  if (trend.insights.length === 0) {
    return (
      <p className="empty-note">
        Nothing stands out: no rule found a clear rise or fall, a practice stuck at the bottom, a
        disagreement or slipping actions.
      </p>
    );
  }
  return (
    <div className="close-insights">
      <div className={`close-insights-bar${onScreen ? ' shown' : ''}`}>
        <p role="status">
          {onScreen
            ? 'The team sees these on the shared screen.'
            : 'Only you see these until you show them on the shared screen.'}
        </p>
        <button
          type="button"
          className={`button ${onScreen ? '' : 'primary'}`}
          onClick={() => setOnScreen(!onScreen)}
        >
          {onScreen ? 'Hide from the shared screen' : 'Show on the shared screen'}
        </button>
      </div>
      <InsightList insights={trend.insights} level={4} detail="summary" />
      {trend.focus && <FocusNote focus={trend.focus} lead="Suggested focus for the next retro" />}
    </div>
  );
}
