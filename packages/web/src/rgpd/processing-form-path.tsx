/**
 * The part of a processing record's form its path calls for: the security diagnosis of a digital
 * project's study step (V-e/1), or the remediation plan of a pre-existing processing (V-k).
 */
import { REMEDIATION_PRIORITIES, REMEDIATION_PRIORITY_LABELS } from "@mutu/domain";
import { SelectField, TextAreaField, TextField, fieldError } from "@mutu/ui";
import { ChoiceOptions } from "./action-panel.tsx";
import { formMessages } from "./form-messages.ts";
import type { PartProps } from "./processing-form.tsx";

const t = formMessages.processing;

export function PathParts({ draft, set, errors }: PartProps) {
  if (draft.path === "project")
    return (
      <fieldset className="fieldset-box">
        <legend>{t.diagnosis}</legend>
        <p className="field-hint">{t.diagnosisHint}</p>
        <div className="field-row">
          <TextField
            id="traitement-diagnostic-date"
            label={t.diagnosisDoneOn}
            type="date"
            className="input input-short"
            value={draft.diagnosisDoneOn}
            onChange={(e) => set({ diagnosisDoneOn: e.currentTarget.value })}
            error={fieldError(errors, "content.securityDiagnosis.doneOn")}
          />
          <TextField
            id="traitement-diagnostic-reference"
            label={t.diagnosisReference}
            value={draft.diagnosisReference}
            onChange={(e) => set({ diagnosisReference: e.currentTarget.value })}
            error={fieldError(errors, "content.securityDiagnosis.reference")}
          />
        </div>
      </fieldset>
    );
  if (draft.path !== "legacy") return null;
  const r = draft.remediation;
  const change = (c: Partial<typeof r>) => set({ remediation: { ...r, ...c } });
  return (
    <fieldset className="fieldset-box" id="traitement-plan" tabIndex={-1}>
      <legend>{t.remediation}</legend>
      <p className="field-hint">{t.remediationHint}</p>
      <div className="field-row">
        <SelectField
          id="traitement-plan-priorite"
          label={t.priority}
          value={r.priority}
          onChange={(e) => change({ priority: e.currentTarget.value })}
          error={fieldError(errors, "content.remediation.priority")}
        >
          <ChoiceOptions values={REMEDIATION_PRIORITIES} labels={REMEDIATION_PRIORITY_LABELS} />
        </SelectField>
        <TextField
          id="traitement-plan-porteur"
          label={t.owner}
          value={r.owner}
          onChange={(e) => change({ owner: e.currentTarget.value })}
          error={fieldError(errors, "content.remediation.owner")}
        />
        <TextField
          id="traitement-plan-echeance"
          label={t.dueOn}
          type="date"
          className="input input-short"
          value={r.dueOn}
          onChange={(e) => change({ dueOn: e.currentTarget.value })}
          error={fieldError(errors, "content.remediation.dueOn")}
        />
      </div>
      <TextAreaField
        id="traitement-plan-actions"
        label={t.actions}
        rows={3}
        value={r.actions}
        onChange={(e) => change({ actions: e.currentTarget.value })}
        error={fieldError(errors, "content.remediation.actions")}
      />
      <TextField
        id="traitement-plan-fait"
        label={t.doneOn}
        type="date"
        className="input input-short"
        value={r.doneOn}
        onChange={(e) => change({ doneOn: e.currentTarget.value })}
        error={fieldError(errors, "content.remediation.doneOn")}
      />
    </fieldset>
  );
}
