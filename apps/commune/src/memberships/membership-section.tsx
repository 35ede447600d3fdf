/** « Votre adhésion »: the choice in force, since when and by which decision, renewal, notice. */
import { DataTable, DescriptionList, Section } from "@mutu/ui";
import { membershipSummary, periodColumns } from "@mutu/web/memberships";
import { contractsMessages } from "../contracts/messages.ts";
import { membershipsMessages } from "./messages.ts";
import type { Membership } from "./types.ts";

const t = membershipsMessages.membership;

const columns = periodColumns(t, [
  { key: "decision", header: t.decision, cell: (p) => p.decisionRef },
]);

export function MembershipSection({ id, membership: m }: { id: string; membership: Membership }) {
  const status = (
    <span className={m.contract.status === "in-force" ? "badge badge-ok" : "badge badge-off"}>
      {contractsMessages.status[m.contract.status]}
    </span>
  );
  return (
    <Section id={id} title={membershipsMessages.contents.membership}>
      <DescriptionList items={membershipSummary(m, t, status)} />
      {m.periods.length > 1 ? (
        <DataTable
          caption={t.periodsCaption}
          columns={columns}
          rows={m.periods}
          rowKey={(p) => p.id}
        />
      ) : null}
    </Section>
  );
}
