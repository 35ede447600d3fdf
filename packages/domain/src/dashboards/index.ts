/** Dashboards: the classes saisines are counted in (delay distributions, backlog ageing). */
export {
  AGE_BUCKETS,
  type AgeBucketKey,
  ageBounds,
  DELAY_BUCKET_BOUNDS,
  DELAY_BUCKET_LABELS,
  delayBucketOf,
} from "./buckets.ts";
export {
  DELAY_OUTCOME_LABELS,
  DELAY_OUTCOMES,
  type DelayOutcome,
  PERIOD_EVENT_LABELS,
  PERIOD_EVENTS,
  type PeriodEvent,
} from "./drill-down.ts";
