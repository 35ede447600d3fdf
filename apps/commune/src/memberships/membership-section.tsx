/** « Votre adhésion »: the choice in force, since when and by which decision, renewal, notice. */
import { Section } from "@mutu/ui";
import { MembershipFacts, periodColumns } from "@mutu/web/memberships";
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
      <MembershipFacts membership={m} words={t} status={status} columns={columns} minPeriods={2} />
    </Section>
  );
}
