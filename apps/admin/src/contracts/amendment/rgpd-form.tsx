/** The RGPD options: shared DPO, who handles breaches and data subjects' requests, sub-processors, inventory. */
import { DayField, fieldLayout, SelectField, TextField } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import type { Annex, VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { bindPart, orNull, useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

const fields = fieldLayout("rgpd", {
  "annex.rgpd.dpoShared": ["dpo", t.dpoShared],
  "annex.rgpd.breachesHandledBy": ["violations", t.breachesHandledBy],
  "annex.rgpd.dataSubjectRequestsHandledBy": ["demandes", t.dataSubjectRequestsHandledBy],
  "annex.rgpd.subProcessorSelection": ["sous-traitants", t.subProcessorSelection],
  "annex.rgpd.legacyProcessingInventoryDue": ["inventaire", t.legacyProcessingInventoryDue],
});

type Handler = "commune" | "metropole" | null;

function toState(annex: Annex) {
  const { rgpd } = annex;
  return {
    dpoShared: rgpd.dpoShared === null ? "" : rgpd.dpoShared ? "oui" : "non",
    breaches: rgpd.breachesHandledBy ?? "",
    requests: rgpd.dataSubjectRequestsHandledBy ?? "",
    subProcessors: rgpd.subProcessorSelection ?? "",
    inventoryDue: rgpd.legacyProcessingInventoryDue ?? "",
  };
}

function HandlerOptions() {
  return (
    <>
      <option value="">{t.notSpecified}</option>
      <option value="commune">{t.handlers.commune}</option>
      <option value="metropole">{t.handlers.metropole}</option>
    </>
  );
}

export function RgpdForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const draft = useDraftSave(version, fields, t.contents.rgpd);
  const f = bindPart(form, draft, fields);

  function submit() {
    const v = form.value;
    const rgpd = {
      dpoShared: v.dpoShared === "" ? null : v.dpoShared === "oui",
      breachesHandledBy: (v.breaches || null) as Handler,
      dataSubjectRequestsHandledBy: (v.requests || null) as Handler,
      subProcessorSelection: orNull(v.subProcessors),
      legacyProcessingInventoryDue: v.inventoryDue || null,
    };
    draft.save({ annex: { ...annex, rgpd } }, form.saved);
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.rgpd} onSubmit={submit}>
      <SelectField {...f.field("dpoShared", "annex.rgpd.dpoShared")}>
        <option value="">{t.notSpecified}</option>
        <option value="oui">{t.yes}</option>
        <option value="non">{t.no}</option>
      </SelectField>
      <SelectField {...f.field("breaches", "annex.rgpd.breachesHandledBy")}>
        <HandlerOptions />
      </SelectField>
      <SelectField {...f.field("requests", "annex.rgpd.dataSubjectRequestsHandledBy")}>
        <HandlerOptions />
      </SelectField>
      <TextField
        {...f.field("subProcessors", "annex.rgpd.subProcessorSelection")}
        className="input input-wide"
      />
      <DayField {...f.field("inventoryDue", "annex.rgpd.legacyProcessingInventoryDue")} />
    </DraftPartForm>
  );
}
