import { FocusNote } from '@renderer/insights/FocusNote';
import { InsightList } from '@renderer/insights/InsightList';
import { useInsightsOnScreen } from '@renderer/insights/on-screen';
import { useSessionInsights } from '@renderer/insights/queries';
import './trend-on-screen.css';

/**
 * What the trend says as of this retro, once the facilitator shows it from the console. Insights
 * speak of the team only, never of a person, so nothing private reaches the screen.
 */
export function TrendOnScreen({ sessionId }: { sessionId: string }) {
  const [shown] = useInsightsOnScreen(sessionId);
  const trend = useSessionInsights(sessionId, shown);
  if (!shown || !trend.data || trend.data.insights.length === 0) return null;
  return (
    <section className="present-trend" aria-labelledby="present-trend-title">
      <h2 id="present-trend-title">What the trend says</h2>
      <InsightList insights={trend.data.insights} level={3} detail="brief" />
      {trend.data.focus && (
        <FocusNote focus={trend.data.focus} lead="Suggested focus for the next retro" />
      )}
    </section>
  );
}
