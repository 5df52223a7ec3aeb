// Small deterministic helpers: the sample is the same history on every load.

/** mulberry32: a small seeded PRNG, plenty for made-up data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `n` ratings from 1 to 5 whose mean is the target (to the nearest point total), with spread. */
export function ratingsAround(random: Random, target: number, n: number): number[] {
  const total = Math.round(target * n);
  const base = Math.floor(total / n);
  const scores = Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
  for (let nudge = 0; nudge < 2; nudge++) {
    const up = Math.floor(random() * n);
    const down = Math.floor(random() * n);
    const a = scores[up] ?? 0;
    const b = scores[down] ?? 0;
    if (up !== down && a < 5 && b > 1) {
      scores[up] = a + 1;
      scores[down] = b - 1;
    }
  }
  return shuffled(random, scores);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A moment during the retro, `minutes` after its 14:00 UTC start. */
export function at(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T14:00:00Z`) + minutes * 60_000).toISOString();
}

/** Cycles through a list, so texts repeat only after all of them were used. */
export function cycler<K extends string>() {
  const next = new Map<K, number>();
  return <T>(key: K, items: readonly T[]): T => {
    const index = next.get(key) ?? 0;
    next.set(key, index + 1);
    return items[index % items.length] as T;
  };
}
