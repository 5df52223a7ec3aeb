// fast-check arbitraries derived from each contract method's input schema, through the JSON
// Schema zod produces for it: values of the right shape, mostly within the schema's limits and
// sometimes just past them, plus outright garbage. Fields named in `known` (ids of rows that
// exist in the workspace under test, a real export file) mostly take one of those values, so
// calls reach real rows instead of stopping at “not found”.
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

/**
 * Sample values per field name, e.g. `teamId` → the ids of the teams in the workspace; the
 * items of a list field are named with `[]` after it.
 */
export type Known = Readonly<Record<string, readonly unknown[]>>;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function text(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern === DATE_PATTERN) {
    return fc.oneof({ weight: 4, arbitrary: day }, fc.stringMatching(new RegExp(schema.pattern)));
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  // Long strings cost time without finding more: stay near the limit, now and then past it.
  const max = Math.min(schema.maxLength ?? 300, 300);
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: textUnit, minLength: min, maxLength: max }) },
    fc.string({ unit: 'grapheme-ascii', minLength: max + 1, maxLength: max + 3 }),
  );
}

function fromSchema(schema: JsonSchema, known: Known, key = ''): fc.Arbitrary<unknown> {
  const samples = Object.hasOwn(known, key) ? known[key] : undefined;
  const generated = generate(schema, known, key);
  if (!samples || samples.length === 0) return generated;
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...samples) }, generated);
}

/** A list of objects keyed by an enum `id` (a template's stages): each id once, any order. */
function eachOnce(items: JsonSchema, known: Known): fc.Arbitrary<unknown[]> | null {
  const ids = items.properties?.id?.enum;
  if (!ids) return null;
  return fc
    .shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })
    .chain((order) =>
      fc.tuple(
        ...order.map((id) =>
          fromSchema({ ...items, properties: { ...items.properties, id: { const: id } } }, known),
        ),
      ),
    );
}

function generate(schema: JsonSchema, known: Known, key: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => fromSchema(variant, known, key)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return text(schema);
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
        return fc.tuple(...schema.prefixItems.map((item) => fromSchema(item, known, key)));
      }
      // Items of a list named `cardIds` are known as `cardIds[]`.
      const item = schema.items ? fromSchema(schema.items, known, `${key}[]`) : fc.jsonValue();
      const list = fc.array(item, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 8, 8),
      });
      const once = schema.items ? eachOnce(schema.items, known) : null;
      return once ? fc.oneof({ weight: 3, arbitrary: once }, list) : list;
    }
    case 'object':
      return object(schema, known);
    default:
      return fc.jsonValue();
  }
}

function object(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  if (schema.propertyNames?.enum && typeof schema.additionalProperties === 'object') {
    // A record keyed by an enum (ratings per practice, prompts per practice).
    const value = fromSchema(schema.additionalProperties, known);
    const keys = schema.propertyNames.enum as string[];
    return fc.record(Object.fromEntries(keys.map((k) => [k, value])), {
      requiredKeys: schema.required?.filter((k) => keys.includes(k)) ?? [],
    });
  }
  const properties = schema.properties ?? {};
  return fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [
        name,
        fromSchema(property, known, name),
      ]),
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
export function inputsFor(schema: z.ZodType, known: Known): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const shaped = fromSchema(json, known);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: shaped.chain(corrupted) },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
}
