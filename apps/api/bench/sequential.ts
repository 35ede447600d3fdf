/**
 * What the sequential page benches share (meetings, projects): timing a call one after the other,
 * and printing each caller's p50/p99 beside the same SQL's and a baseline's, with the ratio.
 */
import { percentile } from "./http.ts";

/** `calls` sequential runs of `fn` after 100 of warm-up (JIT, plans, pool): each one's ms. */
export async function measureSequential(fn: () => Promise<unknown>, calls: number) {
  for (let i = 0; i < 100; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Prints the baseline, then each caller's figures beside its raw SQL's; returns the worst p99. */
export function reportSequential(
  procedure: string,
  baseline: readonly number[],
  rows: readonly (readonly [who: string, api: number[], rawSql: number[]])[],
) {
  const ms = (values: readonly number[], p: number) => percentile(values, p).toFixed(1);
  console.log(`  baseline auth.me  p50 ${ms(baseline, 50)} ms  p99 ${ms(baseline, 99)} ms`);
  let worst = 0;
  for (const [who, api, rawSql] of rows) {
    const p99 = percentile(api, 99);
    worst = Math.max(worst, p99);
    const ratio = (p: number) => (percentile(api, p) / percentile(rawSql, p)).toFixed(1);
    console.log(
      `  ${who.padEnd(16)} ${procedure} p50 ${ms(api, 50)} ms  p99 ${p99.toFixed(1)} ms   raw SQL p50 ${ms(rawSql, 50)} ms  p99 ${ms(rawSql, 99)} ms   ratio p50 ×${ratio(50)}, p99 ×${ratio(99)}`,
    );
  }
  return worst;
}
