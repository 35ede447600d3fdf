/** « Communes adhérentes »: each member's choice, since when, its next renewal or end; joining. */
import {
  CalendarDate,
  type Column,
  FormPanel,
  Link,
  Missing,
  Section,
  formatCalendarDate,
  formatNumber,
  useFormPanel,
  LoadedTable,
} from "@mutu/ui";
import { can, trpc, useSession } from "@mutu/web";
import { StatusBadge } from "../contracts/labels.tsx";
import { contractsMessages } from "../contracts/messages.ts";
import { membershipsMessages } from "./messages.ts";
import { membershipHref } from "./href.ts";
import { JoinForm } from "./join-form.tsx";
import type { Catalogue, Member } from "./types.ts";

const t = membershipsMessages.members;

function deadline(m: Member) {
  if (m.contract.lastDayInForce) return t.endsOn(formatCalendarDate(m.contract.lastDayInForce));
  return m.contract.nextRenewal
    ? t.renewsOn(formatCalendarDate(m.contract.nextRenewal.renewsOn))
    : "";
}

const columns: Column<Member>[] = [
  { key: "commune", header: t.commune, rowHeader: true, cell: (m) => m.member.name },
  {
    key: "population",
    header: t.population,
    numeric: true,
    cell: (m) =>
      m.member.population === null ? (
        <Missing />
      ) : (
        <>
          {formatNumber(m.member.population)}
          <span className="visually-hidden"> {t.inhabitants}</span>
        </>
      ),
  },
  {
    key: "subscription",
    header: t.subscription,
    cell: (m) => m.current?.subscriptionLabel ?? t.none,
  },
  { key: "since", header: t.since, cell: (m) => <CalendarDate value={m.current?.effectiveFrom} /> },
  { key: "status", header: t.status, cell: (m) => <StatusBadge status={m.contract.status} /> },
  { key: "deadline", header: t.deadline, cell: deadline },
  {
    key: "open",
    header: contractsMessages.actions,
    cell: (m) => (
      <Link to={membershipHref(m.member.orgId)}>
        {t.open}
        <span className="visually-hidden">{t.openLabel(m.member.name)}</span>
      </Link>
    ),
  },
];

export function MembersSection({ id, catalogue }: { id: string; catalogue: Catalogue }) {
  const me = useSession();
  const members = trpc.memberships.list.useQuery();
  const joining = useFormPanel();
  const canManage = can(me, "contracts.manage");
  return (
    <Section id={id} title={membershipsMessages.contents.members}>
      {canManage ? (
        <FormPanel
          id="nouvelle-adhesion"
          toggle={membershipsMessages.join.toggle}
          title={membershipsMessages.join.title}
          headingLevel={3}
          state={joining}
        >
          <JoinForm catalogue={catalogue} members={members.data ?? []} onCancel={joining.close} />
        </FormPanel>
      ) : null}
      <LoadedTable
        query={members}
        caption={(n) => t.caption(formatNumber(n))}
        columns={columns}
        rowKey={(m) => m.contract.id}
        empty={t.empty}
        layout="cards"
      />
    </Section>
  );
}
