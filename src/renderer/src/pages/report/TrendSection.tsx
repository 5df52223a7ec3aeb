import { FocusNote } from '@renderer/insights/FocusNote';
import { InsightList, levelCounts } from '@renderer/insights/InsightList';
import type { DashboardChartId } from '@shared/dashboard';
import { pluralWord } from '@shared/format';
import type { TeamInsights } from '@shared/insights';
import { ReportSection } from './ReportParts';

/** The report section that shows each chart an insight names (the rating split has none). */
const SECTION_OF_CHART: Partial<Record<DashboardChartId, string>> = {
  'pulse-trend': 'Pulse trend',
  'latest-vs-previous': 'Latest versus previous retro',
  'follow-through': 'Action follow-through',
  kudos: 'Kudos, participation and ROTI',
  participation: 'Kudos, participation and ROTI',
  roti: 'Kudos, participation and ROTI',
};

/**
 * The team report's opening section, for a reader who reads nothing else: what is moving, what is
 * stuck and where the team disagrees, each sentence with the numbers behind it.
 */
export function TrendSection({ trend }: { trend: TeamInsights }) {
  const { insights, retrosRead } = trend;
  return (
    <ReportSection
      title="What the trend says"
      keepTogether={false}
      intro={
        <>
          Worked out on this computer by fixed rules from the {retrosRead} closed{' '}
          {pluralWord(retrosRead, 'retro')} in this report; each sentence gives the numbers it rests
          on. Nothing was sent anywhere.
          {insights.length > 0 && (
            <strong className="report-trend-counts">{levelCounts(insights)}</strong>
          )}
        </>
      }
      empty={
        trend.notEnoughData ??
        (insights.length === 0 &&
          'Nothing stands out: no rule found a clear rise or fall, a practice stuck at the bottom, a disagreement or slipping actions.')
      }
    >
      <div className="report-trend">
        <InsightList
          insights={insights}
          level={3}
          detail="summary"
          chart={(insight) => {
            const section = SECTION_OF_CHART[insight.chartId];
            return section && `chart: ${section}`;
          }}
        />
        {trend.focus && <FocusNote focus={trend.focus} lead="Suggested focus for the next retro" />}
      </div>
    </ReportSection>
  );
}
