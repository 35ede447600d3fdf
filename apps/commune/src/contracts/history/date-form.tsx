/** « Voir la version en vigueur à une date »: the date goes in the URL (?date=), the page shows that version. */
import { versionAtInput } from "@mutu/domain";
import { DayField, Form, fieldLayout, useFields, useRoute } from "@mutu/ui";
import { useEffect } from "react";
import { useSchemaForm } from "@mutu/web";
import { contractsMessages } from "../messages.ts";

const t = contractsMessages.history;

const dateInput = versionAtInput.pick({ date: true });

const fields = fieldLayout("contrat", { date: ["date", t.date] });

export function DateForm({ date, refusal }: { date: string; refusal: unknown }) {
  const { navigate } = useRoute();
  const form = useSchemaForm(dateInput, { error: refusal });
  const f = useFields({ date }, form.error, fields);
  // Back and forward change the URL under the form: show the date the page shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new date re-seeds the field
  useEffect(() => f.reset({ date }), [date]);

  function submit() {
    const checked = form.check(f.values);
    if (checked) navigate(`/contrat?date=${encodeURIComponent(checked.date)}`);
  }

  return (
    <Form
      error={form.error}
      fields={fields}
      className="form form-wide form-panel"
      labelledBy="date-titre"
      intro={<h3 id="date-titre">{t.dateTitle}</h3>}
      onSubmit={submit}
      actions={{ submit: t.show, variant: "secondary" }}
    >
      <DayField {...f.field("date")} hint={t.dateHint} />
    </Form>
  );
}
