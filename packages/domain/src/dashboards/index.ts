/** Dashboards: the classes saisines are counted in (delay distributions, backlog ageing). */
export {
  AGE_BUCKETS,
  type AgeBucketKey,
  ageBounds,
  DELAY_BUCKET_BOUNDS,
  DELAY_BUCKET_LABELS,
  delayBucketOf,
} from "./buckets.ts";
