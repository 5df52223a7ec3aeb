// fast-check arbitraries derived from each contract method's input schema, through the JSON
// Schema zod produces for it: values of the right shape, mostly within the schema's limits and
// sometimes just past them, plus outright garbage. Strings that name records (ids) are drawn
// from the ids that exist in the workspace under test, so calls reach real rows.
import fc from 'fast-check';
import { z } from 'zod';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

// Text as it arrives from people and programs, control characters and broken UTF-16 included.
const textUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  fc.constantFrom('\u0000', '\t', '\n', '\u007f', '\ud800', '\udc00', '"', '<', '\\', ' '),
);

function text(schema: JsonSchema, ids: readonly string[], key: string): fc.Arbitrary<string> {
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  // Long strings cost time without finding more: stay near the limit, now and then past it.
  const max = Math.min(schema.maxLength ?? 300, 300);
  const free = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: textUnit, minLength: min, maxLength: max }) },
    fc.string({ unit: 'grapheme-ascii', minLength: max + 1, maxLength: max + 3 }),
  );
  const namesRecord = /(^id$|Id$)/.test(key) || key === 'backupId';
  if (namesRecord && ids.length > 0) {
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, free);
  }
  return free;
}

function fromSchema(schema: JsonSchema, ids: readonly string[], key = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => fromSchema(variant, ids, key)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return text(schema, ids, key);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1000;
      const inRange = type === 'integer' ? fc.integer({ min, max }) : fc.double({ min, max });
      return fc.oneof(
        { weight: 8, arbitrary: inRange },
        fc.constantFrom(min - 1, max + 1, 0.5, -0, Number.MAX_SAFE_INTEGER),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems) {
        return fc.tuple(...schema.prefixItems.map((item) => fromSchema(item, ids, key)));
      }
      const item = schema.items ? fromSchema(schema.items, ids, key) : fc.jsonValue();
      return fc.array(item, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 8, 8),
      });
    }
    case 'object':
      return object(schema, ids);
    default:
      return fc.jsonValue();
  }
}

function object(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (schema.propertyNames?.enum && typeof schema.additionalProperties === 'object') {
    // A record keyed by an enum (ratings per practice, prompts per practice).
    const value = fromSchema(schema.additionalProperties, ids);
    const keys = schema.propertyNames.enum as string[];
    return fc.record(Object.fromEntries(keys.map((k) => [k, value])), {
      requiredKeys: schema.required?.filter((k) => keys.includes(k)) ?? [],
    });
  }
  const properties = schema.properties ?? {};
  return fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [name, fromSchema(property, ids, name)]),
    ),
    { requiredKeys: schema.required ?? [] },
  );
}

/** Replaces one field of an object (or the whole value) with any JSON value at all. */
function corrupted(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fc.jsonValue();
  const keys = Object.keys(value);
  if (keys.length === 0) return fc.jsonValue();
  return fc
    .tuple(fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), fc.constant(undefined)))
    .map(([key, replacement]) => ({ ...value, [key]: replacement }));
}

/** Inputs for a contract method: mostly schema-shaped, some corrupted, some anything at all. */
export function inputsFor(schema: z.ZodType, ids: readonly string[]): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const shaped = fromSchema(json, ids);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: shaped.chain(corrupted) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
}
