/** The amendment's number and subject (they also go into the annex's origin). */
import { fieldLayout, NumberField, TextField } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import type { VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { bindPart, orNull, useDraftSave, useEditable } from "./use-draft.ts";

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
  const f = bindPart(form, draft, fields);

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
      <NumberField {...f.field("number", "amendmentNumber")} hint={t.numberHint} />
      <TextField {...f.field("subject")} className="input input-wide" />
    </DraftPartForm>
  );
}
