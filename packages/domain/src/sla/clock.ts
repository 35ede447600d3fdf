/**
 * A saisine's SLA clock as a list of state periods. Only 'running' periods count; 'paused' ones
 * are the time spent waiting for the commune or a third party. Each period names the calendar
 * version in force, so an amendment that changes support hours does not rewrite the past.
 */
import { z } from "zod";
import { frenchNumero } from "../text/typography.ts";
import { addBusinessMs, businessMsBetween, instantOf } from "./business-time.ts";
import type { Calendar } from "./calendar.ts";
import { type CompiledCalendar, compileCalendar } from "./day-openings.ts";
import { MINUTE_MS } from "./time-zone.ts";

export const clockSegmentSchema = z
  .strictObject({
    state: z.enum(["running", "paused"]),
    from: z.date(),
    /** null while the period is still going on; only the last period may be open. */
    to: z.date().nullable(),
    calendarVersion: z.string().min(1, { error: "Version de calendrier manquante." }),
  })
  .refine((segment) => segment.to === null || segment.to >= segment.from, {
    error: "La fin de la période précède son début.",
    path: ["to"],
  });

export type ClockSegment = z.infer<typeof clockSegmentSchema>;
export type ClockState = ClockSegment["state"];

/** One calendar for every period, or a lookup by the period's calendarVersion. */
export type CalendarSource = Calendar | ((calendarVersion: string) => Calendar);

export type ClockStatus = {
  /** Business minutes elapsed while running, up to `now`. */
  elapsed: number;
  target: number;
  ratio: number;
  /** ratio ≥ 0.75: time to warn the assignee. */
  warning: boolean;
  /** ratio ≥ 1: the target is missed. */
  breached: boolean;
};

type RunningPart = { calendar: CompiledCalendar; from: number; to: number };

function calendarLookup(source: CalendarSource): (version: string) => CompiledCalendar {
  if (typeof source !== "function") {
    const fixed = compileCalendar(source);
    return () => fixed;
  }
  const resolve = source;
  const compiled = new Map<string, CompiledCalendar>();
  return (version) => {
    let calendar = compiled.get(version);
    if (!calendar) {
      calendar = compileCalendar(resolve(version));
      compiled.set(version, calendar);
    }
    return calendar;
  };
}

function checkSegments(segments: readonly ClockSegment[]): void {
  segments.forEach((segment, index) => {
    const from = instantOf(segment.from, `Période ${frenchNumero(index + 1)}, début`);
    const to =
      segment.to === null ? null : instantOf(segment.to, `Période ${frenchNumero(index + 1)}, fin`);
    if (to !== null && to < from) {
      throw new RangeError(`Période ${frenchNumero(index + 1)} : la fin précède le début.`);
    }
    if (to === null && index < segments.length - 1) {
      throw new RangeError(
        `Période ${frenchNumero(index + 1)} : seule la dernière période peut rester ouverte.`,
      );
    }
    const next = segments[index + 1];
    if (next && to !== null && next.from.getTime() < to) {
      throw new RangeError(
        `Périodes ${frenchNumero(index + 1)} et ${frenchNumero(index + 2)} : elles doivent être triées et ne pas se chevaucher.`,
      );
    }
  });
}

function targetMsOf(targetMinutes: number): number {
  if (!Number.isFinite(targetMinutes) || targetMinutes <= 0) {
    throw new RangeError(
      `Objectif invalide (${targetMinutes}) : un nombre de minutes strictement positif est attendu.`,
    );
  }
  return Math.round(targetMinutes * MINUTE_MS);
}

/** Running periods cut at `now`: the clock as it stood at that instant. */
function runningParts(
  source: CalendarSource,
  segments: readonly ClockSegment[],
  nowMs: number,
): { parts: RunningPart[]; calendarOf: (version: string) => CompiledCalendar } {
  checkSegments(segments);
  const calendarOf = calendarLookup(source);
  const parts: RunningPart[] = [];
  for (const segment of segments) {
    if (segment.state !== "running") continue;
    const from = segment.from.getTime();
    const to = Math.min(segment.to?.getTime() ?? nowMs, nowMs);
    if (to > from) parts.push({ calendar: calendarOf(segment.calendarVersion), from, to });
  }
  return { parts, calendarOf };
}

function elapsedMs(parts: readonly RunningPart[]): number {
  return parts.reduce((sum, part) => sum + businessMsBetween(part.calendar, part.from, part.to), 0);
}

/** Business minutes counted by the clock up to `now`; periods after `now` do not count yet. */
export function elapsedBusinessMinutes(
  calendars: CalendarSource,
  segments: readonly ClockSegment[],
  now: Date,
): number {
  const { parts } = runningParts(calendars, segments, instantOf(now, "Maintenant"));
  return elapsedMs(parts) / MINUTE_MS;
}

/**
 * When the clock reaches `targetMinutes`. Already reached: the past instant it was (the breach
 * time). Not yet and running at `now`: the projection if it keeps running from now. Not yet and
 * paused or stopped at `now`: null, since nobody knows when it will resume.
 */
export function dueAt(
  calendars: CalendarSource,
  segments: readonly ClockSegment[],
  targetMinutes: number,
  now: Date,
): Date | null {
  const targetMs = targetMsOf(targetMinutes);
  const nowMs = instantOf(now, "Maintenant");
  const { parts, calendarOf } = runningParts(calendars, segments, nowMs);
  let counted = 0;
  for (const part of parts) {
    const partMs = businessMsBetween(part.calendar, part.from, part.to);
    if (counted + partMs >= targetMs) {
      return new Date(addBusinessMs(part.calendar, part.from, targetMs - counted));
    }
    counted += partMs;
  }
  const current = segments.find(
    (segment) =>
      segment.from.getTime() <= nowMs && (segment.to === null || nowMs < segment.to.getTime()),
  );
  if (current?.state !== "running") return null;
  return new Date(addBusinessMs(calendarOf(current.calendarVersion), nowMs, targetMs - counted));
}

export function clockStatus(
  calendars: CalendarSource,
  segments: readonly ClockSegment[],
  targetMinutes: number,
  now: Date,
): ClockStatus {
  const targetMs = targetMsOf(targetMinutes);
  const { parts } = runningParts(calendars, segments, instantOf(now, "Maintenant"));
  const elapsed = elapsedMs(parts);
  return {
    elapsed: elapsed / MINUTE_MS,
    target: targetMinutes,
    ratio: elapsed / targetMs,
    // Compared on integers: 0.75 × target must not slip through a rounding of the ratio.
    warning: elapsed * 4 >= targetMs * 3,
    breached: elapsed >= targetMs,
  };
}
