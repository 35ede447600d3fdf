/**
 * A member's successive choices as a table's columns, in both spaces; each space adds its details.
 * Then the membership's facts as both spaces show them: its summary, and that table.
 */
import { CalendarDate, type Column, DataTable, DescriptionList } from "@mutu/ui";
import type { ReactNode } from "react";
import { type Membership, type MembershipSummaryWords, membershipSummary } from "./summary.tsx";

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

/** The membership's summary, then its periods when there are at least `minPeriods` of them. */
export function MembershipFacts({
  membership: m,
  words,
  status,
  columns,
  minPeriods,
}: {
  membership: Membership;
  words: MembershipSummaryWords & { periodsCaption: string };
  /** The contract's status, as the space shows it. */
  status: ReactNode;
  columns: Column<Period>[];
  minPeriods: number;
}) {
  return (
    <>
      <DescriptionList items={membershipSummary(m, words, status)} />
      {m.periods.length >= minPeriods ? (
        <DataTable
          layout="cards"
          caption={words.periodsCaption}
          columns={columns}
          rows={m.periods}
        />
      ) : null}
    </>
  );
}
