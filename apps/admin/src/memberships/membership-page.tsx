/**
 * One member's convention (/adhesions/adhesion?commune=…): its choice and periods, renewal and
 * notice, this year's and next year's contributions; changing the choice; terminating with notice.
 */
import { CalendarDate, Info, LoadedPage, Section, useRoute } from "@mutu/ui";
import { useState } from "react";
import { can, trpc, useSession } from "@mutu/web";
import {
  decisionText,
  LinesTable,
  MembershipFacts,
  type MembershipSummaryWords,
  periodColumns,
} from "@mutu/web/memberships";
import { StatusBadge } from "../contracts/labels.tsx";
import { membershipsMessages } from "./messages.ts";
import { ChangeChoiceForm } from "./change-choice-form.tsx";
import { TerminateForm } from "./terminate-form.tsx";

const t = membershipsMessages.membership;

const columns = periodColumns(t, [
  { key: "decision", header: t.decisionCol, cell: (p) => decisionText(p, t.decidedOnSuffix) },
  { key: "audit", header: t.auditCol, cell: (p) => <CalendarDate value={p.auditInvoicedOn} /> },
]);

/** The page says « Convention » and « Aucune formule en cours » where the commune says otherwise. */
const summaryWords: MembershipSummaryWords & { periodsCaption: string } = {
  ...t,
  title: t.convention,
  noSubscription: t.none,
  decidedOn: t.decidedOnSuffix,
  level1Days: (days, tier, _pool, rate) => t.level1Days(days, tier, rate),
};

export function MembershipPage() {
  const me = useSession();
  const route = useRoute();
  const orgId = route.search.get("commune") ?? "";
  const query = trpc.memberships.get.useQuery({ orgId }, { enabled: orgId !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const canManage = can(me, "contracts.manage");
  const title = query.data ? t.title(query.data.member.name) : t.fallbackTitle;

  return (
    <LoadedPage
      title={title}
      back={{ to: "/adhesions", label: t.back }}
      named={orgId !== ""}
      missing={t.missing}
      query={query}
      status={status}
    >
      {(m) => (
        <>
          <Section id="adhesion-resume" title={t.summaryTitle}>
            <MembershipFacts
              membership={m}
              words={summaryWords}
              status={<StatusBadge status={m.contract.status} />}
              columns={columns}
              minPeriods={1}
            />
          </Section>
          <Section id="adhesion-contributions" title={t.contributionsTitle}>
            {m.contributionProblem ? <Info>{m.contributionProblem}</Info> : null}
            {m.contributions.map((c) =>
              c.basis === "none" ? (
                <p key={c.year}>{t.nothing(c.year)}</p>
              ) : (
                <div key={c.year}>
                  <LinesTable
                    caption={t.contributionCaption(c.year, c.basis)}
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
                <Section id="adhesion-formule" title={t.change.title} lead={t.change.intro}>
                  <ChangeChoiceForm membership={m} onDone={setStatus} />
                </Section>
                <Section
                  id="adhesion-resiliation"
                  title={t.terminate.title}
                  lead={t.terminate.intro}
                >
                  <TerminateForm membership={m} onDone={setStatus} />
                </Section>
              </>
            )
          ) : null}
        </>
      )}
    </LoadedPage>
  );
}
