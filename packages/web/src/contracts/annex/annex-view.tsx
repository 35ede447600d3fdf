/** A version of the contract's annex, section by section, with « Sur cette page » links to each. */
import { PageContents } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import type { ContractSummary, VersionDetail } from "../types.ts";
import { ApplicationsSection } from "./applications-section.tsx";
import { GovernanceSection } from "./governance-section.tsx";
import { IndicatorsSection } from "./indicators-section.tsx";
import { MatrixSection } from "./matrix-section.tsx";
import { PerimeterSection } from "./perimeter-section.tsx";
import { PrioritiesSection } from "./priorities-section.tsx";
import { RgpdSection } from "./rgpd-section.tsx";
import { SummarySection } from "./summary-section.tsx";
import { SupportSection } from "./support-section.tsx";

const c = contractsMessages.contents;

/** Section ids, in page order: the « Sur cette page » list and the sections share them. */
export const SECTIONS = [
  { id: "contrat-bref", label: c.summary },
  { id: "contrat-perimetre", label: c.perimeter },
  { id: "contrat-priorites", label: c.priorities },
  { id: "contrat-indicateurs", label: c.indicators },
  { id: "contrat-horaires", label: c.support },
  { id: "contrat-instances", label: c.governance },
  { id: "contrat-saisines", label: c.matrix },
  { id: "contrat-applications", label: c.applications },
  { id: "contrat-rgpd", label: c.rgpd },
  { id: "contrat-versions", label: c.history },
] as const;

export function AnnexView({
  contract,
  version,
}: {
  contract: ContractSummary;
  version: VersionDetail;
}) {
  const { annex } = version;
  return (
    <>
      <PageContents items={SECTIONS} />
      <SummarySection id="contrat-bref" contract={contract} version={version} />
      <PerimeterSection id="contrat-perimetre" annex={annex} />
      <PrioritiesSection id="contrat-priorites" annex={annex} />
      <IndicatorsSection id="contrat-indicateurs" annex={annex} />
      <SupportSection id="contrat-horaires" annex={annex} />
      <GovernanceSection id="contrat-instances" annex={annex} />
      <MatrixSection id="contrat-saisines" annex={annex} />
      <ApplicationsSection id="contrat-applications" annex={annex} />
      <RgpdSection id="contrat-rgpd" annex={annex} />
    </>
  );
}
