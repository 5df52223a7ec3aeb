/** Replaces people's names in a report before it is shared. */
export interface Pseudonyms {
  /** A name field (owner, who, person): its pseudonym when known, else "Someone". */
  person(name: string): string;
  /** Free text with every known name, and every part of a longer name, replaced. */
  text(value: string): string;
}

export const SOMEONE = 'Someone';

/** The identity, for reports that keep names. */
export const KEEP_NAMES: Pseudonyms = { person: (name) => name, text: (value) => value };

const key = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('en');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const parts = (name: string) =>
  name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((part) => part.length >= 2);

/**
 * `people` are the known people in order of precedence (e.g. participants, then the team's other
 * members), each with their pseudonym. `otherNames` are names written in owner fields that match
 * nobody known: they become "Someone" wherever they appear.
 *
 * Matching ignores case and Unicode form and respects word edges in any script, so "Zoë's" loses
 * its name and "Anabel" is not taken for "Ana". A part of a longer name ("Ana" of "Ana Lopez")
 * counts as that person, as people are often written by first name only.
 */
export function pseudonyms(
  people: { name: string; pseudonym: string }[],
  otherNames: string[] = [],
): Pseudonyms {
  const full = new Map<string, string>();
  const partial = new Map<string, string>();
  for (const { name, pseudonym } of people) {
    if (key(name) && !full.has(key(name))) full.set(key(name), pseudonym);
  }
  for (const { name, pseudonym } of people) {
    for (const part of parts(name)) {
      if (!full.has(key(part)) && !partial.has(key(part))) partial.set(key(part), pseudonym);
    }
  }
  const replacements = new Map([...partial, ...full]);
  for (const name of otherNames) {
    if (key(name) && !replacements.has(key(name))) replacements.set(key(name), SOMEONE);
  }

  const alternatives = [...replacements.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  return {
    person: (name) => full.get(key(name)) ?? partial.get(key(name)) ?? SOMEONE,
    text: (value) =>
      pattern
        ? value
            .normalize('NFC')
            .replace(pattern, (match) => replacements.get(key(match)) ?? SOMEONE)
        : value,
  };
}
