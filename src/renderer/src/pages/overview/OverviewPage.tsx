import { MEAN_STEPS, meanScale } from '@renderer/charts/palette';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge } from '@renderer/components/SampleBadge';
import type { OverviewRow, PracticeChange } from '@shared/dashboard';
import {
  formatChange,
  formatDate,
  formatDecimal,
  formatMean,
  plural,
  TREND_WORDS,
} from '@shared/format';
import { PRACTICES } from '@shared/practices';
import { useState } from 'react';
import { Link } from 'wouter';
import { AttentionList } from './AttentionList';
import { TEAMS_PER_PAGE, useOverviewPages } from './queries';
import './overview.css';

/** For leads: every team × practice on one screen, latest mean and its direction. */
export function OverviewPage() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const [pages, setPages] = useState(1);
  const results = useOverviewPages(includeArchived, pages);
  const [first] = results;
  const rows = results.flatMap((result) => result.data ?? []);
  // A full last page may have more after it.
  const more = results.at(-1)?.data?.length === TEAMS_PER_PAGE;

  return (
    <section className="page overview" aria-labelledby="overview-title">
      <h1 id="overview-title">All teams at a glance</h1>
      <p className="muted">
        Each cell is a practice’s mean pulse in the team’s latest rated retro, with the change since
        the retro before it. Blue means above the middle of the scale (3), orange below it: the
        further from 3, the darker, one shade per 0.2. Pick a team or a cell to open that team’s
        dashboard.
      </p>
      <div className="overview-tools">
        <label className="toggle">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => {
              setIncludeArchived(event.target.checked);
              setPages(1);
            }}
          />
          Include archived teams
        </label>
        <ScaleKey />
      </div>
      {/* Asked for once the grid has come: reading every team's insights takes longer. */}
      {rows.length > 0 && <AttentionList includeArchived={includeArchived} />}
      <ErrorBanner error={results.find((result) => result.error)?.error ?? null} />
      {first?.isPending ? (
        <p className="loading">Loading teams…</p>
      ) : first?.data && first.data.length === 0 ? (
        <p className="empty-note">
          No teams to show yet. Create a team, or load the sample team, from the{' '}
          <Link href="/">Teams page</Link>.
        </p>
      ) : (
        rows.length > 0 && (
          <OverviewGrid
            rows={rows}
            more={more}
            loadingMore={results.some((result) => result.isPending)}
            onMore={() => setPages(pages + 1)}
          />
        )
      )}
    </section>
  );
}

function ScaleKey() {
  const steps = Array.from({ length: MEAN_STEPS }, (_, index) => 1 + index * 0.2);
  return (
    <div className="overview-scale">
      <span>Mean pulse:</span>
      <div className="overview-scale-key">
        <ol aria-label="Colour steps, from a mean of 1 to 5">
          {steps.map((from) => (
            <li key={from} style={{ background: meanScale(from).background }}>
              <span className="visually-hidden">
                {formatDecimal(from, 1)} to {formatDecimal(from + 0.2, 1)}
              </span>
            </li>
          ))}
        </ol>
        <p className="overview-scale-ticks" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((tick) => (
            <span key={tick}>{tick}</span>
          ))}
        </p>
      </div>
      <span className="overview-arrows">△ up · ▽ down · = about the same</span>
    </div>
  );
}

function OverviewGrid({
  rows,
  more,
  loadingMore,
  onMore,
}: {
  rows: OverviewRow[];
  more: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  return (
    <div className="overview-wrap">
      <table className="overview-grid" aria-label="Teams and practices">
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Retros</th>
            <th scope="col">Last retro</th>
            {PRACTICES.map((practice) => (
              <th key={practice.id} scope="col" title={practice.name}>
                {practice.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const href = `/teams/${row.teamId}/dashboard`;
            return (
              <tr key={row.teamId}>
                <th scope="row">
                  <Link href={href} className="overview-team">
                    {row.name}
                  </Link>
                  {row.isSample && <SampleBadge />}
                  {row.archived && <span className="badge">Archived</span>}
                </th>
                <td className="overview-number">{row.sessionCount}</td>
                <td className="overview-date">
                  {row.lastSessionDate ? formatDate(row.lastSessionDate) : '–'}
                </td>
                {row.practices.map((change) => (
                  <td key={change.practiceId} className="overview-cell-wrap">
                    <Cell change={change} href={href} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {more && (
        <div className="overview-more">
          <p className="muted">Showing the first {plural(rows.length, 'team')}.</p>
          <button type="button" className="button" disabled={loadingMore} onClick={onMore}>
            Show more teams
          </button>
        </div>
      )}
    </div>
  );
}

function trendSentence(change: PracticeChange): string {
  if (change.trend === null || change.change === null) return 'no earlier rated retro to compare';
  const by = formatDecimal(Math.abs(change.change), 2);
  return change.trend === 'flat'
    ? `about the same as the retro before (${formatChange(change.change, change.trend)})`
    : `${TREND_WORDS[change.trend]} ${by} since the retro before`;
}

function Cell({ change, href }: { change: PracticeChange; href: string }) {
  if (change.latest === null) {
    return <span className="overview-cell overview-none">No ratings yet</span>;
  }
  const colours = meanScale(change.latest);
  return (
    <Link
      href={href}
      className="overview-cell"
      style={{ background: colours.background, color: colours.text }}
    >
      <span className="overview-mean">{formatMean(change.latest)}</span>
      <span className="overview-trend" aria-hidden="true">
        {formatChange(change.change, change.trend)}
      </span>
      <span className="visually-hidden">, {trendSentence(change)}</span>
    </Link>
  );
}
