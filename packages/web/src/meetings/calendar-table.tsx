/**
 * The year's calendar of a commune's bodies: each body's rhythm and source, « tenus sur dus », and
 * each period with its state. The Métropole's space adds a button to plan the next due meeting.
 */
import { type Column, DataTable, formatCalendarDate } from "@mutu/ui";
import { dayBefore } from "@mutu/domain";
import type { ReactNode } from "react";
import { meetingsMessages as t } from "./messages.ts";
import type { BodyCalendar, Slot } from "./types.ts";

const BADGES: Record<Slot["state"], string> = {
  tenue: "badge badge-ok",
  planifiee: "badge badge-info",
  "a-planifier": "badge badge-warning",
  "a-venir": "badge badge-off",
  "en-retard": "badge badge-danger",
};

export function SlotBadge({ state }: { state: Slot["state"] }) {
  return <span className={BADGES[state]}>{t.slotStates[state]}</span>;
}

export const slotPeriod = (s: Pick<Slot, "start" | "end">) =>
  t.calendar.period(formatCalendarDate(s.start), formatCalendarDate(dayBefore(s.end)));

export function CalendarTable({
  year,
  bodies,
  action,
}: {
  year: number;
  bodies: readonly BodyCalendar[];
  /** What the Métropole may do about a body (plan its next meeting). */
  action?: (body: BodyCalendar) => ReactNode;
}) {
  const columns: Column<BodyCalendar>[] = [
    { key: "body", header: t.calendar.body, rowHeader: true, cell: (b) => b.label },
    {
      key: "cadence",
      header: t.calendar.cadence,
      cell: (b) => (
        <>
          {b.cadence}
          <br />
          <span className="muted">{b.source}</span>
        </>
      ),
    },
    { key: "tally", header: t.calendar.tally, cell: (b) => b.sentence ?? t.calendar.nothingDue },
    {
      key: "periods",
      header: t.calendar.periods,
      cell: (b) => {
        const { next } = b;
        const running = next && !b.slots.some((s) => s.start === next.start) ? next : null;
        return b.slots.length || running ? (
          <ul className="plain-list">
            {b.slots.map((s) => (
              <li key={s.start}>
                {slotPeriod(s)}
                {t.calendar.required(s.required)} <SlotBadge state={s.state} />
              </li>
            ))}
            {running ? (
              <li>
                {t.calendar.nextYear} {slotPeriod(running)} <SlotBadge state={running.state} />
              </li>
            ) : null}
          </ul>
        ) : null;
      },
    },
    ...(action ? [{ key: "action", header: "", cell: action }] : []),
  ];
  return (
    <DataTable
      layout="cards"
      caption={t.calendar.caption(year)}
      columns={columns}
      rows={bodies}
      rowKey={(b) => b.key}
    />
  );
}
