/**
 * The calendar of what is due: for one body and one year, the periods in which a meeting must be
 * held and how many; then, against the meetings planned and held, each period's state and the
 * year's « tenus sur dus ». A period is due in the year its last day falls in (its deadline): the
 * quarter from November to January is one period, due in January — counted once, not once in
 * each year it overlaps.
 */
import { addDays, addMonths, earlierDay, laterDay } from "../time/paris.ts";
import { type BodyDefinition, bodyKey, type Cadence } from "./bodies.ts";
import { followUpPeriods, type MeetingPeriod, yearBounds } from "./periods.ts";

export type DueSlot = MeetingPeriod & {
  key: string;
  /** How many meetings this period needs (two a year with the mayors). */
  required: number;
};

/** The contract's span: its first day and, once ended, its first day no longer bound. */
export type ContractSpan = { start: string; end: string | null };

const dueInYear = (p: MeetingPeriod, bounds: MeetingPeriod) =>
  p.end > bounds.start && p.end <= bounds.end;

/** Consecutive periods of `months` calendar months from the start's month (the first from the day). */
function monthPeriods(start: string, months: number, until: string): MeetingPeriod[] {
  const first = `${start.slice(0, 7)}-01`;
  const out: MeetingPeriod[] = [];
  for (let offset = 0; ; offset += months) {
    const from = offset === 0 ? start : addMonths(first, offset);
    if (from >= until) return out;
    out.push({ start: from, end: addMonths(first, offset + months) });
  }
}

function dayPeriods(start: string, days: number, until: string): MeetingPeriod[] {
  const out: MeetingPeriod[] = [];
  for (let from = start; from < until; from = addDays(from, days))
    out.push({ start: from, end: addDays(from, days) });
  return out;
}

type Counted = MeetingPeriod & { required: number };

/** The periods of a cadence that overlap `year`, with the meetings each needs. */
function periodsOf(cadence: Cadence, span: ContractSpan, year: number): Counted[] {
  const bounds = yearBounds(year);
  switch (cadence.kind) {
    case "none":
      return [];
    case "once":
      return [{ start: span.start, end: addMonths(span.start, 1), required: 1 }];
    case "follow-up":
      return once(followUpPeriods(span.start, bounds.start, bounds.end));
    case "every-months":
      return once(monthPeriods(span.start, cadence.months, bounds.end));
    case "every-days":
      return once(dayPeriods(span.start, cadence.days, bounds.end));
    case "per-year": {
      const start = laterDay(span.start, bounds.start);
      if (start >= bounds.end) return [];
      // A first year of less than six months owes half (rounded up): a contract signed in
      // November does not owe two meetings with the mayors before 31 December.
      const short = addMonths(start, 6) > bounds.end;
      const required = short ? Math.ceil(cadence.count / 2) : cadence.count;
      return [{ start, end: bounds.end, required }];
    }
  }
}

const once = (periods: MeetingPeriod[]): Counted[] => periods.map((p) => ({ ...p, required: 1 }));

/** The periods of `year` (by deadline) in which `body` must meet, inside the contract's span. */
export function dueSlots(body: BodyDefinition, span: ContractSpan, year: number): DueSlot[] {
  const bounds = yearBounds(year);
  const key = bodyKey(body);
  return periodsOf(body.cadence, span, year)
    .filter((p) => span.end === null || p.start < span.end)
    .map((p) => ({ ...p, key, end: span.end === null ? p.end : earlierDay(p.end, span.end) }))
    .filter((p) => dueInYear(p, bounds));
}

export const SLOT_STATES = ["tenue", "planifiee", "a-planifier", "a-venir", "en-retard"] as const;
export type SlotState = (typeof SLOT_STATES)[number];
export const SLOT_STATE_LABELS: Record<SlotState, string> = {
  tenue: "Tenue",
  planifiee: "Planifiée",
  "a-planifier": "À planifier",
  "a-venir": "À venir",
  "en-retard": "En retard",
};

/** A meeting as the calendar counts it: its body's key, its Paris day, held or only planned. */
export type CountedMeeting = { id: string; key: string; day: string; held: boolean };

export type SlotTally = DueSlot & {
  held: number;
  planned: number;
  meetingIds: string[];
  state: SlotState;
};

/**
 * Each period against the meetings of its body held or planned inside it: held when enough were
 * held; late once its last day is past without them; planned when the meetings planned make up
 * the count; to plan when it has begun; to come otherwise.
 */
export function tallySlots(
  slots: readonly DueSlot[],
  meetings: readonly CountedMeeting[],
  today: string,
): SlotTally[] {
  return slots.map((slot) => {
    const inside = meetings.filter(
      (m) => m.key === slot.key && m.day >= slot.start && m.day < slot.end,
    );
    const held = inside.filter((m) => m.held).length;
    const planned = inside.length - held;
    const state: SlotState =
      held >= slot.required
        ? "tenue"
        : slot.end <= today
          ? "en-retard"
          : held + planned >= slot.required
            ? "planifiee"
            : slot.start <= today
              ? "a-planifier"
              : "a-venir";
    return { ...slot, held, planned, meetingIds: inside.map((m) => m.id), state };
  });
}

/** The year's count for a body: meetings due, and those held that count (no more than due per period). */
export function dueAndHeld(tallies: readonly SlotTally[]) {
  return tallies.reduce(
    (sum, t) => ({
      due: sum.due + t.required,
      held: sum.held + Math.min(t.held, t.required),
    }),
    { due: 0, held: 0 },
  );
}

/** The first period still open to a meeting (begun or to come, not yet covered), if any. */
export function nextDueSlot(tallies: readonly SlotTally[]): SlotTally | null {
  return tallies.find((t) => t.state === "a-planifier" || t.state === "a-venir") ?? null;
}
