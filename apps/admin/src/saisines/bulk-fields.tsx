/**
 * What each bulk action needs: an assignee; a qualification (unchanged fields keep each
 * saisine's own, none changed confirms them as filed); a comment and who reads it; what is
 * awaited and from whom. Closing needs nothing.
 */
import { COMMENT_VISIBILITIES, PAUSE_WAITING_FOR, type QueueBulkAction } from "@mutu/domain";
import {
  fieldLayout,
  type FormError,
  labelled,
  RadioGroup,
  SelectField,
  TextAreaField,
  useFields,
} from "@mutu/ui";
import { AssigneeOptions } from "./assignee-options.tsx";
import { saisinesMessages } from "./messages.ts";
import { QualificationOptions } from "./qualification-options.tsx";
import type { Assignees } from "./types.ts";
import { assigneeFrom } from "./use-assignees.ts";

const t = saisinesMessages.bulk;

/** The bar's fields, in their order on screen (its error summary lists them). */
export const BULK_FIELDS = fieldLayout("groupe", {
  action: ["action", t.action],
  items: ["selection", t.selection],
  assignee: ["titulaire", t.assignee],
  type: ["type", t.type],
  subDomain: ["sous-domaine", t.subDomain],
  nature: ["nature", t.nature],
  criticality: ["criticite", t.criticality],
  waitingFor: ["attente-0", t.waitingFor],
  visibility: ["visibilite-0", t.visibility],
  body: ["texte", t.comment],
  note: ["note", t.note],
});

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

export const useBulkFields = (error: FormError | null) => useFields(EMPTY_BULK, error, BULK_FIELDS);
type Fields = ReturnType<typeof useBulkFields>;

type BulkFieldsProps = {
  action: QueueBulkAction;
  f: Fields;
  assignees: Assignees | undefined;
};

export function BulkFields({ action, f, assignees }: BulkFieldsProps) {
  const select = (name: "type" | "subDomain" | "nature" | "criticality") => (
    <SelectField {...f.field(name)}>
      <option value="">{t.unchanged}</option>
      <QualificationOptions of={name} />
    </SelectField>
  );
  if (action === "assign")
    return (
      <SelectField {...f.field("assignee")}>
        <option value="">{t.choose}</option>
        <AssigneeOptions list={assignees} />
      </SelectField>
    );
  if (action === "qualify")
    return (
      <>
        <p className="field-hint">{t.qualifyHint}</p>
        <div className="filters">
          {select("type")}
          {select("subDomain")}
          {select("nature")}
          {select("criticality")}
        </div>
        <TextAreaField {...f.field("note")} label={t.qualifyNote} rows={2} />
      </>
    );
  if (action === "comment")
    return (
      <>
        <TextAreaField {...f.field("body")} required rows={3} />
        <RadioGroup
          required
          options={labelled(COMMENT_VISIBILITIES, t.visibilities)}
          {...f.group("visibility")}
        />
      </>
    );
  if (action === "pause")
    return (
      <>
        <RadioGroup
          required
          options={labelled(PAUSE_WAITING_FOR, t.waitingForOptions)}
          {...f.group("waitingFor")}
        />
        <TextAreaField {...f.field("note")} required rows={2} />
      </>
    );
  return <p className="field-hint">{t.closeHint}</p>;
}
