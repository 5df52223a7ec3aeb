import { invalidInput } from '@shared/errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  ExportDocumentSchema,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_LABEL,
} from '@shared/portability';
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

/**
 * Reads and checks an export file completely before anything is written: size, JSON syntax,
 * then everything `checkExportDocument` checks.
 */
export function readExportFile(text: string): ExportDocument {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    refuse(`it is larger than ${MAX_IMPORT_LABEL}, the most Threadline imports at once.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    refuse(`it is not valid JSON, so it may be cut off or damaged (${(error as Error).message}).`);
  }
  return checkExportDocument(raw);
}

/**
 * Checks a parsed export document: format and version, every field against the app's own
 * rules, characters, and that every reference inside it points at something in the same team
 * or session. Import writes only what passed here.
 */
export function checkExportDocument(raw: unknown): ExportDocument {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    refuse('it is not a Threadline export file.');
  }
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) refuse('it is not a Threadline export file.');
  if (version !== EXPORT_VERSION) {
    refuse(
      typeof version === 'number'
        ? `it uses export version ${version}, which this version of Threadline cannot read` +
            (version > EXPORT_VERSION ? '. Update Threadline, then import it again.' : '.')
        : 'it does not say which export version it uses.',
    );
  }
  const parsed = ExportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length === 0 ? '' : ` (${rest.length} more problems after this one.)`;
    refuse(`${where(first?.path as Path)}: ${first?.message}${more}`);
  }
  try {
    checkCharacters(parsed.data, []);
    checkReferences(parsed.data);
  } catch (error) {
    if (error instanceof FileProblem) refuse(`${where(error.path)}: ${error.message}`);
    throw error;
  }
  return parsed.data;
}

/** Tab and line breaks are text; other control characters and broken UTF-16 are not. */
function badCharacter(text: string): string | null {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return `It contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}), which text in Threadline cannot hold.`;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) return 'It contains a broken character.';
  }
  return null;
}

function checkCharacters(value: unknown, path: Path): void {
  if (typeof value === 'string') {
    const problem = badCharacter(value);
    if (problem) throw new FileProblem(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkCharacters(item, [...path, index]);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkCharacters(item, [...path, key]);
  }
}
