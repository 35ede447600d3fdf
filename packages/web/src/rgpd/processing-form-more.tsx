/**
 * The second half of a processing record's form: retention and what happens at its end, security,
 * applications and processors, the Métropole's role worked out as the person answers, the impact
 * assessment against the CNIL's criteria, and — depending on the path — the security diagnosis of
 * a digital project or the remediation plan of an old processing.
 */
import {
  DPIA_CRITERIA,
  DPIA_CRITERION_LABELS,
  type DpiaCriterion,
  dpiaAssessment,
  METROPOLE_ROLE_LABELS,
  metropoleRole,
  PROCESSOR_ROLE_LABELS,
  PROCESSOR_ROLES,
  RETENTION_END_ACTION_LABELS,
  RETENTION_END_ACTIONS,
  SECURITY_MEASURE_LABELS,
  SECURITY_MEASURES,
} from "@mutu/domain";
import {
  CheckboxField,
  CheckboxGroup,
  DayField,
  fieldError,
  Info,
  labelled,
  NumberField,
  Options,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from "@mutu/ui";
import { formMessages } from "./form-messages.ts";
import { RowsFieldset, TextListField } from "./list-fields.tsx";
import { blankProcessor, blankRetention } from "./processing-draft.ts";
import { PathParts } from "./processing-form-path.tsx";
import type { PartProps } from "./processing-form.tsx";

const t = formMessages.processing;

function Retention({ draft, set, f }: PartProps) {
  return (
    <RowsFieldset
      {...f.fieldset("retention")}
      hint={t.retentionHint}
      rows={draft.retention}
      onChange={(retention) => set({ retention })}
      blank={blankRetention}
      rowLegend={(i) => t.retentionRow(i + 1)}
      addLabel={t.addRetention}
    >
      {(i, { row: r, text: rowText, choice }) => (
        <>
          <div className="field-row">
            <TextField
              id={`traitement-conservation-donnees-${i}`}
              label={t.retentionData}
              required
              {...rowText("data")}
            />
            <NumberField
              id={`traitement-conservation-duree-${i}`}
              label={t.months}
              required
              {...rowText("months")}
            />
            <TextField
              id={`traitement-conservation-depart-${i}`}
              label={t.from}
              hint={t.fromHint}
              required
              {...rowText("from")}
            />
          </div>
          <RadioGroup
            id={`traitement-conservation-fin-${i}`}
            legend={t.endAction}
            required
            options={labelled(RETENTION_END_ACTIONS, RETENTION_END_ACTION_LABELS)}
            {...choice("endAction")}
          >
            {r.endAction === "intermediate-archive" ? (
              <NumberField
                id={`traitement-conservation-archive-${i}`}
                label={t.archiveMonths}
                required
                {...rowText("archiveMonths")}
              />
            ) : null}
          </RadioGroup>
        </>
      )}
    </RowsFieldset>
  );
}

function Security({ f }: PartProps) {
  return (
    <fieldset className="fieldset-box">
      <legend>{t.security}</legend>
      <CheckboxGroup
        {...f.group("securityMeasures")}
        options={labelled(SECURITY_MEASURES, SECURITY_MEASURE_LABELS)}
      />
      <TextAreaField {...f.field("securityNotes")} rows={3} />
    </fieldset>
  );
}

function Applications({
  draft,
  set,
  errors,
  f,
  inventory,
  vendors,
}: PartProps & { inventory: readonly string[]; vendors: readonly { id: string; name: string }[] }) {
  return (
    <fieldset className="fieldset-box" id="traitement-applications" tabIndex={-1}>
      <legend>{t.applications}</legend>
      {inventory.length ? (
        <CheckboxGroup
          id="traitement-inventaire"
          legend={t.inventory}
          options={inventory.map((name) => ({ value: name, label: name }))}
          value={draft.inventoryApplications}
          onChange={(inventoryApplications) => set({ inventoryApplications })}
        />
      ) : (
        <p className="field-hint">{t.noInventory}</p>
      )}
      <TextListField
        id="traitement-autres-applications"
        legend={t.otherApplications}
        items={draft.otherApplications}
        onChange={(otherApplications) => set({ otherApplications })}
        errors={errors}
        name="content.applications"
        itemLabel={t.application}
        addLabel={t.addApplication}
      />
      <RowsFieldset
        {...f.fieldset("processors")}
        hint={t.processorsHint}
        rows={draft.processors}
        onChange={(processors) => set({ processors })}
        blank={blankProcessor}
        rowLegend={(i) => t.processor(i + 1)}
        addLabel={t.addProcessor}
      >
        {(i, { row: p, set: change, text: rowText }) => (
          <div className="field-row">
            <SelectField
              id={`traitement-prestataire-${i}`}
              label={t.vendor}
              required
              {...rowText("processorId")}
            >
              <Options
                empty={formMessages.choose}
                options={vendors.map((v) => ({ value: v.id, label: v.name }))}
              />
            </SelectField>
            <SelectField
              id={`traitement-prestataire-role-${i}`}
              label={t.role}
              value={p.role}
              onChange={(e) => change({ role: e.currentTarget.value })}
            >
              <Options options={labelled(PROCESSOR_ROLES, PROCESSOR_ROLE_LABELS)} />
            </SelectField>
          </div>
        )}
      </RowsFieldset>
    </fieldset>
  );
}

function RoleAndImpact({ draft, set, errors, f, own }: PartProps & { own: boolean }) {
  const role = metropoleRole({
    ownProcessing: own,
    definedPurposesAndMeansAsContractingAuthority: draft.metropoleDefinedPurposesAndMeans,
  });
  const dpia = dpiaAssessment({
    dpia: {
      criteria: draft.dpiaCriteria as DpiaCriterion[],
      reference: "",
      doneOn: null,
      cnilConsultationRequired: false,
      cnilConsultedOn: null,
    },
    dataCategories: draft.dataCategories.map((c) => ({ ...c, article9Condition: "" })),
  });
  return (
    <>
      <fieldset className="fieldset-box">
        <legend>{t.metropole}</legend>
        {own ? null : (
          <CheckboxField
            id="traitement-role"
            label={t.defined}
            hint={t.definedHint}
            checked={draft.metropoleDefinedPurposesAndMeans}
            onChange={(metropoleDefinedPurposesAndMeans) =>
              set({ metropoleDefinedPurposesAndMeans })
            }
          />
        )}
        <Info title={`${t.worked} : ${METROPOLE_ROLE_LABELS[role.role]}`}>{role.reason}</Info>
      </fieldset>
      <fieldset className="fieldset-box">
        <legend>{t.dpia}</legend>
        <CheckboxGroup
          id="traitement-aipd"
          legend={t.criteria}
          hint={t.dpiaHint}
          options={labelled(DPIA_CRITERIA, DPIA_CRITERION_LABELS)}
          value={draft.dpiaCriteria}
          onChange={(dpiaCriteria) => set({ dpiaCriteria })}
          error={fieldError(errors, "content.dpia.criteria")}
        />
        <p role="status" className="notice notice-info">
          {dpia.reason}
        </p>
        <div className="field-row">
          <TextField
            id="traitement-aipd-reference"
            label={t.dpiaReference}
            {...f.text("dpiaReference", "content.dpia.reference")}
          />
          <DayField
            id="traitement-aipd-date"
            label={t.dpiaDoneOn}
            {...f.text("dpiaDoneOn", "content.dpia.doneOn")}
          />
        </div>
        <CheckboxField
          id="traitement-cnil"
          label={t.cnilRequired}
          checked={draft.cnilConsultationRequired}
          onChange={(cnilConsultationRequired) => set({ cnilConsultationRequired })}
        />
        {draft.cnilConsultationRequired ? (
          <DayField
            id="traitement-cnil-date"
            label={t.cnilConsultedOn}
            {...f.text("cnilConsultedOn", "content.dpia.cnilConsultedOn")}
          />
        ) : null}
      </fieldset>
    </>
  );
}

export function ProcessingFormMore(
  props: PartProps & {
    inventory: readonly string[];
    vendors: readonly { id: string; name: string }[];
    own: boolean;
  },
) {
  return (
    <>
      <Retention {...props} />
      <Security {...props} />
      <Applications {...props} />
      <RoleAndImpact {...props} />
      <PathParts {...props} />
    </>
  );
}
