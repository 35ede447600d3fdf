/**
 * Support hours: the contract's wording, and for each day the intervals the SLA clocks use
 * (« 08:30-12:00, 13:00-17:00 »; « fermé »; empty when the contract does not mention the day).
 */
import { fieldLayout, TextAreaField } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import type { Annex, VersionDetail, Weekday } from "../types.ts";
import { readWeek, weekText } from "./hours-text.ts";
import { DraftPartForm } from "./part-form.tsx";
import { bindPart, orNull, useDraftSave, useEditable } from "./use-draft.ts";
import { WeekFields, weekFields } from "./week-fields.tsx";

const t = contractsMessages.amendment;
const PATH = "annex.supportHours.parsed";

const fields = [
  ...fieldLayout("horaires", { "annex.supportHours.asWritten": ["texte", t.asWritten] }),
  ...weekFields(PATH, "horaires", t.day),
];

type State = { asWritten: string; days: Record<Weekday, string> };

function toState(annex: Annex): State {
  const { asWritten, parsed } = annex.supportHours;
  return { asWritten: asWritten ?? "", days: weekText(parsed) };
}

export function HoursForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const draft = useDraftSave(version, fields, t.contents.hours);
  const { error } = draft;
  const f = bindPart(form, draft, fields);

  function submit() {
    // No day mentioned at all (week null): the contract gives no usable hours.
    const { week, bad } = readWeek(form.value.days);
    const supportHours = {
      ...annex.supportHours,
      asWritten: orNull(form.value.asWritten),
      parsed: week,
    };
    draft.save({ annex: { ...annex, supportHours } }, form.saved, (fieldErrors) => {
      for (const day of bad) fieldErrors[`${PATH}.${day}`] = [t.badHours];
    });
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.hours} onSubmit={submit}>
      <TextAreaField
        {...f.field("asWritten", "annex.supportHours.asWritten")}
        className="input input-wide"
        rows={3}
      />
      <WeekFields
        path={PATH}
        idPrefix="horaires"
        label={t.day}
        days={form.value.days}
        errors={error?.fieldErrors}
        onChange={(days) => form.set((v) => ({ ...v, days }))}
      />
    </DraftPartForm>
  );
}
