/**
 * « Simuler une autre formule »: the member states a choice (and, if it likes, another population,
 * an audit date, a joining date, extra level-1 half days); the API prices it, nothing is written.
 */
import type { RouterInputs } from "@mutu/api";
import {
  Actions,
  Button,
  type FormError,
  FormErrorSummary,
  Section,
  SelectField,
  Status,
  TextField,
  fieldError,
  formatMoney,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useMemo, useState } from "react";
import { trpc } from "@mutu/web";
import { membershipsMessages } from "./messages.ts";
import { SimulationResult } from "./simulation-result.tsx";

const t = membershipsMessages.simulation;
const labels = membershipsMessages.subscriptions;

type Input = RouterInputs["memberships"]["simulate"];
type Subscription = Input["subscription"];

const SUBSCRIPTIONS = Object.keys(labels) as Subscription[];

const fields = [
  { name: "population", id: "simulation-population", label: t.population },
  { name: "subscription", id: "simulation-formule", label: t.subscription },
  { name: "auditInvoicedOn", id: "simulation-audit", label: t.auditInvoicedOn },
  { name: "joinedOn", id: "simulation-adhesion", label: t.joinedOn },
  { name: "extraHalfDays", id: "simulation-demi-journees", label: t.extraHalfDays },
] as const;

/** '' → undefined; '12' → 12; anything else → NaN (refused before asking the API). */
function wholeNumber(value: string): number | undefined {
  const trimmed = value.replace(/\s/g, "");
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function SimulationSection({ id, population }: { id: string; population: number | null }) {
  const [form, setForm] = useState({
    population: population === null ? "" : String(population),
    subscription: "socle-complet" as Subscription,
    auditInvoicedOn: "",
    joinedOn: "",
    extraHalfDays: "",
  });
  const [input, setInput] = useState<Input | null>(null);
  const [localError, setLocalError] = useState<FormError | null>(null);
  const simulation = trpc.memberships.simulate.useQuery(input ?? { subscription: "audit" }, {
    enabled: input !== null,
  });
  const serverError = useFormError(input ? simulation.error : null);
  // The API's message names fields by their code (joinedOn): the summary lists them by label.
  const explained = useMemo(
    () =>
      serverError && Object.keys(serverError.fieldErrors).length
        ? { ...serverError, message: t.fix }
        : serverError,
    [serverError],
  );
  const error = localError ?? explained;
  const result = input && !simulation.error ? simulation.data : undefined;

  function set<K extends keyof typeof form>(key: K, value: (typeof form)[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pop = wholeNumber(form.population);
    const extra = wholeNumber(form.extraHalfDays);
    const bad: Record<string, string[]> = {};
    if (Number.isNaN(pop)) bad.population = [t.invalidNumber];
    if (Number.isNaN(extra)) bad.extraHalfDays = [t.invalidNumber];
    if (Object.keys(bad).length) {
      setLocalError({ message: t.fix, fieldErrors: bad, code: null });
      return;
    }
    setLocalError(null);
    setInput({
      subscription: form.subscription,
      ...(pop === undefined ? {} : { population: pop }),
      ...(extra === undefined ? {} : { extraHalfDays: extra }),
      ...(form.auditInvoicedOn ? { auditInvoicedOn: form.auditInvoicedOn } : {}),
      ...(form.joinedOn ? { joinedOn: form.joinedOn } : {}),
    });
  }

  return (
    <Section id={id} title={membershipsMessages.contents.simulation} lead={t.lead}>
      <form className="form" noValidate onSubmit={submit}>
        <FormErrorSummary error={error} fields={fields} title={t.failed} headingLevel={3} />
        <TextField
          id="simulation-population"
          label={t.population}
          hint={t.populationHint}
          inputMode="numeric"
          className="input input-short"
          value={form.population}
          onChange={(event) => set("population", event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "population")}
        />
        <SelectField
          id="simulation-formule"
          label={t.subscription}
          required
          value={form.subscription}
          onChange={(event) => set("subscription", event.currentTarget.value as Subscription)}
          error={fieldError(error?.fieldErrors, "subscription")}
        >
          {SUBSCRIPTIONS.map((code) => (
            <option key={code} value={code}>
              {labels[code]}
            </option>
          ))}
        </SelectField>
        <div className="field-row">
          <TextField
            id="simulation-audit"
            label={t.auditInvoicedOn}
            hint={t.auditHint}
            type="date"
            value={form.auditInvoicedOn}
            onChange={(event) => set("auditInvoicedOn", event.currentTarget.value)}
            error={fieldError(error?.fieldErrors, "auditInvoicedOn")}
          />
          <TextField
            id="simulation-adhesion"
            label={t.joinedOn}
            hint={t.joinedHint}
            type="date"
            value={form.joinedOn}
            onChange={(event) => set("joinedOn", event.currentTarget.value)}
            error={fieldError(error?.fieldErrors, "joinedOn")}
          />
        </div>
        <TextField
          id="simulation-demi-journees"
          label={t.extraHalfDays}
          hint={t.extraHint}
          inputMode="numeric"
          className="input input-short"
          value={form.extraHalfDays}
          onChange={(event) => set("extraHalfDays", event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "extraHalfDays")}
        />
        <Actions>
          <Button
            type="submit"
            busy={input !== null && simulation.isFetching}
            busyLabel={t.submitting}
          >
            {t.submit}
          </Button>
        </Actions>
      </form>
      <Status>
        {result
          ? t.done(result.subscriptionLabel, formatMoney(result.contribution.firstYearCents))
          : null}
      </Status>
      {result ? <SimulationResult result={result} /> : null}
    </Section>
  );
}
