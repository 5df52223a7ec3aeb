import { ChartFigure } from '@renderer/charts/ChartFigure';
import { DistributionChart, DistributionTable } from '@renderer/charts/DistributionChart';
import { VoteRankingChart, VoteRankingTable } from '@renderer/charts/VoteRankingChart';
import { PRACTICES } from '@shared/practices';
import type { SessionView } from '@shared/sessions';
import './session-results.css';

/**
 * The session's pulse split per practice and the vote ranking, each with its table; each only
 * once revealed to the team (or the retro closed), so the console never shows more than the room.
 */
export function SessionResults({ view, readOnly }: { view: SessionView; readOnly: boolean }) {
  const rows = view.pulse.map((pulse) => ({
    key: pulse.practiceId,
    label: PRACTICES.find((p) => p.id === pulse.practiceId)?.shortName ?? pulse.practiceId,
    distribution: pulse.distribution,
  }));
  const rated = view.pulse.some((pulse) => pulse.total > 0);
  const voted = view.items.some((item) => item.dots > 0);
  const pulseShown = view.session.pulseRevealed || readOnly;
  const votesShown = view.session.votesRevealed || readOnly;
  return (
    <div className="session-results">
      {rated && !pulseShown && (
        <p className="empty-note">
          The pulse ratings are not revealed yet. Reveal them at the Pulse stage to see them here.
        </p>
      )}
      {rated && pulseShown && (
        <ChartFigure
          level={4}
          title="Pulse ratings"
          description="Share of people who rated each practice 1, 2, 3, 4 or 5."
          chart={<DistributionChart rows={rows} />}
          table={
            <DistributionTable rows={rows} rowHeader="Practice" tableLabel="Pulse ratings table" />
          }
        />
      )}
      {!rated && <p className="empty-note">No pulse ratings were recorded in this session.</p>}
      {voted && !votesShown && (
        <p className="empty-note">
          The votes are not shown yet. Show the results at Group & vote to see the ranking here.
        </p>
      )}
      {voted && votesShown && (
        <ChartFigure
          level={4}
          title="Vote ranking"
          description="Dots per item, most first. The chart shows the top ten; the table lists all."
          chart={<VoteRankingChart items={view.items} />}
          table={<VoteRankingTable items={view.items} />}
        />
      )}
      {!voted && <p className="empty-note">No dots were placed in this session.</p>}
    </div>
  );
}
