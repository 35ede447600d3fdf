/** The contract in brief: version, parties and signatories, dates, duration and next renewal. */
import {
  CalendarDate,
  type Description,
  DescriptionList,
  Missing,
  Section,
  formatCalendarDate,
  formatNumber,
} from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import { versionLabel } from "../version-label.ts";
import type { ContractSummary, VersionDetail } from "../types.ts";
import { dayBefore } from "@mutu/domain";

const t = contractsMessages.summary;

function statusBadge(status: ContractSummary["status"]) {
  const tone =
    status === "in-force" ? "badge-ok" : status === "ended" ? "badge-off" : "badge-warning";
  return <span className={`badge ${tone}`}>{contractsMessages.status[status]}</span>;
}

function renewalText(contract: ContractSummary) {
  const renewal = contract.nextRenewal;
  if (!renewal) return t.noRenewal;
  const date = formatCalendarDate(renewal.renewsOn);
  return renewal.kind === "post-election" && renewal.electionYear
    ? t.renewalPostElection(date, renewal.electionYear)
    : t.renewalAnniversary(date, renewal.termNumber);
}

function party(name: string, signatory: { name: string | null; role: string | null }) {
  const who = [signatory.name, signatory.role].filter(Boolean).join(", ");
  return t.signatory(name, who || t.unknownSignatory);
}

export function SummarySection({
  id,
  contract,
  version,
}: {
  id: string;
  contract: ContractSummary;
  version: VersionDetail;
}) {
  const { annex } = version;
  const items: Description[] = [
    { key: "version", term: t.version, description: versionLabel(version) },
  ];
  if (version.subject)
    items.push({ key: "subject", term: t.subject, description: version.subject });
  items.push(
    { key: "status", term: t.status, description: statusBadge(contract.status) },
    {
      key: "metropole",
      term: t.metropole,
      description: party(annex.parties.metropole.name, annex.parties.metropole.signatory),
    },
    {
      key: "commune",
      term: t.commune,
      description: party(annex.parties.commune.name, annex.parties.commune.signatory),
    },
    {
      key: "contractSignedOn",
      term: t.contractSignedOn,
      description: <CalendarDate value={annex.contractSignedOn ?? contract.signedOn} />,
    },
    {
      key: "signedOn",
      term: t.versionSignedOn,
      description: version.signedOn ? <CalendarDate value={version.signedOn} /> : t.undated,
    },
    {
      key: "period",
      term: t.inForce,
      description: version.effectiveFrom
        ? t.period(
            formatCalendarDate(version.effectiveFrom),
            // effectiveTo is exclusive: the period runs until the day before.
            version.effectiveTo ? formatCalendarDate(dayBefore(version.effectiveTo)) : null,
          )
        : t.notInForce,
    },
    { key: "duration", term: t.duration, description: annex.duration.asWritten },
  );
  if (contract.lastDayInForce)
    items.push({
      key: "end",
      term: t.end,
      description: (
        <>
          {t.endsOn(formatCalendarDate(contract.lastDayInForce))}
          {contract.noticeGivenOn
            ? ` ${t.noticeGivenOn(formatCalendarDate(contract.noticeGivenOn))}`
            : null}
        </>
      ),
    });
  else items.push({ key: "renewal", term: t.renewal, description: renewalText(contract) });
  if (annex.commune.includesCCAS !== null)
    items.push({
      key: "ccas",
      term: t.ccas,
      description: annex.commune.includesCCAS ? t.ccasIncluded : t.ccasExcluded,
    });
  items.push(
    { key: "domain", term: t.domain, description: annex.domain },
    {
      key: "responsibles-commune",
      term: `${t.responsibles} — ${t.communeSide}`,
      description: annex.responsibles.commune ?? <Missing />,
    },
    {
      key: "responsibles-shared",
      term: `${t.responsibles} — ${t.sharedSide}`,
      description: annex.responsibles.sharedService ?? <Missing />,
    },
    {
      key: "projectDays",
      term: t.projectDays,
      description:
        annex.projectDaysPerYear === null ? (
          t.notSpecified
        ) : (
          <>
            {t.days(formatNumber(annex.projectDaysPerYear))}
            {annex.projectDaysNote ? ` — ${annex.projectDaysNote}` : null}
          </>
        ),
    },
  );
  return (
    <Section id={id} title={contractsMessages.contents.summary}>
      <DescriptionList items={items} />
    </Section>
  );
}
