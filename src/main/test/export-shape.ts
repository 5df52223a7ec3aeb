// Compares export files by content: ids differ between workspaces, and so does the export time.

const KEY_FIELDS = new Set([
  'key',
  'memberKey',
  'participantKey',
  'groupKey',
  'cardKey',
  'actionKey',
  'commitmentKey',
]);

/** The document with ids replaced by their order of appearance and the export time removed. */
export function withoutIds(text: string): unknown {
  const labels = new Map<string, string>();
  const label = (key: string) => {
    if (!labels.has(key)) labels.set(key, `#${labels.size + 1}`);
    return labels.get(key);
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([field]) => field !== 'exportedAt')
        .map(([field, item]) => [
          field,
          KEY_FIELDS.has(field) && typeof item === 'string' ? label(item) : walk(item),
        ]),
    );
  };
  return walk(JSON.parse(text));
}
