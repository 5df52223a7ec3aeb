import { retroAxis } from '@renderer/charts/retro-axis';
import { Sparkline } from '@renderer/charts/Sparkline';
import type { TeamDashboard } from '@shared/dashboard';
import { formatMean, formatPercent, plural } from '@shared/format';

/** The shown retros in five numbers; a sparkline beside those that go up and down per retro. */
export function Headlines({ data }: { data: TeamDashboard }) {
  const { totals } = data;
  const { points } = retroAxis(data.sessions);
  const items: [string, string, string, (number | null)[]][] = [
    [
      'Retros',
      String(totals.sessions),
      totals.inProgressSessions > 0
        ? `${totals.inProgressSessions} still in progress`
        : 'all closed',
      [],
    ],
    [
      'Kudos',
      String(totals.kudos),
      'thank-yous for stepping up',
      points.map((point) => point.kudos),
    ],
    [
      'Agreed',
      String(totals.actions + totals.commitments),
      `${plural(totals.actions, 'action')}, ${plural(totals.commitments, 'commitment')}`,
      [],
    ],
    [
      'Follow-through',
      formatPercent(totals.followThrough.rate),
      totals.followThrough.reviewed > 0
        ? `${totals.followThrough.doneByNextReview} of ${totals.followThrough.reviewed} done by the next review`
        : 'nothing reviewed yet',
      points.map((point) => point.followThrough.rate),
    ],
    [
      'ROTI',
      formatMean(totals.roti.mean),
      `mean of ${plural(totals.roti.count, 'answer')}, 1 to 5`,
      points.map((point) => point.roti.mean),
    ],
  ];
  return (
    <dl className="dash-headlines" aria-label="At a glance">
      {items.map(([term, value, detail, trend]) => (
        <div key={term} className="dash-headline">
          <dt>{term}</dt>
          <dd>
            <span className="dash-headline-value">{value}</span>
            <span className="dash-headline-detail">{detail}</span>
            <Sparkline values={trend} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
