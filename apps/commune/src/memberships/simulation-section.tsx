/**
 * « Simuler une autre formule »: the member states a choice (and, if it likes, another population,
 * an audit date, a joining date, extra level-1 half days); the API prices it, nothing is written.
 */
import { SUBSCRIPTION_LABELS, SUBSCRIPTIONS, simulateContributionInput } from "@mutu/domain";
import type { SimulateContributionInput } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  Form,
  formActions,
  formatMoney,
  labelled,
  NumberField,
  Options,
  Section,
  SelectField,
  Status,
  useFields,
} from "@mutu/ui";
import { useMemo, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { membershipsMessages } from "./messages.ts";
import { SimulationResult } from "./simulation-result.tsx";

const t = membershipsMessages.simulation;

const fields = fieldLayout("simulation", {
  population: ["population", t.population],
  subscription: ["formule", t.subscription],
  auditInvoicedOn: ["audit", t.auditInvoicedOn],
  joinedOn: ["adhesion", t.joinedOn],
  extraHalfDays: ["demi-journees", t.extraHalfDays],
});

/** '' → undefined; '12' → 12; anything else → NaN (refused before asking the API). */
function wholeNumber(value: string): number | undefined {
  const trimmed = value.replace(/\s/g, "");
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function SimulationSection({ id, population }: { id: string; population: number | null }) {
  const [input, setInput] = useState<SimulateContributionInput | null>(null);
  const simulation = trpc.memberships.simulate.useQuery(input ?? { subscription: "audit" }, {
    enabled: input !== null,
  });
  const form = useSchemaForm(simulateContributionInput, {
    error: input ? simulation.error : null,
  });
  // The API's message names fields by their code (joinedOn): the summary lists them by label.
  const error = useMemo(
    () =>
      form.error && Object.keys(form.error.fieldErrors).length
        ? { ...form.error, message: t.fix }
        : form.error,
    [form.error],
  );
  const f = useFields(
    {
      population: population === null ? "" : String(population),
      subscription: "socle-complet" as string,
      auditInvoicedOn: "",
      joinedOn: "",
      extraHalfDays: "",
    },
    error,
    fields,
  );
  const values = f.values;
  const result = input && !simulation.error ? simulation.data : undefined;

  function submit() {
    const pop = wholeNumber(values.population);
    const extra = wholeNumber(values.extraHalfDays);
    const checked = form.check(
      {
        subscription: values.subscription,
        ...(pop === undefined ? {} : { population: pop }),
        ...(extra === undefined ? {} : { extraHalfDays: extra }),
        ...(values.auditInvoicedOn ? { auditInvoicedOn: values.auditInvoicedOn } : {}),
        ...(values.joinedOn ? { joinedOn: values.joinedOn } : {}),
      },
      (fieldErrors) => {
        // A number typed as text: our words are clearer than zod's.
        if (Number.isNaN(pop)) fieldErrors.population = [t.invalidNumber];
        if (Number.isNaN(extra)) fieldErrors.extraHalfDays = [t.invalidNumber];
      },
    );
    if (checked) setInput(checked);
  }

  return (
    <Section id={id} title={membershipsMessages.contents.simulation} lead={t.lead}>
      <Form
        error={error}
        fields={fields}
        failed={t.failed}
        onSubmit={submit}
        actions={formActions(t, input !== null && simulation.isFetching)}
      >
        <NumberField {...f.field("population")} hint={t.populationHint} />
        <SelectField {...f.field("subscription")} required>
          <Options options={labelled(SUBSCRIPTIONS, SUBSCRIPTION_LABELS)} />
        </SelectField>
        <div className="field-row">
          <DayField {...f.field("auditInvoicedOn")} hint={t.auditHint} />
          <DayField {...f.field("joinedOn")} hint={t.joinedHint} />
        </div>
        <NumberField {...f.field("extraHalfDays")} hint={t.extraHint} />
      </Form>
      <Status>
        {result
          ? t.done(result.subscriptionLabel, formatMoney(result.contribution.firstYearCents))
          : null}
      </Status>
      {result ? <SimulationResult result={result} /> : null}
    </Section>
  );
}
