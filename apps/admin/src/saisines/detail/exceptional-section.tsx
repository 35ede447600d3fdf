/**
 * The decision an exceptional saisine waits for: taken by the responsible managers of both sides,
 * recorded here — accepted with adapted means (work may start, the clock runs) or declined, with
 * reasons. Recorded once; afterwards it is shown as it was decided.
 */
import {
  EXCEPTIONAL_OUTCOME_LABELS,
  EXCEPTIONAL_OUTCOMES,
  type ExceptionalOutcome,
  exceptionalDecisionInput,
  parisToday,
} from "@mutu/domain";
import {
  Button,
  type Description,
  DescriptionList,
  Info,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
  fieldError,
  formatCalendarDate,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeError, useRefreshSaisine } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = detailMessages.exceptional;

const fields = [
  { name: "outcome", id: "exception-decision-0", label: t.outcome },
  { name: "decidedOn", id: "exception-date", label: t.decidedOn },
  { name: "reasons", id: "exception-motifs", label: t.reasons },
  { name: "adaptedMeans", id: "exception-moyens", label: t.means },
  { name: "communeManager.name", id: "exception-commune-nom", label: t.communeManager },
  { name: "communeManager.function", id: "exception-commune-fonction", label: t.communeManager },
  { name: "sharedServiceManager.name", id: "exception-sc-nom", label: t.sharedManager },
  {
    name: "sharedServiceManager.function",
    id: "exception-sc-fonction",
    label: t.sharedManager,
  },
] as const;

function DecisionForm({ saisine: s, onDone }: Props) {
  const refresh = useRefreshSaisine(s.id);
  const decide = trpc.saisines.decideExceptional.useMutation();
  const form = useSchemaForm(exceptionalDecisionInput, decide);
  const [outcome, setOutcome] = useState("");
  const [decidedOn, setDecidedOn] = useState(() => parisToday());
  const [reasons, setReasons] = useState("");
  const [means, setMeans] = useState("");
  const [communeName, setCommuneName] = useState("");
  const [communeFunction, setCommuneFunction] = useState("");
  const [sharedName, setSharedName] = useState("");
  const [sharedFunction, setSharedFunction] = useState("");
  const { error } = form;
  const errors = error?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({
      saisineId: s.id,
      outcome,
      decidedOn,
      reasons,
      ...(outcome === "acceptee" && means.trim() ? { adaptedMeans: means } : {}),
      communeManager: { name: communeName, function: communeFunction },
      sharedServiceManager: { name: sharedName, function: sharedFunction },
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

  const text = (
    id: string,
    label: string,
    value: string,
    set: (value: string) => void,
    name: string,
  ) => (
    <TextField
      id={id}
      label={label}
      required
      value={value}
      onChange={(event) => set(event.currentTarget.value)}
      error={fieldError(errors, name)}
    />
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
        id="exception-decision"
        legend={t.outcome}
        required
        options={EXCEPTIONAL_OUTCOMES.map((value) => ({
          value,
          label: EXCEPTIONAL_OUTCOME_LABELS[value],
        }))}
        value={outcome}
        onChange={(value) => setOutcome(value as ExceptionalOutcome)}
        error={fieldError(errors, "outcome")}
      >
        {outcome === "acceptee" ? (
          <TextAreaField
            id="exception-moyens"
            label={t.means}
            hint={t.meansHint}
            required
            rows={3}
            value={means}
            onChange={(event) => setMeans(event.currentTarget.value)}
            error={fieldError(errors, "adaptedMeans")}
          />
        ) : null}
      </RadioGroup>
      <TextField
        id="exception-date"
        label={t.decidedOn}
        type="date"
        required
        className="input input-short"
        value={decidedOn}
        onChange={(event) => setDecidedOn(event.currentTarget.value)}
        error={fieldError(errors, "decidedOn")}
      />
      <TextAreaField
        id="exception-motifs"
        label={t.reasons}
        hint={t.reasonsHint}
        required
        rows={4}
        value={reasons}
        onChange={(event) => setReasons(event.currentTarget.value)}
        error={fieldError(errors, "reasons")}
      />
      <fieldset className="fieldset-box">
        <legend>{t.communeManager}</legend>
        <div className="field-row">
          {text(
            "exception-commune-nom",
            t.name,
            communeName,
            setCommuneName,
            "communeManager.name",
          )}
          {text(
            "exception-commune-fonction",
            t.function,
            communeFunction,
            setCommuneFunction,
            "communeManager.function",
          )}
        </div>
      </fieldset>
      <fieldset className="fieldset-box">
        <legend>{t.sharedManager}</legend>
        <div className="field-row">
          {text("exception-sc-nom", t.name, sharedName, setSharedName, "sharedServiceManager.name")}
          {text(
            "exception-sc-fonction",
            t.function,
            sharedFunction,
            setSharedFunction,
            "sharedServiceManager.function",
          )}
        </div>
      </fieldset>
      <Button type="submit" busy={decide.isPending} busyLabel={t.submitting}>
        {t.submit}
      </Button>
    </form>
  );
}

type Props = { saisine: SaisineDetail; onDone(message: string): void };

export function ExceptionalSection({ saisine: s, onDone }: Props) {
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
    </Section>
  );
}
