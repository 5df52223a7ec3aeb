// Export files built to hurt the importer: each is under the size limit and shaped like a
// Threadline export at the top, so only the checks inside can refuse it.
import { EXPORT_FORMAT, EXPORT_VERSION } from '@shared/portability';

const head = (version: unknown = EXPORT_VERSION) =>
  `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${JSON.stringify(version)},` +
  '"exportedAt":"2026-03-31T09:30:00.000Z","appVersion":"0.1.0",';

/** `count` empty objects in `teams`: 1.5 million make a 4.5 MB file. */
export function emptyTeams(count: number): string {
  return `${head()}"teams":[${'{},'.repeat(count - 1)}{}]}`;
}

/** `teams` holding one list nested `depth` levels deep: 5 million levels make 10 MB. */
export function nestedLists(depth: number): string {
  return `${head()}"teams":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** A single team with `count` identical, valid-looking members: every key clashes after one. */
export function repeatedMembers(count: number): string {
  const member = '{"key":"m","name":"Ana","position":0}';
  const team =
    '{"key":"t","name":"Hostile","createdAt":"2026-03-31T09:30:00.000Z","archivedAt":null,' +
    `"isSample":false,"template":null,"sessions":[],"members":[${`${member},`.repeat(count - 1)}${member}]}`;
  return `${head()}"teams":[${team}]}`;
}

/** One object with `count` unknown fields. */
export function unknownFields(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `"f${i}":0`).join(',');
  return `${head()}"teams":[],${fields}}`;
}

export const wrongVersion = (version: unknown) => `${head(version)}"teams":[]}`;

/** A minimal valid team, for files that differ from a good one in one place. */
export function team(key: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    key,
    name,
    createdAt: '2026-03-31T09:30:00.000Z',
    archivedAt: null,
    isSample: false,
    members: [],
    template: null,
    sessions: [],
    ...extra,
  };
}

export function fileWith(teams: unknown[]): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-03-31T09:30:00.000Z',
    appVersion: '0.1.0',
    teams,
  });
}
