/** « Voir la version en vigueur à une date »: the date goes in the URL (?date=), the page shows that version. */
import {
  Actions,
  Button,
  type FormError,
  FormErrorSummary,
  TextField,
  fieldError,
  useRoute,
} from "@mutu/ui";
import { type FormEvent, useEffect, useState } from "react";
import { contractsMessages } from "../messages.ts";

const t = contractsMessages.history;

const fields = [{ name: "date", id: "contrat-date", label: t.date }] as const;

export function DateForm({ date, error }: { date: string; error: FormError | null }) {
  const { navigate } = useRoute();
  const [value, setValue] = useState(date);
  const [local, setLocal] = useState<FormError | null>(null);
  // Back and forward change the URL under the form: show the date the page shows.
  useEffect(() => setValue(date), [date]);
  const shown = local ?? error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!value) {
      setLocal({ message: t.dateRequired, fieldErrors: { date: [t.dateRequired] }, code: null });
      return;
    }
    setLocal(null);
    navigate(`/contrat?date=${encodeURIComponent(value)}`);
  }

  return (
    <form
      className="form form-wide form-panel"
      noValidate
      onSubmit={submit}
      aria-labelledby="date-titre"
    >
      <h3 id="date-titre">{t.dateTitle}</h3>
      <FormErrorSummary error={shown} fields={fields} headingLevel={3} />
      <TextField
        id="contrat-date"
        label={t.date}
        hint={t.dateHint}
        type="date"
        className="input input-short"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={fieldError(shown?.fieldErrors, "date")}
      />
      <Actions>
        <Button type="submit" variant="secondary">
          {t.show}
        </Button>
      </Actions>
    </form>
  );
}
