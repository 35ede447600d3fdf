/** « Voir la version en vigueur à une date »: the date goes in the URL (?date=), the page shows that version. */
import { versionAtInput } from "@mutu/domain";
import { DayField, Form, fieldError, useRoute } from "@mutu/ui";
import { useEffect, useState } from "react";
import { useSchemaForm } from "@mutu/web";
import { contractsMessages } from "../messages.ts";

const t = contractsMessages.history;

const dateInput = versionAtInput.pick({ date: true });

const fields = [{ name: "date", id: "contrat-date", label: t.date }] as const;

export function DateForm({ date, refusal }: { date: string; refusal: unknown }) {
  const { navigate } = useRoute();
  const [value, setValue] = useState(date);
  const form = useSchemaForm(dateInput, { error: refusal });
  // Back and forward change the URL under the form: show the date the page shows.
  useEffect(() => setValue(date), [date]);

  function submit() {
    const checked = form.check({ date: value });
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
      <DayField
        id="contrat-date"
        label={t.date}
        hint={t.dateHint}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={fieldError(form.error?.fieldErrors, "date")}
      />
    </Form>
  );
}
