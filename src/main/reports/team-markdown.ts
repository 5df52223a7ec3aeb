import {
  FOLLOW_UP_STATUS_LABELS,
  formatChange,
  formatMean,
  formatPercent,
  NO_VALUE,
  pluralWord,
} from '@shared/format';
import { INSIGHT_LEVEL_LABELS, type TeamInsights } from '@shared/insights';
import { PRACTICES, practiceById } from '@shared/practices';
import { teamKeyFigures, teamReportRange, teamReportSpan } from '@shared/report-figures';
import { PSEUDONYM_EXAMPLES, type TeamReport } from '@shared/reports';
import { cell, date, footer, inline, practiceName, retro, section, table } from './markdown';

/** The insights as a list a lead can read on its own, with the suggested focus under it. */
function trendSection(trend: TeamInsights): string {
  const list = trend.insights
    .map((item) => `- **${INSIGHT_LEVEL_LABELS[item.level]}:** ${inline(item.sentence)}`)
    .join('\n');
  const empty =
    trend.notEnoughData ??
    'Nothing stands out: no rule found a clear movement, a stuck practice or a disagreement.';
  const focus = trend.focus
    ? `**Suggested focus for the next retro:** ${practiceById(trend.focus.practiceId).name}; its Reflect prompts come first.`
    : null;
  const retros = `${trend.retrosRead} closed ${pluralWord(trend.retrosRead, 'retro')}`;
  const basis =
    trend.retrosRead > 0
      ? `_Worked out on this computer from the newest ${retros} shown, by the rules explained in the help; nothing was sent anywhere._`
      : null;
  const body = [list || `_${empty}_`, focus, basis].filter(Boolean).join('\n\n');
  return section('What the trend says', body, '');
}

export function teamMarkdown(report: TeamReport): string {
  const { dashboard } = report;
  const { sessions, totals, latestVsPrevious } = dashboard;
  const head = [
    `# Team progress report: ${inline(dashboard.team.name)}`,
    [
      `**Retros:** ${totals.sessions}${teamReportSpan(report) ? ` (${teamReportSpan(report)})` : ''}`,
      `**Showing:** ${teamReportRange(report)}`,
    ].join('  \n'),
  ].join('\n\n');

  const figures = table(
    ['Measure', 'Value'],
    teamKeyFigures(report).map((figure) => [figure.label, figure.value]),
  );

  const any = sessions.length > 0;
  const trend = any
    ? table(
        ['Retro', ...PRACTICES.map((p) => p.shortName), 'Participants'],
        sessions.map((s) => [
          retro(s),
          ...PRACTICES.map((practice) =>
            formatMean(s.pulse.find((p) => p.practiceId === practice.id)?.mean ?? null),
          ),
          s.participants,
        ]),
      )
    : null;

  const comparison =
    latestVsPrevious.latestSessionId && latestVsPrevious.previousSessionId
      ? table(
          ['Practice', 'Previous', 'Latest', 'Change'],
          latestVsPrevious.practices.map((p) => [
            practiceName(p.practiceId),
            formatMean(p.previous),
            formatMean(p.latest),
            formatChange(p.change, p.trend),
          ]),
        )
      : null;

  const followThrough = any
    ? table(
        [
          'Retro',
          'Agreed',
          'Reviewed later',
          'Done by next review',
          'Done eventually',
          'Follow-through',
        ],
        [
          ...sessions.map((s) => [
            retro(s),
            s.followThrough.created,
            s.followThrough.reviewed,
            s.followThrough.doneByNextReview,
            s.followThrough.doneEventually,
            formatPercent(s.followThrough.rate),
          ]),
          [
            '**All shown retros**',
            totals.followThrough.created,
            totals.followThrough.reviewed,
            totals.followThrough.doneByNextReview,
            totals.followThrough.doneEventually,
            formatPercent(totals.followThrough.rate),
          ],
        ],
      )
    : null;

  const perRetro = any
    ? table(
        ['Retro', 'Kudos', 'Actions', 'Commitments', 'ROTI', 'ROTI answers'],
        sessions.map((s) => [
          retro(s),
          s.kudos,
          s.actionsCreated,
          s.commitmentsCreated,
          formatMean(s.roti.mean),
          s.roti.count,
        ]),
      )
    : null;

  const actions = report.open.filter((item) => item.kind === 'action');
  const commitments = report.open.filter((item) => item.kind === 'commitment');
  const openActions =
    actions.length === 0
      ? null
      : table(
          ['Action', 'Owner', 'Due', 'Practice', 'Status', 'From retro'],
          actions.map((a) => [
            cell(a.text),
            cell(a.owner),
            a.overdue ? `**${date(a.dueDate)} (overdue)**` : date(a.dueDate),
            a.practiceId ? practiceName(a.practiceId) : NO_VALUE,
            FOLLOW_UP_STATUS_LABELS[a.status],
            retro({ date: a.sessionDate, title: a.sessionTitle }),
          ]),
        );
  const openCommitments =
    commitments.length === 0
      ? null
      : table(
          ['Person', 'Commitment', 'Status', 'From retro'],
          commitments.map((c) => [
            cell(c.owner),
            cell(c.text),
            FOLLOW_UP_STATUS_LABELS[c.status],
            retro({ date: c.sessionDate, title: c.sessionTitle }),
          ]),
        );

  return `${[
    head,
    trendSection(report.insights),
    section('Key figures', figures, ''),
    section('Pulse trend (mean rating per retro, 1–5)', trend, 'No retros in this range.'),
    section(
      'Latest versus previous retro',
      comparison,
      'Two retros with pulse ratings are needed for a comparison.',
    ),
    section('Action follow-through', followThrough, 'No retros in this range.'),
    section('Kudos, actions and ROTI per retro', perRetro, 'No retros in this range.'),
    section('Open actions', openActions, 'No actions are open.'),
    section('Open commitments', openCommitments, 'No commitments are open.'),
    footer(report.generatedOn, report.anonymised ? PSEUDONYM_EXAMPLES.team : null),
  ].join('\n\n')}\n`;
}
