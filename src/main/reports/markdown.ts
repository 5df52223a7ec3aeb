import { CIRCLE_LABELS, formatDate, formatMean, NO_VALUE, retroName } from '@shared/format';
import { practiceById } from '@shared/practices';
import type { ReportRatings } from '@shared/reports';
import type { Circle } from '@shared/sessions';

// The parts of the session and team reports' Markdown (session-markdown.ts, team-markdown.ts):
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
export const cell = (text: string | null | undefined) => (text ? inline(text) : NO_VALUE);

export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const practiceName = (id: Parameters<typeof practiceById>[0]) => practiceById(id).shortName;
export const circleName = (id: Circle | null) => (id ? CIRCLE_LABELS[id] : NO_VALUE);
export const date = (iso: string | null) => (iso ? formatDate(iso) : NO_VALUE);
/** "19 May 2026 · Sprint 12", its title escaped. */
export const retro = (s: { date: string; title: string }) =>
  retroName({ ...s, title: inline(s.title) });

export function ratingsRow(label: string, ratings: ReportRatings): (string | number)[] {
  return [label, ...ratings.distribution, ratings.count, formatMean(ratings.mean)];
}

export function section(title: string, body: string | null, empty: string): string {
  return `## ${title}\n\n${body ?? `_${empty}_`}`;
}

export function footer(generatedOn: string, pseudonyms: string | null): string {
  const note = pseudonyms ? ` Names are replaced by pseudonyms (${pseudonyms}).` : '';
  return `---\n\n_Made with Threadline on ${formatDate(generatedOn)}.${note}_`;
}
