import {
  CARD_KIND_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  formatDate,
  NO_VALUE,
  OUTCOME_LABELS,
  SESSION_STATUS_LABELS,
} from '@shared/format';
import { PRACTICES } from '@shared/practices';
import { sessionKeyFigures } from '@shared/report-figures';
import { PSEUDONYM_EXAMPLES, type SessionReport } from '@shared/reports';
import { ROTI_LABELS } from '@shared/stages';

import {
  cell,
  circleName,
  date,
  footer,
  inline,
  practiceName,
  ratingsRow,
  retro,
  section,
  table,
} from './markdown';

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
