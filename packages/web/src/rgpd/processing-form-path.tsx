/**
 * The part of a processing record's form its path calls for: the security diagnosis of a digital
 * project's study step (V-e/1), or the remediation plan of a pre-existing processing (V-k).
 */
import { REMEDIATION_PRIORITIES, REMEDIATION_PRIORITY_LABELS } from "@mutu/domain";
import { DayField, SelectField, TextAreaField, TextField, textBinding } from "@mutu/ui";
import { ChoiceOptions } from "./action-panel.tsx";
import { formMessages } from "./form-messages.ts";
import type { PartProps } from "./processing-form.tsx";

const t = formMessages.processing;

export function PathParts({ draft, set, errors, f }: PartProps) {
  if (draft.path === "project")
    return (
      <fieldset className="fieldset-box">
        <legend>{t.diagnosis}</legend>
        <p className="field-hint">{t.diagnosisHint}</p>
        <div className="field-row">
          <DayField
            id="traitement-diagnostic-date"
            label={t.diagnosisDoneOn}
            {...f.text("diagnosisDoneOn", "content.securityDiagnosis.doneOn")}
          />
          <TextField
            id="traitement-diagnostic-reference"
            label={t.diagnosisReference}
            {...f.text("diagnosisReference", "content.securityDiagnosis.reference")}
          />
        </div>
      </fieldset>
    );
  if (draft.path !== "legacy") return null;
  const r = draft.remediation;
  const change = (c: Partial<typeof r>) => set({ remediation: { ...r, ...c } });
  const plan = textBinding(r, change, errors, "content.remediation.");
  return (
    <fieldset className="fieldset-box" id="traitement-plan" tabIndex={-1}>
      <legend>{t.remediation}</legend>
      <p className="field-hint">{t.remediationHint}</p>
      <div className="field-row">
        <SelectField id="traitement-plan-priorite" label={t.priority} {...plan("priority")}>
          <ChoiceOptions values={REMEDIATION_PRIORITIES} labels={REMEDIATION_PRIORITY_LABELS} />
        </SelectField>
        <TextField id="traitement-plan-porteur" label={t.owner} {...plan("owner")} />
        <DayField id="traitement-plan-echeance" label={t.dueOn} {...plan("dueOn")} />
      </div>
      <TextAreaField id="traitement-plan-actions" label={t.actions} rows={3} {...plan("actions")} />
      <DayField id="traitement-plan-fait" label={t.doneOn} {...plan("doneOn")} />
    </fieldset>
  );
}
