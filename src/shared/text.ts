// The one rule for free text, used by every input schema and by the import alike, so whatever
// the app stores it can also export and import back.
//
// Characters that are not text are removed rather than refused: they are invisible, usually
// come from a paste, and nobody should have to hunt for them. That means control characters
// (U+0000–U+001F and U+007F) and lone UTF-16 surrogates, which SQLite would store as bytes other
// programs cannot read. Multi-line fields (notes, summaries, cards, commitments, kudos) keep tabs
// and line breaks; single-line fields (names, titles, prompts, owners) turn them into spaces.
import { z } from 'zod';

const BREAKS = /[\t\n\r]+/g;
// Control characters except tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for a field that may span lines: keeps tabs and line breaks, drops what is not text. */
export function cleanMultiLine(text: string): string {
  return text.replace(CONTROLS, '').replace(LONE_SURROGATES, '');
}

/** Text for a one-line field: tabs and line breaks become a space, the rest as `cleanMultiLine`. */
export function cleanSingleLine(text: string): string {
  return cleanMultiLine(text).replace(BREAKS, ' ');
}

interface TextRule {
  /** The field's name in messages, e.g. “The team name”. */
  what: string;
  max: number;
  /** Message for an empty value; when absent, an empty value is allowed. */
  empty?: string;
  /** Message for a value that is not a string. */
  notText?: string;
  /** Message for a value over `max`. */
  tooLong?: string;
}

function textSchema(clean: (text: string) => string, trim: boolean, rule: TextRule) {
  let schema = z.string({ error: rule.notText ?? `${rule.what} must be text.` }).overwrite(clean);
  if (trim) schema = schema.trim();
  if (rule.empty !== undefined) schema = schema.min(1, rule.empty);
  return schema.max(
    rule.max,
    rule.tooLong ?? `${rule.what} can be at most ${rule.max} characters.`,
  );
}

/** A one-line field, trimmed. */
export const singleLine = (rule: TextRule) => textSchema(cleanSingleLine, true, rule);

/** A field that may span lines, trimmed. */
export const multiLine = (rule: TextRule) => textSchema(cleanMultiLine, true, rule);

/** Free-form writing kept exactly as typed (facilitator notes, the summary): not trimmed. */
export const writing = (rule: TextRule) => textSchema(cleanMultiLine, false, rule);
