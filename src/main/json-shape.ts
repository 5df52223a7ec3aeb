// One pass over JSON text before it is parsed: how deep its lists and objects nest and how many
// values it holds. Parsing builds every value, and deeply nested text can take seconds or
// exhaust the stack, so text over either limit is refused without parsing it.

export interface JsonLimits {
  depth: number;
  /** Counted as objects, lists and commas: about one per value. */
  values: number;
}

/** Which limit the text exceeds, or null when it fits both (or is not JSON at all). */
export function jsonOverLimit(text: string, limits: JsonLimits): 'depth' | 'values' | null {
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
      if (depth > limits.depth) return 'depth';
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    } else if (code === COMMA) {
      values += 1;
    }
    if (values > limits.values) return 'values';
  }
  return null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
