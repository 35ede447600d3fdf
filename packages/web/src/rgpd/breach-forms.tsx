/**
 * Handling a breach, each step behind its button: assess it (persons, data, consequences, measures,
 * the risk), notify the CNIL — past 72 hours the form asks why before anything is sent —, inform the
 * persons, close it.
 */
import {
  assessBreachInput,
  BREACH_NATURE_LABELS,
  BREACH_NATURES,
  BREACH_RISK_LABELS,
  BREACH_RISK_LEVELS,
  closeBreachInput,
  informPersonsInput,
  isLateNotification,
  notificationProblems,
  notifyBreachInput,
  parisInstant,
  parisLocalDateTime,
} from "@mutu/domain";
import {
  type BoundField,
  CheckboxGroup,
  type FieldPlace,
  fieldLayout,
  Info,
  labelled,
  MomentField,
  NumberField,
  RadioGroup,
  TextAreaField,
  TextField,
} from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { ActionPanel, useStep } from "./action-panel.tsx";
import { breachMessages as t } from "./breach-messages.ts";
import { TextListField } from "./list-fields.tsx";
import type { BreachDetail, ProcessingSummary } from "./types.ts";

type Props = { b: BreachDetail; onDone(message: string): Promise<void> };
const count = (v: string) =>
  v.trim() === "" ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;
const words = <W extends { toggle: string; submit: string; failed: string; done: string }>(
  w: W,
) => ({ ...w, submitting: t.saving });
const now = () => parisLocalDateTime(new Date());

/** The places of a breach's facts (title, what happened, its nature) in a form's `fieldLayout`. */
export const breachFactPlaces = {
  title: ["intitule", t.title],
  description: ["description", t.description],
  natures: ["nature-0", t.natures],
} as const satisfies Record<string, FieldPlace>;

const a = t.assess;
const assessLayout = fieldLayout("evaluation", {
  ...breachFactPlaces,
  riskLevel: ["risque-0", a.risk],
  approxPersons: ["personnes-nombre", a.approxPersons],
  approxRecords: ["enregistrements", a.approxRecords],
  consequences: ["consequences", a.consequences],
  measuresTaken: ["mesures", a.measuresTaken],
  measuresProposed: ["mesures-envisagees", a.measuresProposed],
});

export function AssessForm({
  b,
  onDone,
  processings,
}: Props & { processings: readonly ProcessingSummary[] }) {
  const step = useStep(
    assessBreachInput,
    trpc.rgpd.breaches.assess.useMutation(),
    {
      title: b.title,
      description: b.description,
      natures: b.natures as string[],
      processingIds: b.processingIds,
      personCategories: b.personCategories,
      approxPersons: b.approxPersons === null ? "" : String(b.approxPersons),
      dataCategories: b.dataCategories,
      approxRecords: b.approxRecords === null ? "" : String(b.approxRecords),
      consequences: b.consequences,
      measuresTaken: b.measuresTaken,
      measuresProposed: b.measuresProposed,
      riskLevel: b.riskLevel ?? "",
    },
    assessLayout,
  );
  const { values: v, set } = step;
  const e = step.form.error?.fieldErrors;
  return (
    <ActionPanel
      id="evaluation"
      words={words(a)}
      step={step}
      values={() => ({
        breachId: b.id,
        revision: b.revision,
        ...v,
        approxPersons: count(v.approxPersons),
        approxRecords: count(v.approxRecords),
      })}
      onDone={onDone}
    >
      <BreachFactsFields f={step} />
      <CheckboxGroup
        id="evaluation-traitements"
        legend={a.processings}
        options={processings.map((p) => ({ value: p.id, label: `N° ${p.number} — ${p.name}` }))}
        {...step.choice("processingIds")}
      />
      <TextListField
        id="evaluation-personnes"
        legend={a.persons}
        items={v.personCategories}
        onChange={(personCategories) => set({ personCategories })}
        errors={e}
        name="personCategories"
        itemLabel={a.person}
        addLabel={a.addPerson}
      />
      <NumberField {...step.field("approxPersons")} />
      <TextListField
        id="evaluation-donnees"
        legend={a.data}
        items={v.dataCategories}
        onChange={(dataCategories) => set({ dataCategories })}
        errors={e}
        name="dataCategories"
        itemLabel={a.datum}
        addLabel={a.addDatum}
      />
      <NumberField {...step.field("approxRecords")} />
      <TextAreaField {...step.field("consequences")} rows={3} />
      <TextAreaField {...step.field("measuresTaken")} rows={3} />
      <TextAreaField {...step.field("measuresProposed")} rows={3} />
      <RadioGroup
        required
        options={labelled(BREACH_RISK_LEVELS, BREACH_RISK_LABELS)}
        {...step.group("riskLevel")}
      />
    </ActionPanel>
  );
}

const n = t.notify;
const notifyLayout = fieldLayout("notification", {
  notifiedAt: ["date", n.notifiedAt],
  cnilReference: ["reference", n.reference],
  lateJustification: ["retard", n.justification],
});

export function NotifyForm({ b, onDone }: Props) {
  const step = useStep(
    notifyBreachInput,
    trpc.rgpd.breaches.notify.useMutation(),
    { notifiedAt: now(), cnilReference: "", lateJustification: "" },
    notifyLayout,
  );
  const instant = parisInstant(step.values.notifiedAt);
  const late = instant !== null && isLateNotification(new Date(b.awareAt), instant);
  const input = { breachId: b.id, ...step.values };
  return (
    <ActionPanel
      id="notification"
      words={words(n)}
      step={step}
      values={() => input}
      adjust={(errors) => {
        if (Object.keys(errors).length === 0)
          Object.assign(errors, notificationProblems(new Date(b.awareAt), input));
      }}
      onDone={onDone}
    >
      <MomentField {...step.field("notifiedAt")} required />
      <TextField {...step.field("cnilReference")} required />
      {late ? <Info>{n.lateWarning}</Info> : null}
      <TextAreaField
        {...step.field("lateJustification")}
        hint={n.justificationHint}
        required={late}
        rows={3}
      />
    </ActionPanel>
  );
}

const i = t.inform;
const informLayout = fieldLayout("information", {
  informedAt: ["date", i.informedAt],
  means: ["moyen", i.means],
});

export function InformForm({ b, onDone }: Props) {
  const step = useStep(
    informPersonsInput,
    trpc.rgpd.breaches.informPersons.useMutation(),
    { informedAt: now(), means: "" },
    informLayout,
  );
  return (
    <ActionPanel
      id="information"
      words={words(i)}
      step={step}
      values={() => ({ breachId: b.id, ...step.values })}
      onDone={onDone}
    >
      <MomentField {...step.field("informedAt")} required />
      <TextField
        {...step.field("means")}
        hint={i.meansHint}
        required
        className="input input-wide"
      />
    </ActionPanel>
  );
}

const c = t.close;

export function CloseForm({ b, onDone }: Props) {
  const step = useStep(
    closeBreachInput,
    trpc.rgpd.breaches.close.useMutation(),
    { closingNote: "" },
    fieldLayout("cloture", { closingNote: ["mot", c.note] }),
  );
  return (
    <ActionPanel
      id="cloture"
      words={words(c)}
      step={step}
      values={() => ({ breachId: b.id, ...step.values })}
      intro={<p>{c.lead}</p>}
      onDone={onDone}
    >
      <TextAreaField {...step.field("closingNote")} rows={3} />
    </ActionPanel>
  );
}

/** What a breach is — its title, what happened, its nature — as it is opened and as it is assessed. */
export function BreachFactsFields({
  f,
}: {
  /** The form's fields, its layout holding `breachFactPlaces`. */
  f: {
    field(name: "title" | "description"): BoundField;
    group(name: "natures"): {
      id: string;
      legend: string;
      value: string[];
      onChange(value: string[]): void;
      error: string[];
    };
  };
}) {
  return (
    <>
      <TextField {...f.field("title")} required className="input input-wide" />
      <TextAreaField {...f.field("description")} required rows={4} />
      <CheckboxGroup
        required
        options={labelled(BREACH_NATURES, BREACH_NATURE_LABELS)}
        {...f.group("natures")}
      />
    </>
  );
}
