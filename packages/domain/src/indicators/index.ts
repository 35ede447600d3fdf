/** Indicators: what the contract's engagements are measured with, per commune and period. */
export { type DelayStatistics, delayStatistics, nearestRank } from "./delay-statistics.ts";
