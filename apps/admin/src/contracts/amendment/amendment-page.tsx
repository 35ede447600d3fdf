/**
 * An amendment in preparation (/contrats/avenant?id=…): its number and subject, what it changes,
 * one form per part of the annex (the long tail as JSON), then its signature — or its abandon.
 */
import {
  Button,
  Info,
  LoadedPage,
  PageContents,
  Section,
  formatCalendarDate,
  useLeaveGuard,
  useRoute,
} from "@mutu/ui";
import { useState } from "react";
import { can, trpc, useSession } from "@mutu/web";
import { contractsMessages } from "../messages.ts";
import { versionLabel } from "../labels.tsx";
import type { VersionDetail } from "../types.ts";
import { DiffSection } from "./diff-section.tsx";
import { DiscardDialog } from "./discard-dialog.tsx";
import { HoursForm } from "./hours-form.tsx";
import { JsonForm } from "./json-form.tsx";
import { MatrixForm } from "./matrix-form.tsx";
import { OnCallForm } from "./on-call-form.tsx";
import { PerimeterForm } from "./perimeter-form.tsx";
import { PrioritiesForm } from "./priorities-form.tsx";
import { RgpdForm } from "./rgpd-form.tsx";
import { SignDialog } from "./sign-dialog.tsx";
import { SubjectForm } from "./subject-form.tsx";
import { TargetsForm } from "./targets-form.tsx";
import { useUnsavedParts } from "./use-draft.ts";

const t = contractsMessages.amendment;
const c = t.contents;

const EDIT_SECTIONS = [
  { id: "avenant-numero-objet", label: c.subject },
  { id: "avenant-changements", label: c.diff },
  { id: "avenant-perimetre", label: c.perimeter },
  { id: "avenant-priorites", label: c.priorities },
  { id: "avenant-cibles", label: c.targets },
  { id: "avenant-saisines", label: c.matrix },
  { id: "avenant-rgpd", label: c.rgpd },
  { id: "avenant-horaires", label: c.hours },
  { id: "avenant-astreintes", label: c.onCall },
  { id: "avenant-json-complet", label: c.json },
  { id: "avenant-signature", label: c.finish },
] as const;

export function AmendmentPage() {
  const me = useSession();
  const { search } = useRoute();
  const id = search.get("id") ?? "";
  const query = trpc.contracts.version.useQuery({ versionId: id }, { enabled: id !== "" });
  const data = query.data;
  const title = data ? t.title(versionLabel(data.version), data.contract.orgName) : t.fallbackTitle;
  return (
    <LoadedPage
      title={title}
      lead={data?.version.status === "draft" ? t.lead : undefined}
      back={
        data && {
          to: `/contrats/contrat?id=${encodeURIComponent(data.contract.id)}`,
          label: t.back(data.contract.orgName),
        }
      }
      named={id !== ""}
      missing={t.missing}
      query={query}
      status={false}
    >
      {({ version }) =>
        version.status !== "draft" ? (
          <Info>{t.signed}</Info>
        ) : (
          <Editor version={version} canManage={can(me, "contracts.manage")} />
        )
      }
    </LoadedPage>
  );
}

function Editor({ version, canManage }: { version: VersionDetail; canManage: boolean }) {
  const unsaved = useUnsavedParts();
  useLeaveGuard(unsaved > 0, t.unsavedLeave);
  const [signing, setSigning] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const history = trpc.contracts.history.useQuery({ contractId: version.contractId });
  const base = history.data?.versions.find((v) => v.id === version.basedOnId);
  const baseLabel = base
    ? `${versionLabel(base)}, ${formatCalendarDate(base.effectiveFrom)}`
    : versionLabel({ kind: "original", amendmentNumber: null });
  if (!canManage)
    return (
      <Section id="avenant-changements" title={c.diff} lead={t.diffLead(baseLabel)}>
        <DiffSection version={version} />
      </Section>
    );
  return (
    <>
      <PageContents items={EDIT_SECTIONS} />
      <Section id="avenant-numero-objet" title={c.subject}>
        <SubjectForm version={version} />
      </Section>
      <Section id="avenant-changements" title={c.diff} lead={t.diffLead(baseLabel)}>
        <DiffSection version={version} />
      </Section>
      <Section id="avenant-perimetre" title={c.perimeter} lead={t.perimeterLead}>
        <PerimeterForm version={version} />
      </Section>
      <Section id="avenant-priorites" title={c.priorities} lead={t.prioritiesLead}>
        <PrioritiesForm version={version} />
      </Section>
      <Section id="avenant-cibles" title={c.targets} lead={t.targetsLead}>
        <TargetsForm version={version} />
      </Section>
      <Section id="avenant-saisines" title={c.matrix} lead={t.matrixLead}>
        <MatrixForm version={version} />
      </Section>
      <Section id="avenant-rgpd" title={c.rgpd} lead={t.rgpdLead}>
        <RgpdForm version={version} />
      </Section>
      <Section id="avenant-horaires" title={c.hours} lead={t.hoursLead}>
        <HoursForm version={version} />
      </Section>
      <Section id="avenant-astreintes" title={c.onCall} lead={t.onCallLead}>
        <OnCallForm version={version} />
      </Section>
      <Section id="avenant-json-complet" title={c.json} lead={t.jsonLead}>
        <JsonForm version={version} />
      </Section>
      <Section id="avenant-signature" title={c.finish} lead={t.finishLead}>
        {unsaved ? <Info>{t.unsaved(unsaved)}</Info> : null}
        <div className="inline-actions">
          <Button onClick={() => setSigning(true)}>{t.sign}</Button>
          <Button variant="danger" onClick={() => setDiscarding(true)}>
            {t.discard}
          </Button>
        </div>
      </Section>
      <SignDialog version={version} open={signing} onClose={() => setSigning(false)} />
      <DiscardDialog version={version} open={discarding} onClose={() => setDiscarding(false)} />
    </>
  );
}
