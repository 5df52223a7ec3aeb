import {
  CARD_KIND_LABELS,
  CIRCLE_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  formatChange,
  formatDate,
  formatMean,
  formatPercent,
  NO_VALUE,
  OUTCOME_LABELS,
  pluralWord,
  retroName,
  SESSION_STATUS_LABELS,
} from '@shared/format';
import { INSIGHT_LEVEL_LABELS, type TeamInsights } from '@shared/insights';
import { PRACTICES, practiceById } from '@shared/practices';
import {
  PSEUDONYM_EXAMPLES,
  type ReportRatings,
  type SessionReport,
  sessionKeyFigures,
  type TeamReport,
  teamKeyFigures,
  teamReportRange,
  teamReportSpan,
} from '@shared/reports';
import type { Circle } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';

// Markdown that pastes cleanly into wikis: ATX headings, pipe tables, plain lists. Every piece of
// user text goes through `inline`, so a card can never open a table cell, a link, a heading or
// raw HTML.

/** Escapes what Markdown would read as syntax; newlines become <br> (the one safe break in tables). */
export function inline(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
        .replace(/&(?=#?\w+;)/g, '\\&')
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('<br>');
}

/** The text or a dash, escaped: for table cells. */
const cell = (text: string | null | undefined) => (text ? inline(text) : NO_VALUE);

function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const practiceName = (id: Parameters<typeof practiceById>[0]) => practiceById(id).shortName;
const circleName = (id: Circle | null) => (id ? CIRCLE_LABELS[id] : NO_VALUE);
const date = (iso: string | null) => (iso ? formatDate(iso) : NO_VALUE);
/** "19 May 2026 · Sprint 12", its title escaped. */
const retro = (s: { date: string; title: string }) => retroName({ ...s, title: inline(s.title) });

function ratingsRow(label: string, ratings: ReportRatings): (string | number)[] {
  return [label, ...ratings.distribution, ratings.count, formatMean(ratings.mean)];
}

function section(title: string, body: string | null, empty: string): string {
  return `## ${title}\n\n${body ?? `_${empty}_`}`;
}

function footer(generatedOn: string, pseudonyms: string | null): string {
  const note = pseudonyms ? ` Names are replaced by pseudonyms (${pseudonyms}).` : '';
  return `---\n\n_Made with Threadline on ${formatDate(generatedOn)}.${note}_`;
}

// ---------- Session ----------

export function sessionMarkdown(report: SessionReport): string {
  const { session, participants } = report;
  const people =
    participants.names.length > 0
      ? `${participants.count} (${participants.names.map(inline).join(', ')})`
      : String(participants.count);
  const head = [
    `# Retro report: ${inline(session.title)}`,
    [
      `**Team:** ${inline(report.team.name)}`,
      `**Date:** ${formatDate(session.date)}`,
      `**Status:** ${SESSION_STATUS_LABELS[session.status]}`,
      `**Participants:** ${people}`,
    ].join('  \n'),
  ].join('\n\n');

  const figures = table(
    ['Measure', 'Value'],
    sessionKeyFigures(report).map((figure) => [figure.label, figure.value]),
  );

  const rated = report.pulse.some((p) => p.count > 0);
  const pulse = rated
    ? table(
        ['Practice', '1', '2', '3', '4', '5', 'Ratings', 'Mean'],
        report.pulse.map((p) => ratingsRow(practiceName(p.practiceId), p)),
      )
    : null;

  const cards =
    report.cards.length === 0
      ? null
      : PRACTICES.flatMap((practice) => {
          const ofPractice = report.cards.filter((card) => card.practiceId === practice.id);
          if (ofPractice.length === 0) return [];
          return [
            `### ${practice.name}\n\n${table(
              ['Kind', 'Card', 'Group', 'Dots'],
              ofPractice.map((card) => [
                CARD_KIND_LABELS[card.kind],
                cell(card.text),
                cell(card.group),
                card.dots,
              ]),
            )}`,
          ];
        }).join('\n\n');

  const voted = report.items.filter((item) => item.dots > 0);
  const items =
    voted.length === 0
      ? null
      : table(
          ['Item', 'Practices', 'Cards', 'Dots', 'Sorted as'],
          voted.map((item) => [
            cell(item.title),
            item.practiceIds.map(practiceName).join(', ') || NO_VALUE,
            item.cardCount,
            item.dots,
            circleName(item.circle),
          ]),
        );

  const kudos =
    report.kudos.length === 0
      ? null
      : table(
          ['What they did', 'Who', 'How it turned out'],
          report.kudos.map((k) => [cell(k.act), cell(k.who), OUTCOME_LABELS[k.outcome]]),
        );

  const actions =
    report.actions.length === 0
      ? null
      : table(
          ['Action', 'Owner', 'Due', 'Practice', 'Circle', 'Status'],
          report.actions.map((a) => [
            cell(a.title),
            cell(a.owner),
            date(a.dueDate),
            practiceName(a.practiceId),
            circleName(a.circle),
            FOLLOW_UP_STATUS_LABELS[a.status],
          ]),
        );

  const commitments =
    report.commitments.length === 0
      ? null
      : table(
          ['Person', 'Commitment', 'Status'],
          report.commitments.map((c) => [
            cell(c.person),
            cell(c.text),
            FOLLOW_UP_STATUS_LABELS[c.status],
          ]),
        );

  const review =
    report.review.length === 0
      ? null
      : table(
          ['Kind', 'Item', 'Owner', 'From', 'Verdict', 'Note'],
          report.review.map((r) => [
            r.kind === 'action' ? 'Action' : 'Commitment',
            cell(r.text),
            cell(r.owner),
            retro({ date: r.fromSessionDate, title: r.fromSessionTitle }),
            r.review ? FOLLOW_UP_STATUS_LABELS[r.review.status] : 'Not reviewed',
            cell(r.review?.note),
          ]),
        );

  const roti =
    report.roti.count === 0
      ? null
      : `${table(
          ['', '1', '2', '3', '4', '5', 'Answers', 'Mean'],
          [ratingsRow('Return on time invested', report.roti)],
        )}\n\n_1 = ${ROTI_LABELS[0]}, 5 = ${ROTI_LABELS[4]}._`;

  const summary = report.summary.trim()
    ? report.summary
        .replace(/\r\n?/g, '\n')
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.split('\n').map(inline).join('\n'))
        .join('\n\n')
    : null;

  return `${[
    head,
    section('Key figures', figures, ''),
    section('Pulse', pulse, 'No pulse ratings were recorded.'),
    section('Cards', cards, 'No cards were written.'),
    section('Votes', items, 'No dots were placed.'),
    section('Kudos', kudos, 'No kudos were given.'),
    section('Actions', actions, 'No actions were agreed.'),
    section('Commitments', commitments, 'No commitments were made.'),
    section(
      'Review of earlier actions and commitments',
      review,
      'Nothing was open from earlier retros.',
    ),
    section('ROTI', roti, 'Nobody rated the return on time invested.'),
    section('Facilitator summary', summary, 'No summary was written.'),
    footer(report.generatedOn, report.anonymised ? PSEUDONYM_EXAMPLES.session : null),
  ].join('\n\n')}\n`;
}

// ---------- Team ----------

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
