import { invalidInput } from '@shared/errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  ExportDocumentSchema,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
} from '@shared/portability';
import type { z } from 'zod';
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

/**
 * Counts nesting and values in one pass over the text, before it is parsed: deeply nested or
 * endlessly repeated structures are refused without building them.
 */
function checkShape(text: string): void {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      values += 1;
      if (depth > MAX_IMPORT_DEPTH) {
        refuse(
          `it nests lists and objects more than ${MAX_IMPORT_DEPTH} levels deep, which no Threadline export does.`,
        );
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    } else if (code === COMMA) {
      values += 1;
    }
    if (values > MAX_IMPORT_VALUES) {
      refuse(
        `it holds more than ${MAX_IMPORT_VALUES.toLocaleString('en')} values, far more than a Threadline export of its size.`,
      );
    }
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// Stop at the first problem: a file of a million broken items is refused after the first.
const FIRST_PROBLEM_ONLY: z.core.ParseContextInternal<z.core.$ZodIssue> = { abortEarly: true };

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
  if (version !== EXPORT_VERSION) {
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
    checkReferences(parsed.data);
  } catch (error) {
    if (error instanceof FileProblem) refuse(`${where(error.path)}: ${error.message}`);
    throw error;
  }
  return parsed.data;
}

/** The issue's message, naming at most a few unknown fields however many the file has. */
function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code !== 'unrecognized_keys') return issue?.message ?? 'It is not valid.';
  const shown = issue.keys.slice(0, 3).map((key) => JSON.stringify(key.slice(0, 40)));
  const more =
    issue.keys.length > shown.length ? ` and ${issue.keys.length - shown.length} more` : '';
  return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${shown.join(', ')}${more}.`;
}
