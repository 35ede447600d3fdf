/**
 * A load of concurrent clients, as the benches run it: each client calls in a loop (after a
 * warm-up whose samples are dropped), with a person's think time between calls or none
 * (saturation); the samples, the errors, the calls per second and the CPU stolen meanwhile.
 */
import { cpuTimes, stealPercent } from "./saisines-common.ts";

export const WARMUP_SECONDS = 5;

export type Run = { samples: number[]; errors: number; perSecond: number; steal: number | null };

export async function runLoad(
  request: (client: number) => Promise<number>,
  options: { seconds: number; think: boolean; clients: number; label: string },
): Promise<Run> {
  const { seconds, think, clients, label } = options;
  const samples: number[] = [];
  let errors = 0;
  const start = performance.now();
  const warmEnd = start + WARMUP_SECONDS * 1000;
  const end = warmEnd + seconds * 1000;
  let measuredFrom: ReturnType<typeof cpuTimes> = null;
  const startMeasuring = setTimeout(() => {
    measuredFrom = cpuTimes();
  }, WARMUP_SECONDS * 1000);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      // Clients arrive spread over the first second, as people do.
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      while (performance.now() < end) {
        try {
          const ms = await request(client);
          if (performance.now() > warmEnd) samples.push(ms);
        } catch (error) {
          errors++;
          if (errors <= 3)
            console.error(`  ${label}: ${error instanceof Error ? error.message : error}`);
        }
        if (think) await new Promise((r) => setTimeout(r, 500 + Math.random() * 1000));
      }
    }),
  );
  clearTimeout(startMeasuring);
  return {
    samples,
    errors,
    perSecond: samples.length / seconds,
    steal: stealPercent(measuredFrom),
  };
}
