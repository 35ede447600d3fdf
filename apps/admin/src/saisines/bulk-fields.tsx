/**
 * What each bulk action needs: an assignee; a qualification (unchanged fields keep each
 * saisine's own, none changed confirms them as filed); a comment and who reads it; what is
 * awaited and from whom. Closing needs nothing.
 */
import {
  type QueueBulkAction,
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import { type FormError, RadioGroup, SelectField, TextAreaField, fieldError } from "@mutu/ui";
import { subDomainLabel } from "@mutu/web/saisines";
import { AssigneeOptions } from "./assignee-options.tsx";
import { saisinesMessages } from "./messages.ts";
import type { Assignees } from "./types.ts";
import { assigneeFrom } from "./use-assignees.ts";

const t = saisinesMessages.bulk;

export const EMPTY_BULK = {
  assignee: "",
  type: "",
  subDomain: "",
  nature: "",
  criticality: "",
  note: "",
  body: "",
  visibility: "",
  waitingFor: "",
};
export type BulkValues = typeof EMPTY_BULK;

const given = (value: string) => (value ? value : undefined);

/** The fields of the input for `action` (its schema checks them). */
export function bulkPayload(action: QueueBulkAction | "", v: BulkValues): Record<string, unknown> {
  switch (action) {
    case "assign":
      return { assignee: assigneeFrom(v.assignee) ?? undefined };
    case "qualify":
      return {
        type: given(v.type),
        subDomain: given(v.subDomain),
        nature: given(v.nature),
        criticality: given(v.criticality),
        note: given(v.note.trim()),
      };
    case "comment":
      return { body: v.body, visibility: given(v.visibility) };
    case "pause":
      return { waitingFor: given(v.waitingFor), note: v.note };
    default:
      return {};
  }
}

type BulkFieldsProps = {
  action: QueueBulkAction;
  values: BulkValues;
  onChange(change: Partial<BulkValues>): void;
  assignees: Assignees | undefined;
  error: FormError | null;
};

export function BulkFields({ action, values, onChange, assignees, error }: BulkFieldsProps) {
  const errors = error?.fieldErrors;
  const select = (
    key: "type" | "subDomain" | "nature" | "criticality",
    id: string,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <SelectField
      id={id}
      label={label}
      value={values[key]}
      onChange={(event) => onChange({ [key]: event.currentTarget.value })}
      error={fieldError(errors, key)}
    >
      <option value="">{t.unchanged}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  if (action === "assign")
    return (
      <SelectField
        id="groupe-titulaire"
        label={t.assignee}
        value={values.assignee}
        onChange={(event) => onChange({ assignee: event.currentTarget.value })}
        error={fieldError(errors, "assignee")}
      >
        <option value="">{t.choose}</option>
        <AssigneeOptions list={assignees} />
      </SelectField>
    );
  if (action === "qualify")
    return (
      <>
        <p className="field-hint">{t.qualifyHint}</p>
        <div className="filters">
          {select(
            "type",
            "groupe-type",
            t.type,
            SAISINE_TYPES.map((v) => ({ value: v, label: SAISINE_TYPE_LABELS[v] })),
          )}
          {select(
            "subDomain",
            "groupe-sous-domaine",
            t.subDomain,
            SUB_DOMAIN_LETTERS.map((v) => ({ value: v, label: subDomainLabel(v) })),
          )}
          {select(
            "nature",
            "groupe-nature",
            t.nature,
            SAISINE_NATURES.map((v) => ({ value: v, label: SAISINE_NATURE_LABELS[v] })),
          )}
          {select(
            "criticality",
            "groupe-criticite",
            t.criticality,
            SAISINE_CRITICALITIES.map((v) => ({ value: v, label: SAISINE_CRITICALITY_LABELS[v] })),
          )}
        </div>
        <TextAreaField
          id="groupe-note"
          label={t.qualifyNote}
          rows={2}
          value={values.note}
          onChange={(event) => onChange({ note: event.currentTarget.value })}
          error={fieldError(errors, "note")}
        />
      </>
    );
  if (action === "comment")
    return (
      <>
        <TextAreaField
          id="groupe-texte"
          label={t.comment}
          required
          rows={3}
          value={values.body}
          onChange={(event) => onChange({ body: event.currentTarget.value })}
          error={fieldError(errors, "body")}
        />
        <RadioGroup
          id="groupe-visibilite"
          legend={t.visibility}
          required
          options={[
            { value: "public", label: t.public },
            { value: "interne", label: t.internal },
          ]}
          value={values.visibility}
          onChange={(visibility) => onChange({ visibility })}
          error={fieldError(errors, "visibility")}
        />
      </>
    );
  if (action === "pause")
    return (
      <>
        <RadioGroup
          id="groupe-attente"
          legend={t.waitingFor}
          required
          options={[
            { value: "commune", label: t.waitCommune },
            { value: "tiers", label: t.waitThird },
          ]}
          value={values.waitingFor}
          onChange={(waitingFor) => onChange({ waitingFor })}
          error={fieldError(errors, "waitingFor")}
        />
        <TextAreaField
          id="groupe-note"
          label={t.note}
          required
          rows={2}
          value={values.note}
          onChange={(event) => onChange({ note: event.currentTarget.value })}
          error={fieldError(errors, "note")}
        />
      </>
    );
  return <p className="field-hint">{t.closeHint}</p>;
}
