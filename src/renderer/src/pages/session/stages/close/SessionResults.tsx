import { ChartFigure } from '@renderer/charts/ChartFigure';
import { DistributionChart, DistributionTable } from '@renderer/charts/DistributionChart';
import { VoteRankingChart, VoteRankingTable } from '@renderer/charts/VoteRankingChart';
import { PRACTICES } from '@shared/practices';
import type { SessionView } from '@shared/sessions';
import './session-results.css';

/** The session's pulse split per practice and the vote ranking, each with its table. */
export function SessionResults({ view }: { view: SessionView }) {
  const rows = view.pulse.map((pulse) => ({
    key: pulse.practiceId,
    label: PRACTICES.find((p) => p.id === pulse.practiceId)?.shortName ?? pulse.practiceId,
    distribution: pulse.distribution,
  }));
  const rated = view.pulse.some((pulse) => pulse.total > 0);
  const voted = view.items.some((item) => item.dots > 0);
  return (
    <div className="session-results">
      {rated ? (
        <ChartFigure
          level={4}
          title="Pulse ratings"
          description="Share of people who rated each practice 1, 2, 3, 4 or 5."
          chart={<DistributionChart rows={rows} />}
          table={
            <DistributionTable rows={rows} rowHeader="Practice" tableLabel="Pulse ratings table" />
          }
        />
      ) : (
        <p className="empty-note">No pulse ratings were recorded in this session.</p>
      )}
      {voted ? (
        <ChartFigure
          level={4}
          title="Vote ranking"
          description="Dots per item, most first. The chart shows the top ten; the table lists all."
          chart={<VoteRankingChart items={view.items} />}
          table={<VoteRankingTable items={view.items} />}
        />
      ) : (
        <p className="empty-note">No dots were placed in this session.</p>
      )}
    </div>
  );
}
