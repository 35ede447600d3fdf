/**
 * The filters a dashboard's count opens the lists with (docs/adr/0013): the period a saisine was
 * filed, handled, resolved or closed in (Paris days), its application, channel, first-contact
 * resolution, a delay of the contract (which indicator's saisines, within or beyond the target
 * recorded on each, its class) and the age of an open saisine. Each condition is the one the
 * monthly counts (`saisine_stats`, migration indicators_security) are kept with, so a dashboard's
 * figure and the list it opens agree — tested.
 */
import {
  AGE_BUCKETS,
  type AgeBucketKey,
  ageBounds,
  DELAY_BUCKET_BOUNDS,
  type DelayMeasure,
  type DelayOutcome,
  type DelayScope,
  type PeriodEvent,
  parsePeriodKey,
  periodInstants,
  type SaisineChannel,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { type Column, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from "drizzle-orm";

const { saisines } = schema;

export type DrillDownFilters = {
  period?: { on: PeriodEvent; key: string } | undefined;
  application?: string | undefined;
  channels?: SaisineChannel[] | undefined;
  firstContactResolution?: boolean | undefined;
  delay?:
    | {
        measure: DelayMeasure;
        scope?: DelayScope | undefined;
        outcome?: DelayOutcome | undefined;
        delayClass?: number | undefined;
      }
    | undefined;
  age?: AgeBucketKey | undefined;
};

const EVENT_COLUMNS: Record<PeriodEvent, Column> = {
  filed: saisines.createdAt,
  handled: saisines.handledAt,
  resolved: saisines.resolvedAt,
  closed: saisines.closedAt,
};

const infrastructure = sql`(${saisines.type} = 'incident' and ${saisines.subDomain} = 'D')`;

function delayConditions(delay: NonNullable<DrillDownFilters["delay"]>): SQL[] {
  const handling = delay.measure === "handling";
  const minutes = handling ? saisines.handlingMinutes : saisines.resolutionMinutes;
  const target = handling ? saisines.handlingTargetMinutes : saisines.resolutionTargetMinutes;
  const where: SQL[] = [
    isNotNull(handling ? saisines.handledAt : saisines.resolvedAt),
    isNotNull(minutes),
    // Exceptional saisines are out of the contract's delays; only incidents have a resolution one.
    ne(saisines.nature, "exceptionnelle"),
  ];
  if (!handling) where.push(eq(saisines.type, "incident"));
  if (delay.scope === "infrastructure") where.push(infrastructure);
  if (delay.scope === "general") where.push(sql`not ${infrastructure}`);
  if (delay.outcome === "met") where.push(sql`${minutes} <= ${target}`);
  if (delay.outcome === "missed") where.push(sql`${minutes} > ${target}`);
  if (delay.outcome === "untargeted") where.push(isNull(target));
  if (delay.delayClass !== undefined) {
    const low = DELAY_BUCKET_BOUNDS[delay.delayClass - 1];
    const high = DELAY_BUCKET_BOUNDS[delay.delayClass];
    if (low !== undefined) where.push(sql`${minutes} > ${low}`);
    if (high !== undefined) where.push(sql`${minutes} <= ${high}`);
  }
  return where;
}

export function drillDownConditions(f: DrillDownFilters, now: Date): SQL[] {
  const where: SQL[] = [];
  const period = f.period ? parsePeriodKey(f.period.key) : null;
  if (f.period && period) {
    const { start, end } = periodInstants(period);
    const column = EVENT_COLUMNS[f.period.on];
    where.push(
      sql`${column} >= ${start.toISOString()}::timestamptz`,
      sql`${column} < ${end.toISOString()}::timestamptz`,
    );
  }
  if (f.application) where.push(eq(saisines.application, f.application));
  if (f.channels?.length) where.push(inArray(saisines.channel, f.channels));
  if (f.firstContactResolution !== undefined)
    where.push(eq(saisines.firstContactResolution, f.firstContactResolution));
  if (f.delay) where.push(...delayConditions(f.delay));
  const bucket = AGE_BUCKETS.find((b) => b.key === f.age);
  if (bucket) {
    const { filedAfter, filedBefore } = ageBounds(bucket, now);
    where.push(
      eq(saisines.isOpen, true),
      sql`${saisines.createdAt} <= ${filedBefore.toISOString()}::timestamptz`,
    );
    if (filedAfter)
      where.push(sql`${saisines.createdAt} > ${filedAfter.toISOString()}::timestamptz`);
  }
  return where;
}
