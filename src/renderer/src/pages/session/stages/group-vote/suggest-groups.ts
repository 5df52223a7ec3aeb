// Suggested groups: cards that share words. The rule is simple enough to say on screen: two or
// more loose cards that use the same word (not a common one like "the" or "team", and counting
// "release" and "releases" as one) are offered as a group, named by the words they share.

/** Common English words, and words every retro card uses, that say nothing about the topic. */
const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any are as at be because been before being both but ' +
    'by can could did do does doing done down during each even ever every few for from get gets ' +
    'got had has have having he her here hers him his how i if in into is it its just lot lots ' +
    'made make makes many me more most much my no not now of off often on once one only or other ' +
    'our ours out over own really same she should so some still such than that the their them ' +
    'then there these they thing things this those through to too under until up us very was we ' +
    'well were what when where which while who whom why will with would you your ' +
    'people person team teams time week weeks work worked working ' +
    'ask asked bad better felt feel get going good help helped keep kept know knew last late ' +
    'need needed new next nobody said say take took tell told think thought try tried use used ' +
    'want wanted went'
  ).split(' '),
);

/** A word's stem: lower case, a plural or possessive "s" dropped, so forms of a word meet. */
function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

/** The words of a text that can tie it to another: stem → the word as first written. */
export function keyWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const key = stem(word);
    if (key.length < 3 || STOP_WORDS.has(key) || STOP_WORDS.has(word.toLowerCase())) continue;
    if (!words.has(key)) words.set(key, word.replace(/['’]s$/, ''));
  }
  return words;
}

export interface Suggestion {
  cardIds: string[];
  /** The words every card of the suggestion uses, as the first card writes them. */
  words: string[];
  /** A title made of those words, e.g. "Release dates". */
  title: string;
}

/**
 * Groups to suggest among loose cards, biggest first: for each shared word (the most widely
 * shared first), the cards not yet suggested that use it. A card is in one suggestion at most.
 */
export function suggestGroups(cards: readonly { id: string; text: string }[]): Suggestion[] {
  const words = new Map(cards.map((card) => [card.id, keyWords(card.text)]));
  const users = new Map<string, string[]>();
  for (const card of cards) {
    for (const key of words.get(card.id)?.keys() ?? []) {
      users.set(key, [...(users.get(key) ?? []), card.id]);
    }
  }
  const shared = [...users.entries()]
    .filter(([, ids]) => ids.length >= 2)
    .sort((a, b) => b[1].length - a[1].length);

  const taken = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const [, ids] of shared) {
    const cardIds = ids.filter((id) => !taken.has(id));
    if (cardIds.length < 2) continue;
    const first = words.get(cardIds[0] as string) ?? new Map<string, string>();
    const common = [...first.keys()].filter((key) =>
      cardIds.every((id) => words.get(id)?.has(key)),
    );
    const spelled = common.map((key) => first.get(key) ?? key);
    for (const id of cardIds) taken.add(id);
    suggestions.push({ cardIds, words: spelled, title: titleOf(spelled) });
  }
  return suggestions.sort((a, b) => b.cardIds.length - a.cardIds.length);
}

function titleOf(words: string[]): string {
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A title for two cards dropped together: their shared words, or the first card's opening. */
export function titleForPair(target: string, dropped: string): string {
  const [suggestion] = suggestGroups([
    { id: 'target', text: target },
    { id: 'dropped', text: dropped },
  ]);
  if (suggestion) return suggestion.title;
  const words = target.split(/\s+/);
  return words.length <= 8 ? target : `${words.slice(0, 8).join(' ')}…`;
}
