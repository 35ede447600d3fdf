import { describe, expect, test } from "vitest";
import { AGE_BUCKETS, ageBounds, DELAY_BUCKET_LABELS, delayBucketOf } from "./buckets.ts";

describe("delayBucketOf", () => {
  test.each<[number, number]>([
    [0, 0],
    [30, 0],
    [31, 1],
    [60, 1],
    [240, 3],
    [241, 4],
    [2400, 6],
    [2401, 7],
    [100_000, 7],
  ])("%i business minutes → class %i", (minutes, bucket) => {
    expect(delayBucketOf(minutes)).toBe(bucket);
    expect(DELAY_BUCKET_LABELS[bucket]).toBeDefined();
  });
});

describe("ageBounds", () => {
  const now = new Date("2026-06-10T12:00:00Z");
  test.each(AGE_BUCKETS.map((b) => [b.key, b] as const))("%s", (_key, bucket) => {
    const { filedAfter, filedBefore } = ageBounds(bucket, now);
    expect(filedBefore.getTime()).toBe(now.getTime() - bucket.minDays * 86_400_000);
    expect(filedAfter?.getTime() ?? null).toBe(
      bucket.maxDays === null ? null : now.getTime() - bucket.maxDays * 86_400_000,
    );
  });

  test("the classes cover every age once", () => {
    for (let i = 1; i < AGE_BUCKETS.length; i++)
      expect(AGE_BUCKETS[i]?.minDays).toBe(AGE_BUCKETS[i - 1]?.maxDays);
  });
});
