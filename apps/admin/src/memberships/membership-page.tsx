/**
 * One member's convention (/adhesions/adhesion?commune=…): its choice and periods, renewal and
 * notice, this year's and next year's contributions; changing the choice; terminating with notice.
 */
import {
  CalendarDate,
  type Column,
  DataTable,
  type Description,
  DescriptionList,
  Info,
  Link,
  Loaded,
  Page,
  Section,
  Status,
  formatCalendarDate,
  formatMoney,
  formatNumber,
  useRoute,
} from "@mutu/ui";
import { useState } from "react";
import { can, trpc, useSession } from "@mutu/web";
import { StatusBadge } from "../contracts/labels.tsx";
import { membershipsMessages } from "./messages.ts";
import { ChangeChoiceForm } from "./change-choice-form.tsx";
import { LinesTable } from "./lines-table.tsx";
import { TerminateForm } from "./terminate-form.tsx";
import type { Membership } from "./types.ts";

const t = membershipsMessages.membership;

type Period = Membership["periods"][number];

const periodColumns: Column<Period>[] = [
  { key: "period", header: t.period, rowHeader: true, cell: (p) => p.subscriptionLabel },
  { key: "from", header: t.from, cell: (p) => <CalendarDate value={p.effectiveFrom} /> },
  { key: "to", header: t.to, cell: (p) => <CalendarDate value={p.effectiveTo} /> },
  {
    key: "decision",
    header: t.decisionCol,
    cell: (p) =>
      `${p.decisionRef}${p.decidedOn ? t.decidedOnSuffix(formatCalendarDate(p.decidedOn)) : ""}`,
  },
  { key: "audit", header: t.auditCol, cell: (p) => <CalendarDate value={p.auditInvoicedOn} /> },
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

function summary(m: Membership): Description[] {
  const { contract, current, level1 } = m;
  const items: Description[] = [
    { key: "convention", term: t.convention, description: contract.title },
    { key: "status", term: t.status, description: <StatusBadge status={contract.status} /> },
    {
      key: "subscription",
      term: t.subscription,
      description: current?.subscriptionLabel ?? t.none,
    },
  ];
  if (current)
    items.push(
      { key: "since", term: t.since, description: <CalendarDate value={current.effectiveFrom} /> },
      {
        key: "decision",
        term: t.decision,
        description: `${current.decisionRef}${current.decidedOn ? t.decidedOnSuffix(formatCalendarDate(current.decidedOn)) : ""}`,
      },
    );
  if (m.member.population !== null)
    items.push({
      key: "population",
      term: t.population,
      description: t.inhabitants(formatNumber(m.member.population)),
    });
  items.push(
    {
      key: "renewal",
      term: t.renewal,
      description: contract.nextRenewal
        ? t.renewalOn(
            formatCalendarDate(contract.nextRenewal.renewsOn),
            contract.nextRenewal.termNumber,
          )
        : t.noRenewal,
    },
    {
      key: "notice",
      term: t.notice,
      description:
        contract.noticeGivenOn && contract.lastDayInForce
          ? t.noticeGiven(
              formatCalendarDate(contract.noticeGivenOn),
              formatCalendarDate(contract.lastDayInForce),
              contract.terminationRef,
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
        formatMoney(level1.halfDayCents),
      ),
    });
  return items;
}

export function MembershipPage() {
  const me = useSession();
  const route = useRoute();
  const orgId = route.search.get("commune") ?? "";
  const query = trpc.memberships.get.useQuery({ orgId }, { enabled: orgId !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const notice = (route.state as { notice?: unknown } | null)?.notice;
  const canManage = can(me, "contracts.manage");
  const title = query.data ? t.title(query.data.member.name) : t.fallbackTitle;

  return (
    <Page title={title}>
      <p>
        <Link to="/adhesions">{t.back}</Link>
      </p>
      <Status>{status ?? (typeof notice === "string" ? notice : null)}</Status>
      {orgId === "" ? (
        <Info>{t.missing}</Info>
      ) : (
        <Loaded query={query}>
          {(m) => (
            <>
              <Section id="adhesion-resume" title={t.summaryTitle}>
                <DescriptionList items={summary(m)} />
                {m.periods.length ? (
                  <DataTable
                    caption={t.periodsCaption}
                    columns={periodColumns}
                    rows={m.periods}
                    rowKey={(p) => p.id}
                  />
                ) : null}
              </Section>
              <Section id="adhesion-contributions" title={t.contributionsTitle}>
                {m.contributionProblem ? <Info>{m.contributionProblem}</Info> : null}
                {m.contributions.map((c) =>
                  c.basis === "none" ? (
                    <p key={c.year}>{t.nothing(c.year)}</p>
                  ) : (
                    <div key={c.year}>
                      <LinesTable
                        caption={t.contributionCaption(
                          c.year,
                          membershipsMessages.contributions.bases[c.basis],
                        )}
                        lines={c.lines}
                        total={c.cents}
                      />
                      {c.needsReview ? <Info>{t.needsReview}</Info> : null}
                    </div>
                  ),
                )}
              </Section>
              {canManage ? (
                m.contract.noticeGivenOn ? (
                  <Info>{t.ended}</Info>
                ) : (
                  <>
                    <Section id="adhesion-formule" title={t.changeTitle} lead={t.changeIntro}>
                      <ChangeChoiceForm membership={m} onDone={setStatus} />
                    </Section>
                    <Section
                      id="adhesion-resiliation"
                      title={t.terminateTitle}
                      lead={t.terminateIntro}
                    >
                      <TerminateForm membership={m} onDone={setStatus} />
                    </Section>
                  </>
                )
              ) : null}
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
