import {
  CARD_KIND_LABELS,
  CIRCLE_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  formatDecimal,
  OUTCOME_LABELS,
  SESSION_STATUS_LABELS,
} from '@shared/format';
import { formatFigure, INSIGHT_LEVEL_LABELS, type TeamInsights } from '@shared/insights';
import { PRACTICES, type PracticeId, practiceById } from '@shared/practices';
import type { ReportRatings, SessionReport, TeamReport } from '@shared/reports';
import type { Circle } from '@shared/sessions';
import { stringify } from 'csv-stringify/sync';

// One CSV per report: every row names its section, so a spreadsheet filter on the first column
// gives the ratings, the cards or the actions. RFC 4180 (quoted where needed, CRLF line ends)
// through csv-stringify, UTF-8 with a byte order mark so spreadsheet programs detect the encoding.

export const CSV_COLUMNS = [
  'Section',
  'Retro date',
  'Retro',
  'Practice',
  'Kind',
  'Text',
  'Group',
  'Person',
  'Due date',
  'Status',
  'Circle',
  'Note',
  'Dots',
  '1',
  '2',
  '3',
  '4',
  '5',
  'Count',
  'Mean',
  'Share',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/**
 * Text a person typed, made safe for spreadsheets: a cell starting with = + - @ or a control
 * character would run as a formula in Excel and LibreOffice, so it gets a leading apostrophe.
 */
export function userText(text: string | null | undefined): string {
  if (!text) return '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const practiceName = (id: PracticeId | null) => (id ? practiceById(id).name : '');
const circleName = (id: Circle | null) => (id ? CIRCLE_LABELS[id] : '');
/** Two decimals by the app's rounding rule, blank where there is no value. */
const decimal = (value: number | null) => (value === null ? '' : formatDecimal(value, 2));

function ratings(value: ReportRatings): Row {
  const [d1, d2, d3, d4, d5] = value.distribution;
  return {
    '1': d1,
    '2': d2,
    '3': d3,
    '4': d4,
    '5': d5,
    Count: value.count,
    Mean: decimal(value.mean),
  };
}

function toCsv(rows: Row[]): string {
  return stringify(
    [[...CSV_COLUMNS], ...rows.map((row) => CSV_COLUMNS.map((column) => row[column] ?? ''))],
    { bom: true, record_delimiter: 'windows' },
  );
}

export function sessionCsv(report: SessionReport): string {
  const { session } = report;
  const retro: Row = { 'Retro date': session.date, Retro: userText(session.title) };
  const rows: Row[] = [
    {
      Section: 'Retro',
      ...retro,
      Text: userText(report.team.name),
      Kind: 'Team',
      Person: report.participants.names.map(userText).join('; '),
      Status: SESSION_STATUS_LABELS[session.status],
      Count: report.participants.count,
    },
    ...report.pulse.map((p) => ({
      Section: 'Pulse',
      ...retro,
      Practice: practiceName(p.practiceId),
      ...ratings(p),
    })),
    ...report.cards.map((card) => ({
      Section: 'Card',
      ...retro,
      Practice: practiceName(card.practiceId),
      Kind: CARD_KIND_LABELS[card.kind],
      Text: userText(card.text),
      Group: userText(card.group),
      Dots: card.dots,
    })),
    ...report.items.map((item) => ({
      Section: 'Vote item',
      ...retro,
      Practice: item.practiceIds.map(practiceName).join('; '),
      Kind: item.ref.kind === 'group' ? 'Group' : 'Card',
      Text: userText(item.title),
      Circle: circleName(item.circle),
      Dots: item.dots,
      Count: item.cardCount,
    })),
    ...report.kudos.map((k) => ({
      Section: 'Kudos',
      ...retro,
      Kind: OUTCOME_LABELS[k.outcome],
      Text: userText(k.act),
      Person: userText(k.who),
    })),
    ...report.actions.map((a) => ({
      Section: 'Action',
      ...retro,
      Practice: practiceName(a.practiceId),
      Text: userText(a.title),
      Person: userText(a.owner),
      'Due date': a.dueDate,
      Status: FOLLOW_UP_STATUS_LABELS[a.status],
      Circle: circleName(a.circle),
    })),
    ...report.commitments.map((c) => ({
      Section: 'Commitment',
      ...retro,
      Text: userText(c.text),
      Person: userText(c.person),
      Status: FOLLOW_UP_STATUS_LABELS[c.status],
    })),
    // Reviewed items belong to the earlier retro that agreed them.
    ...report.review.map((r) => ({
      Section: 'Review',
      'Retro date': r.fromSessionDate,
      Retro: userText(r.fromSessionTitle),
      Kind: r.kind === 'action' ? 'Action' : 'Commitment',
      Text: userText(r.text),
      Person: userText(r.owner),
      Status: r.review ? FOLLOW_UP_STATUS_LABELS[r.review.status] : 'Not reviewed',
      Note: userText(r.review?.note),
    })),
    { Section: 'ROTI', ...retro, ...ratings(report.roti) },
  ];
  if (report.summary.trim()) {
    rows.push({ Section: 'Summary', ...retro, Text: userText(report.summary.trim()) });
  }
  return toCsv(rows);
}

/** One row per insight, dated by the newest retro it rests on; its numbers in the note. */
function insightRows(trend: TeamInsights): Row[] {
  return trend.insights.map((item) => {
    const latest = item.sessions.at(-1);
    return {
      Section: 'Insight',
      'Retro date': latest?.date,
      Retro: userText(latest?.title),
      Practice: practiceName(item.practiceId),
      Kind: INSIGHT_LEVEL_LABELS[item.level],
      Text: userText(item.sentence),
      Note: item.figures.map((f) => `${f.label}: ${formatFigure(f)}`).join('; '),
    };
  });
}

export function teamCsv(report: TeamReport): string {
  const rows: Row[] = insightRows(report.insights);
  const perRetro: Row[] = report.dashboard.sessions.flatMap((s): Row[] => {
    const retro: Row = { 'Retro date': s.date, Retro: userText(s.title) };
    const f = s.followThrough;
    return [
      {
        Section: 'Retro',
        ...retro,
        Text: userText(report.dashboard.team.name),
        Kind: 'Team',
        Status: SESSION_STATUS_LABELS[s.status],
        Count: s.participants,
      },
      ...PRACTICES.map((practice) => {
        const stats = s.pulse.find((p) => p.practiceId === practice.id);
        return {
          Section: 'Pulse',
          ...retro,
          Practice: practice.name,
          ...(stats ? ratings(stats) : {}),
        };
      }),
      { Section: 'ROTI', ...retro, ...ratings(s.roti) },
      { Section: 'Kudos', ...retro, Count: s.kudos },
      {
        Section: 'Follow-through',
        ...retro,
        Count: f.created,
        Note: `${f.reviewed} reviewed later, ${f.doneByNextReview} done by the next review, ${f.doneEventually} done eventually`,
        Share: decimal(f.rate),
      },
    ];
  });
  rows.push(...perRetro);
  for (const item of report.open) {
    rows.push({
      Section: item.kind === 'action' ? 'Open action' : 'Open commitment',
      'Retro date': item.sessionDate,
      Retro: userText(item.sessionTitle),
      Practice: practiceName(item.practiceId),
      Text: userText(item.text),
      Person: userText(item.owner),
      'Due date': item.dueDate,
      Status: FOLLOW_UP_STATUS_LABELS[item.status],
      Note: item.overdue ? 'Overdue' : '',
    });
  }
  return toCsv(rows);
}
