/** The amendment's number and subject (they also go into the annex's origin). */
import { fieldError, fieldLayout, NumberField, TextField } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import type { VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { orNull, useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

const fields = fieldLayout("avenant", {
  amendmentNumber: ["numero", t.number],
  subject: ["objet", t.subject],
});

export function SubjectForm({ version }: { version: VersionDetail }) {
  const form = useEditable({
    number: version.amendmentNumber === null ? "" : String(version.amendmentNumber),
    subject: version.subject ?? "",
  });
  const draft = useDraftSave(version, fields, t.contents.subject);
  const { error } = draft;

  function submit() {
    const text = form.value.number.trim();
    draft.save(
      { amendmentNumber: text === "" ? null : Number(text), subject: orNull(form.value.subject) },
      form.saved,
      (fieldErrors) => {
        // A number typed as text: our words are clearer than zod's.
        if (text !== "" && !/^[1-9]\d*$/.test(text))
          fieldErrors.amendmentNumber = [t.invalidNumber];
      },
    );
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.subject} onSubmit={submit}>
      <NumberField
        id="avenant-numero"
        label={t.number}
        hint={t.numberHint}
        value={form.value.number}
        onChange={(event) => {
          const number = event.currentTarget.value;
          form.set((v) => ({ ...v, number }));
        }}
        error={fieldError(error?.fieldErrors, "amendmentNumber")}
      />
      <TextField
        id="avenant-objet"
        label={t.subject}
        className="input input-wide"
        value={form.value.subject}
        onChange={(event) => {
          const subject = event.currentTarget.value;
          form.set((v) => ({ ...v, subject }));
        }}
        error={fieldError(error?.fieldErrors, "subject")}
      />
    </DraftPartForm>
  );
}
