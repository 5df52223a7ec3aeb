import { invalidInput } from '@shared/errors';
import { formatDecimal } from '@shared/format';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  ExportDocumentSchema,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
  READABLE_EXPORT_VERSIONS,
} from '@shared/portability';
import { FIRST_PROBLEM_ONLY } from '@shared/validation';
import type { z } from 'zod';
import { jsonOverLimit } from '../../json-shape';
import { checkReferences, FileProblem, type Path } from './references';

const where = (path: Path): string =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');

function refuse(detail: string): never {
  throw invalidInput(`This file cannot be imported: ${detail} Nothing was imported.`, 'document');
}

/** Deeper than any export nests (seven levels), shallow enough for any parser. */
export const MAX_IMPORT_DEPTH = 16;
/**
 * More values than an export of the size limit holds: counting each object, list and comma, a
 * real export spends some 25 bytes per value even written compactly, so 20 MB holds under a
 * million of them.
 */
export const MAX_IMPORT_VALUES = 2_000_000;

/**
 * Reads and checks an export file completely before anything is written: size, shape, JSON
 * syntax, then everything `checkExportDocument` checks. Every step stops at the first problem,
 * so a hostile file costs no more time or memory than a real one of its size.
 */
export function readExportFile(text: string): ExportDocument {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    refuse(`it is larger than ${MAX_IMPORT_LABEL}, the most Threadline imports at once.`);
  }
  checkShape(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    refuse(`it is not valid JSON, so it may be cut off or damaged (${(error as Error).message}).`);
  }
  return checkExportDocument(raw);
}

/** Refuses text nested deeper or holding more values than any export, before parsing it. */
function checkShape(text: string): void {
  const over = jsonOverLimit(text, { depth: MAX_IMPORT_DEPTH, values: MAX_IMPORT_VALUES });
  if (over === 'depth') {
    refuse(
      `it nests lists and objects more than ${MAX_IMPORT_DEPTH} levels deep, which no Threadline export does.`,
    );
  }
  if (over === 'values') {
    refuse(
      `it holds more than ${formatDecimal(MAX_IMPORT_VALUES, 0)} values, far more than a Threadline export of its size.`,
    );
  }
}

/**
 * Checks a parsed export document: format and version, every field against the app's own
 * rules, and that every reference inside it points at something in the same team or session.
 * Text is cleaned by the same rule as typed text (see shared/text.ts). Import writes only what
 * passed here.
 */
export function checkExportDocument(raw: unknown): ExportDocument {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    refuse('it is not a Threadline export file.');
  }
  const format = Object.hasOwn(raw, 'format') ? (raw as { format: unknown }).format : undefined;
  const version = Object.hasOwn(raw, 'version') ? (raw as { version: unknown }).version : undefined;
  if (format !== EXPORT_FORMAT) refuse('it is not a Threadline export file.');
  if (typeof version !== 'number' || !READABLE_EXPORT_VERSIONS.includes(version)) {
    refuse(
      typeof version === 'number'
        ? `it uses export version ${version}, which this version of Threadline cannot read` +
            (version > EXPORT_VERSION ? '. Update Threadline, then import it again.' : '.')
        : 'it does not say which export version it uses.',
    );
  }
  const parsed = ExportDocumentSchema.safeParse(raw, FIRST_PROBLEM_ONLY);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = (first?.path ?? []) as Path;
    refuse(path.length === 0 ? issueText(first) : `${where(path)}: ${issueText(first)}`);
  }
  try {
    checkNotes(parsed.data);
    checkReferences(parsed.data);
  } catch (error) {
    if (error instanceof FileProblem) refuse(`${where(error.path)}: ${error.message}`);
    throw error;
  }
  return parsed.data;
}

/** A file that says its facilitator notes were left out must hold none. */
function checkNotes(document: ExportDocument): void {
  if (document.facilitatorNotes !== 'left-out') return;
  document.teams.forEach((team, t) => {
    team.sessions.forEach((session, s) => {
      if (session.notes !== undefined) {
        throw new FileProblem(
          ['teams', t, 'sessions', s, 'notes'],
          'The file says facilitator notes were left out, yet this retro has some.',
        );
      }
    });
  });
}

/** The issue's message, naming at most a few unknown fields however many the file has. */
function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code !== 'unrecognized_keys') return issue?.message ?? 'It is not valid.';
  const shown = issue.keys.slice(0, 3).map((key) => JSON.stringify(key.slice(0, 40)));
  const more =
    issue.keys.length > shown.length ? ` and ${issue.keys.length - shown.length} more` : '';
  return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${shown.join(', ')}${more}.`;
}
