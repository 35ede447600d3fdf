/**
 * One contrat d'engagement (/contrats/contrat?id=…): its state and dates, the contract itself as
 * the commune reads it (the version in force, section by section), every version with its period
 * (drafts included), the amendment in preparation or a form to start one, and the comparison of
 * any two versions (?de=…&a=…).
 */
import {
  CalendarDate,
  type Description,
  DescriptionList,
  Info,
  Link,
  Loaded,
  LoadedPage,
  Section,
  formatCalendarDate,
  useRoute,
} from "@mutu/ui";
import { can, trpc, useSession } from "@mutu/web";
import { AnnexView } from "@mutu/web/contracts";
import { contractsMessages } from "./messages.ts";
import { CompareSection } from "./compare-section.tsx";
import { contractHref } from "./contracts-page.tsx";
import { DraftForm } from "./draft-form.tsx";
import { deadlineText, StatusBadge, versionLabel } from "./labels.tsx";
import type { ContractSummary } from "./types.ts";
import { VersionsTable } from "./versions-table.tsx";

const t = contractsMessages.contract;

function summary(contract: ContractSummary): Description[] {
  const items: Description[] = [
    {
      key: "kind",
      term: contractsMessages.kind,
      description: contractsMessages.kinds[contract.kind],
    },
    {
      key: "status",
      term: contractsMessages.status,
      description: <StatusBadge status={contract.status} />,
    },
    {
      key: "signedOn",
      term: t.signedOn,
      description: <CalendarDate value={contract.signedOn} />,
    },
    {
      key: "effectiveFrom",
      term: t.effectiveFrom,
      description: <CalendarDate value={contract.effectiveFrom} />,
    },
    {
      key: "deadline",
      term: contract.lastDayInForce ? t.end : t.renewal,
      description: deadlineText(contract) || t.noneDate,
    },
  ];
  if (contract.noticeGivenOn)
    items.push({
      key: "notice",
      term: t.notice,
      description: formatCalendarDate(contract.noticeGivenOn),
    });
  return items;
}

/** The version in force, as the commune reads it in « Mon contrat ». */
function ContractInForce({ orgId }: { orgId: string }) {
  const current = trpc.contracts.current.useQuery({ orgId });
  return (
    <Loaded query={current}>
      {({ contract, version }) =>
        version ? (
          <>
            <p className="prose">{t.inForceLead}</p>
            <AnnexView contract={contract} version={version} />
          </>
        ) : (
          <Info>{t.noneInForce}</Info>
        )
      }
    </Loaded>
  );
}

export function ContractPage() {
  const me = useSession();
  const route = useRoute();
  const id = route.search.get("id") ?? "";
  const history = trpc.contracts.history.useQuery({ contractId: id }, { enabled: id !== "" });
  const name = history.data?.contract.orgName;
  const title = !history.data
    ? t.fallbackTitle
    : history.data.contract.kind === "convention"
      ? t.conventionTitle(name ?? "")
      : t.title(name ?? "");

  return (
    <LoadedPage
      title={title}
      back={{ to: "/contrats", label: t.back }}
      named={id !== ""}
      missing={t.missing}
      query={history}
    >
      {({ contract, versions }) => {
        const draft = versions.find((v) => v.status === "draft");
        return (
          <>
            <Section id="contrat-resume" title={t.summaryTitle}>
              <DescriptionList items={summary(contract)} />
              {contract.kind === "convention" ? (
                <p>
                  <Link to={contractHref(contract)}>{t.membership}</Link>
                </p>
              ) : null}
            </Section>
            {contract.kind === "engagement" ? (
              <>
                <ContractInForce orgId={contract.orgId} />
                <Section id="contrat-versions" title={t.versionsTitle}>
                  <VersionsTable versions={versions} />
                  {draft ? (
                    <Info>
                      <p>{t.pendingDraft(versionLabel(draft))}</p>
                      <p>
                        <Link to={`/contrats/avenant?id=${encodeURIComponent(draft.id)}`}>
                          {t.resume}
                          <span className="visually-hidden">
                            {t.resumeLabel(versionLabel(draft))}
                          </span>
                        </Link>
                      </p>
                    </Info>
                  ) : can(me, "contracts.manage") && versions.length > 0 ? (
                    <DraftForm contractId={contract.id} />
                  ) : null}
                </Section>
                {versions.length > 1 ? <CompareSection versions={versions} /> : null}
              </>
            ) : null}
          </>
        );
      }}
    </LoadedPage>
  );
}
