/**
 * The decision an exceptional saisine waits for: taken by the responsible managers of both sides,
 * recorded here — accepted with adapted means (work may start, the clock runs) or declined, with
 * reasons. Recorded once; afterwards it is shown as it was decided.
 */
import {
  EXCEPTIONAL_OUTCOME_LABELS,
  EXCEPTIONAL_OUTCOMES,
  exceptionalDecisionInput,
  parisToday,
} from "@mutu/domain";
import {
  Button,
  DayField,
  type Description,
  DescriptionList,
  fieldLayout,
  Info,
  labelled,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
  formatCalendarDate,
  useFields,
} from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeError, useConfirmation, useRefreshSaisine } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = detailMessages.exceptional;

const fields = fieldLayout("exception", {
  outcome: ["decision-0", t.outcome],
  decidedOn: ["date", t.decidedOn],
  reasons: ["motifs", t.reasons],
  adaptedMeans: ["moyens", t.means],
  "communeManager.name": ["commune-nom", t.communeManager],
  "communeManager.function": ["commune-fonction", t.communeManager],
  "sharedServiceManager.name": ["sc-nom", t.sharedManager],
  "sharedServiceManager.function": ["sc-fonction", t.sharedManager],
});

function DecisionForm({ saisine: s, onDone }: Props) {
  const refresh = useRefreshSaisine(s.id);
  const decide = trpc.saisines.decideExceptional.useMutation();
  const form = useSchemaForm(exceptionalDecisionInput, decide);
  const { error } = form;
  const f = useFields(
    {
      outcome: "",
      decidedOn: parisToday(),
      reasons: "",
      means: "",
      communeName: "",
      communeFunction: "",
      sharedName: "",
      sharedFunction: "",
    },
    error,
    fields,
  );
  const v = f.values;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({
      saisineId: s.id,
      outcome: v.outcome,
      decidedOn: v.decidedOn,
      reasons: v.reasons,
      ...(v.outcome === "acceptee" && v.means.trim() ? { adaptedMeans: v.means } : {}),
      communeManager: { name: v.communeName, function: v.communeFunction },
      sharedServiceManager: { name: v.sharedName, function: v.sharedFunction },
    });
    if (!checked) return;
    decide.mutate(
      { ...checked, version: s.version },
      {
        async onSuccess() {
          await refresh();
          onDone(t.done(EXCEPTIONAL_OUTCOME_LABELS[checked.outcome]));
        },
      },
    );
  }

  const manager = (side: "commune" | "shared", key: string, legend: string) => (
    <fieldset className="fieldset-box">
      <legend>{legend}</legend>
      <div className="field-row">
        <TextField
          id={`exception-${side === "commune" ? "commune" : "sc"}-nom`}
          label={t.name}
          required
          {...f.text(`${side}Name`, `${key}.name`)}
        />
        <TextField
          id={`exception-${side === "commune" ? "commune" : "sc"}-fonction`}
          label={t.function}
          required
          {...f.text(`${side}Function`, `${key}.function`)}
        />
      </div>
    </fieldset>
  );

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      <ChangeError
        error={error}
        fields={fields}
        title={t.failed}
        onReload={() => {
          decide.reset();
          void refresh();
        }}
      />
      <p>{t.lead}</p>
      <RadioGroup
        required
        options={labelled(EXCEPTIONAL_OUTCOMES, EXCEPTIONAL_OUTCOME_LABELS)}
        {...f.group("outcome")}
      >
        {v.outcome === "acceptee" ? (
          <TextAreaField
            {...f.field("means", "adaptedMeans")}
            hint={t.meansHint}
            required
            rows={3}
          />
        ) : null}
      </RadioGroup>
      <DayField {...f.field("decidedOn")} required />
      <TextAreaField {...f.field("reasons")} hint={t.reasonsHint} required rows={4} />
      {manager("commune", "communeManager", t.communeManager)}
      {manager("shared", "sharedServiceManager", t.sharedManager)}
      <Button type="submit" busy={decide.isPending} busyLabel={t.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}

type Props = { saisine: SaisineDetail; onDone(message: string): void };

export function ExceptionalSection({ saisine: s }: { saisine: SaisineDetail }) {
  const confirmation = useConfirmation();
  const onDone = confirmation.show;
  const d = s.exceptionalDecision;
  if (s.nature !== "exceptionnelle" && !d) return null;
  const mayDecide =
    s.allowedActions.includes("accepter-exception") ||
    s.allowedActions.includes("decliner-exception");
  const items: Description[] = d
    ? [
        { key: "outcome", term: t.outcome, description: EXCEPTIONAL_OUTCOME_LABELS[d.outcome] },
        { key: "on", term: t.decidedOn, description: formatCalendarDate(d.decidedOn) },
        {
          key: "reasons",
          term: t.reasons,
          description: <span className="text-block">{d.reasons}</span>,
        },
        ...(d.adaptedMeans
          ? [
              {
                key: "means",
                term: t.means,
                description: <span className="text-block">{d.adaptedMeans}</span>,
              },
            ]
          : []),
        {
          key: "commune",
          term: t.communeManager,
          description: t.manager(d.communeManager.name, d.communeManager.function),
        },
        {
          key: "shared",
          term: t.sharedManager,
          description: t.manager(d.sharedServiceManager.name, d.sharedServiceManager.function),
        },
        { key: "by", term: t.recordedBy, description: d.recordedBy },
      ]
    : [];
  return (
    <Section id="saisine-exceptionnelle" title={detailMessages.contents.exceptional}>
      {d ? (
        <DescriptionList items={items} />
      ) : (
        <>
          <Info>{t.pending}</Info>
          {mayDecide ? <DecisionForm saisine={s} onDone={onDone} /> : null}
        </>
      )}
      {confirmation.node}
    </Section>
  );
}
