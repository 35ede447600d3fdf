/** « Votre adhésion »: the choice in force, since when and by which decision, renewal, notice. */
import {
  CalendarDate,
  type Column,
  DataTable,
  type Description,
  DescriptionList,
  Section,
  formatCalendarDate,
  formatMoney,
  formatNumber,
} from "@mutu/ui";
import { contractsMessages } from "../contracts/messages.ts";
import { membershipsMessages } from "./messages.ts";
import type { Membership } from "./types.ts";

const t = membershipsMessages.membership;

type Period = Membership["periods"][number];

function renewal(m: Membership) {
  const next = m.contract.nextRenewal;
  return next ? t.renewalOn(formatCalendarDate(next.renewsOn), next.termNumber) : t.noRenewal;
}

const periodColumns: Column<Period>[] = [
  { key: "period", header: t.period, rowHeader: true, cell: (p) => p.subscriptionLabel },
  { key: "from", header: t.from, cell: (p) => <CalendarDate value={p.effectiveFrom} /> },
  { key: "to", header: t.to, cell: (p) => <CalendarDate value={p.effectiveTo} /> },
  { key: "decision", header: t.decision, cell: (p) => p.decisionRef },
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

export function MembershipSection({ id, membership: m }: { id: string; membership: Membership }) {
  const { contract, current, level1 } = m;
  const items: Description[] = [
    { key: "title", term: t.title, description: contract.title },
    {
      key: "status",
      term: t.status,
      description: (
        <span className={contract.status === "in-force" ? "badge badge-ok" : "badge badge-off"}>
          {contractsMessages.status[contract.status]}
        </span>
      ),
    },
    {
      key: "subscription",
      term: t.subscription,
      description: current ? current.subscriptionLabel : t.noSubscription,
    },
  ];
  if (current)
    items.push(
      { key: "since", term: t.since, description: <CalendarDate value={current.effectiveFrom} /> },
      {
        key: "decision",
        term: t.decision,
        description: `${current.decisionRef}${current.decidedOn ? t.decidedOn(formatCalendarDate(current.decidedOn)) : ""}`,
      },
    );
  if (m.member.population !== null)
    items.push({
      key: "population",
      term: t.population,
      description: t.inhabitants(formatNumber(m.member.population)),
    });
  items.push(
    { key: "renewal", term: t.renewal, description: renewal(m) },
    {
      key: "notice",
      term: t.notice,
      description:
        contract.noticeGivenOn && contract.lastDayInForce
          ? t.noticeGiven(
              formatCalendarDate(contract.noticeGivenOn),
              formatCalendarDate(contract.lastDayInForce),
            )
          : t.noNotice,
    },
  );
  if (level1)
    items.push({
      key: "level1",
      term: t.level1,
      description: t.level1Days(
        formatNumber(level1.days),
        level1.tierLabel,
        formatNumber(level1.poolDays),
        formatMoney(level1.halfDayCents),
      ),
    });
  return (
    <Section id={id} title={membershipsMessages.contents.membership}>
      <DescriptionList items={items} />
      {m.periods.length > 1 ? (
        <DataTable
          caption={t.periodsCaption}
          columns={periodColumns}
          rows={m.periods}
          rowKey={(p) => p.id}
        />
      ) : null}
    </Section>
  );
}
