// Statistics and printing for the benchmark: figures are medians over runs, never pass/fail.

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear interpolation between the closest ranks, as spreadsheets do. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** Milliseconds for a table cell: two decimals below 1, one below 10, whole numbers above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(2)} ms`;
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en')} ms`;
}

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** Times `run` `rounds` times after one warm-up call; returns each round's milliseconds. */
export function timeRounds(rounds: number, run: () => void): number[] {
  run();
  return Array.from({ length: rounds }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
}

/** Milliseconds per call of `run`, timed in batches of `batch` calls (for calls of microseconds). */
export function perCall(rounds: number, batch: number, run: (index: number) => void): number {
  let index = 0;
  const times = timeRounds(rounds, () => {
    for (let n = 0; n < batch; n++) run(index++);
  });
  return median(times) / batch;
}
