/** What the benchmarks share: a seeded generator, calendar-day arithmetic for seeds, the median and a timer. */
import { performance } from 'node:perf_hooks';

/** A small deterministic generator so every run seeds the same data. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The calendar date `offset` days after `base` (YYYY-MM-DD), for seeding rows. */
export function day(base: string, offset: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** The median of the timings (the upper middle value for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds one call takes, awaited. */
export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
