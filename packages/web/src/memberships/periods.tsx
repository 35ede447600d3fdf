/** A member's successive choices as a table's columns, in both spaces; each space adds its details. */
import { CalendarDate, type Column } from "@mutu/ui";
import type { Membership } from "./summary.tsx";

export type Period = Membership["periods"][number];

export type PeriodWords = {
  period: string;
  from: string;
  /** The end is exclusive: « Au (exclu) ». */
  to: string;
  state: string;
  inForce: string;
  notInForce: string;
};

/** Which choice, from, to, then `details` (its decision…), then whether it is in force. */
export function periodColumns(t: PeriodWords, details: Column<Period>[]): Column<Period>[] {
  return [
    { key: "period", header: t.period, rowHeader: true, cell: (p) => p.subscriptionLabel },
    { key: "from", header: t.from, cell: (p) => <CalendarDate value={p.effectiveFrom} /> },
    { key: "to", header: t.to, cell: (p) => <CalendarDate value={p.effectiveTo} /> },
    ...details,
    {
      key: "state",
      header: t.state,
      cell: (p) => (
        <span className={p.inForce ? "badge badge-ok" : "badge badge-off"}>
          {p.inForce ? t.inForce : t.notInForce}
        </span>
      ),
    },
  ];
}
