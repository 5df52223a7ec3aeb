import { FocusNote } from '@renderer/insights/FocusNote';
import { InsightList } from '@renderer/insights/InsightList';
import { useInsightsOnScreen } from '@renderer/insights/on-screen';
import { useSessionInsights } from '@renderer/insights/queries';
import { pluralWord } from '@shared/format';
import type { TeamInsights } from '@shared/insights';
import './trend-on-screen.css';

/** The trend as of this retro once the facilitator shows it from the console, else null. */
export function useShownTrend(sessionId: string): TeamInsights | null {
  const [shown] = useInsightsOnScreen(sessionId);
  const trend = useSessionInsights(sessionId, shown);
  if (!shown || !trend.data || trend.data.insights.length === 0) return null;
  return trend.data;
}

/** As many insights as fit the screen beside the focus, two to a row: the service lists the most
 * pressing first. */
const ON_SCREEN = 4;

/**
 * What the trend says as of this retro. It takes the whole Close screen while shown, as a
 * projector cannot scroll. Insights speak of the team only, never of a person, so nothing
 * private reaches the screen.
 */
export function TrendOnScreen({ trend }: { trend: TeamInsights }) {
  const shown = trend.insights.slice(0, ON_SCREEN);
  const rest = trend.insights.length - shown.length;
  return (
    <section className="present-trend" aria-labelledby="present-trend-title">
      <h2 id="present-trend-title">What the trend says</h2>
      <InsightList insights={shown} level={3} detail="brief" />
      {rest > 0 && (
        <p className="present-more">
          and {rest} more {pluralWord(rest, 'insight')} in the team report
        </p>
      )}
      {trend.focus && (
        <FocusNote
          focus={trend.focus}
          lead="Suggested focus for the next retro"
          alreadyShown={shown.some((insight) => insight.sentence === trend.focus?.reason)}
        />
      )}
    </section>
  );
}
