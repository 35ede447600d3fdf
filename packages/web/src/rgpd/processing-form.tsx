/**
 * The form of a processing record: every field of the register (RGPD art. 30.1 and section V of the
 * amendment), in the order a DPO fills them. The page holds the draft and checks it with the domain
 * schema the procedure parses; this form lays out its parts and shows each field's error in place.
 */
import {
  ARTICLE9_CONDITION_LABELS,
  ARTICLE9_CONDITIONS,
  LEGAL_BASES,
  LEGAL_BASIS_LABELS,
  PROCESSING_PATH_LABELS,
  PROCESSING_PATHS,
  TRANSFER_SAFEGUARD_LABELS,
  TRANSFER_SAFEGUARDS,
} from "@mutu/domain";
import {
  bindFields,
  CheckboxField,
  type FieldErrors,
  fieldLayout,
  Form,
  type FormActionsProps,
  type FormError,
  labelled,
  NumberField,
  RadioGroup,
  TextAreaField,
  TextField,
} from "@mutu/ui";
import { formMessages } from "./form-messages.ts";
import { RowsFieldset, TextListField } from "./list-fields.tsx";
import { ProcessingFormMore } from "./processing-form-more.tsx";
import { blankCategory, blankPurpose, blankTransfer, type Draft } from "./processing-draft.ts";
import type { ReactNode } from "react";

const t = formMessages.processing;

export const processingFields = fieldLayout("traitement", {
  "content.name": ["nom", t.name],
  "content.service": ["service", t.service],
  "content.description": ["description", t.description],
  "content.path": ["origine-0", t.path],
  "content.purposes": ["finalites", t.purposes],
  "content.personCategories": ["personnes", t.persons],
  "content.estimatedPersons": ["nombre", t.estimatedPersons],
  "content.dataCategories": ["donnees", t.data],
  "content.recipients": ["destinataires", t.recipients],
  "content.transfers": ["transferts", t.transfers],
  "content.retention": ["conservation", t.retention],
  "content.securityMeasures": ["securite-0", t.measures],
  "content.securityNotes": ["securite-precisions", t.securityNotes],
  "content.applications": ["applications", t.applications],
  "content.processors": ["sous-traitants", t.processors],
  "content.dpia": ["aipd-0", t.dpia],
  "content.securityDiagnosis": ["diagnostic-date", t.diagnosis],
  "content.remediation": ["plan", t.remediation],
});

/** The draft's fields as the layout places them, their errors under `content.` */
const bindDraft = (draft: Draft, set: (change: Partial<Draft>) => void, errors?: FieldErrors) =>
  bindFields(draft, set, errors, processingFields, "content.");

export type PartProps = {
  draft: Draft;
  set(change: Partial<Draft>): void;
  errors: FieldErrors | undefined;
  /** Binds a control to one value of the draft: `f.field("name")`, `f.fieldset("purposes")`… */
  f: ReturnType<typeof bindDraft>;
};

function Identification({ f }: PartProps) {
  return (
    <fieldset className="fieldset-box">
      <legend>{t.identification}</legend>
      <TextField {...f.field("name")} hint={t.nameHint} required className="input input-wide" />
      <TextField {...f.field("service")} className="input input-wide" />
      <TextAreaField {...f.field("description")} rows={3} />
      <RadioGroup
        {...f.group("path")}
        hint={t.pathHint}
        required
        options={labelled(PROCESSING_PATHS, PROCESSING_PATH_LABELS)}
      />
    </fieldset>
  );
}

function Purposes({ draft, set, f }: PartProps) {
  return (
    <RowsFieldset
      {...f.fieldset("purposes")}
      hint={t.purposesHint}
      rows={draft.purposes}
      onChange={(purposes) => set({ purposes })}
      blank={blankPurpose}
      rowLegend={(i) => t.purpose(i + 1)}
      addLabel={t.addPurpose}
    >
      {(i, { text: rowText, choice }) => (
        <>
          <TextField
            id={`traitement-finalite-${i}`}
            label={t.purposeLabel}
            required
            className="input input-wide"
            {...rowText("label")}
          />
          <RadioGroup
            id={`traitement-base-${i}`}
            legend={t.legalBasis}
            required
            options={labelled(LEGAL_BASES, LEGAL_BASIS_LABELS)}
            {...choice("legalBasis")}
          />
          <TextField
            id={`traitement-fondement-${i}`}
            label={t.basisDetail}
            className="input input-wide"
            {...rowText("basisDetail")}
          />
        </>
      )}
    </RowsFieldset>
  );
}

function PersonsAndData({ draft, set, f }: PartProps) {
  return (
    <>
      <TextListField
        {...f.fieldset("personCategories")}
        items={draft.personCategories}
        onChange={(personCategories) => set({ personCategories })}
        itemLabel={t.person}
        addLabel={t.addPerson}
      />
      <NumberField {...f.field("estimatedPersons")} hint={t.estimatedPersonsHint} />
      <RowsFieldset
        {...f.fieldset("dataCategories")}
        hint={t.dataHint}
        rows={draft.dataCategories}
        onChange={(dataCategories) => set({ dataCategories })}
        blank={blankCategory}
        rowLegend={(i) => t.category(i + 1)}
        addLabel={t.addCategory}
      >
        {(i, { row: c, set: change, text: rowText, choice }) => (
          <>
            <TextField
              id={`traitement-donnee-${i}`}
              label={t.categoryLabel}
              required
              className="input input-wide"
              {...rowText("label")}
            />
            <CheckboxField
              id={`traitement-sensible-${i}`}
              label={t.sensitive}
              checked={c.sensitive}
              onChange={(sensitive) =>
                change({ sensitive, article9Condition: sensitive ? c.article9Condition : "" })
              }
            />
            {c.sensitive ? (
              <RadioGroup
                id={`traitement-article9-${i}`}
                legend={t.article9}
                required
                options={labelled(ARTICLE9_CONDITIONS, ARTICLE9_CONDITION_LABELS)}
                {...choice("article9Condition")}
              />
            ) : null}
          </>
        )}
      </RowsFieldset>
    </>
  );
}

function Recipients({ draft, set, f }: PartProps) {
  return (
    <>
      <TextListField
        {...f.fieldset("recipients")}
        items={draft.recipients}
        onChange={(recipients) => set({ recipients })}
        itemLabel={t.recipient}
        addLabel={t.addRecipient}
      />
      <RowsFieldset
        {...f.fieldset("transfers")}
        hint={t.transfersHint}
        rows={draft.transfers}
        onChange={(transfers) => set({ transfers })}
        blank={blankTransfer}
        rowLegend={(i) => t.transfer(i + 1)}
        addLabel={t.addTransfer}
      >
        {(i, { text: rowText, choice }) => (
          <>
            <div className="field-row">
              <TextField
                id={`traitement-transfert-destinataire-${i}`}
                label={t.transferRecipient}
                required
                {...rowText("recipient")}
              />
              <TextField
                id={`traitement-transfert-pays-${i}`}
                label={t.country}
                required
                {...rowText("country")}
              />
            </div>
            <RadioGroup
              id={`traitement-transfert-garantie-${i}`}
              legend={t.safeguard}
              required
              options={labelled(TRANSFER_SAFEGUARDS, TRANSFER_SAFEGUARD_LABELS)}
              {...choice("safeguard")}
            />
          </>
        )}
      </RowsFieldset>
    </>
  );
}

export type ProcessingFormProps = Omit<PartProps, "f"> & {
  error: FormError | null;
  onSubmit(): void;
  actions: FormActionsProps;
  /** Names of the contract's application inventory. */
  inventory: readonly string[];
  vendors: readonly { id: string; name: string }[];
  /** The Métropole's own processing: its role is not a question. */
  own: boolean;
  /** Fields of the page's own after the record's (a shared version's note of what changed). */
  extra?: ReactNode;
};

export function ProcessingForm(props: ProcessingFormProps) {
  const { error, onSubmit, actions } = props;
  const { draft, set } = props;
  const errors = error?.fieldErrors;
  const parts: PartProps = {
    draft,
    set,
    errors,
    f: bindDraft(draft, set, errors),
  };
  return (
    <Form
      className="form form-wide"
      error={error}
      fields={processingFields}
      failed={t.failed}
      headingLevel={2}
      onSubmit={onSubmit}
      actions={actions}
    >
      <Identification {...parts} />
      <Purposes {...parts} />
      <PersonsAndData {...parts} />
      <Recipients {...parts} />
      <ProcessingFormMore
        {...parts}
        inventory={props.inventory}
        vendors={props.vendors}
        own={props.own}
      />
    </Form>
  );
}
