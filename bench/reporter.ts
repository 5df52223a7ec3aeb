import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints what the benchmark prints, each section's name and time, and failures in full. */
export default class BenchReporter implements Reporter {
  onTestBegin(test: TestCase): void {
    process.stdout.write(`\n${test.title}…\n`);
  }

  onStdOut(chunk: string | Buffer): void {
    process.stdout.write(chunk);
  }

  onStdErr(chunk: string | Buffer): void {
    process.stderr.write(chunk);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const seconds = Math.round(result.duration / 1000);
    if (result.status === 'passed') {
      process.stdout.write(`${test.title}: done in ${seconds} s\n`);
      return;
    }
    process.stdout.write(`${test.title}: ${result.status} after ${seconds} s\n`);
    for (const error of result.errors) process.stdout.write(`${error.stack ?? error.message}\n`);
  }

  onEnd(result: FullResult): void {
    process.stdout.write(
      `\nBenchmark ${result.status} in ${Math.round(result.duration / 1000)} s\n`,
    );
  }
}
