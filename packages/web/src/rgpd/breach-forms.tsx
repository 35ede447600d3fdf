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
  CheckboxGroup,
  type FieldErrors,
  Info,
  RadioGroup,
  TextAreaField,
  TextField,
  fieldError,
} from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { ActionPanel } from "./action-panel.tsx";
import { breachMessages as t } from "./breach-messages.ts";
import { TextListField } from "./list-fields.tsx";
import type { BreachDetail, ProcessingSummary } from "./types.ts";

type Props = { b: BreachDetail; onDone(message: string): Promise<void> };
const count = (v: string) =>
  v.trim() === "" ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;
const words = <W extends { toggle: string; submit: string; failed: string; done: string }>(
  w: W,
) => ({ ...w, submitting: t.saving });

export function AssessForm({
  b,
  onDone,
  processings,
}: Props & { processings: readonly ProcessingSummary[] }) {
  const [v, setV] = useState({
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
  });
  const set = (change: Partial<typeof v>) => setV((x) => ({ ...x, ...change }));
  const a = t.assess;
  const text = (
    id: string,
    name: "consequences" | "measuresTaken" | "measuresProposed",
    label: string,
    e: Record<string, string[]> | undefined,
  ) => (
    <TextAreaField
      id={id}
      label={label}
      rows={3}
      value={v[name]}
      onChange={(x) => set({ [name]: x.currentTarget.value })}
      error={fieldError(e, name)}
    />
  );
  return (
    <ActionPanel
      id="evaluation"
      words={words(a)}
      schema={assessBreachInput}
      mutation={trpc.rgpd.breaches.assess.useMutation()}
      fields={[
        { name: "title", id: "evaluation-intitule", label: t.title },
        { name: "description", id: "evaluation-description", label: t.description },
        { name: "natures", id: "evaluation-nature-0", label: t.natures },
        { name: "riskLevel", id: "evaluation-risque-0", label: a.risk },
        { name: "approxPersons", id: "evaluation-personnes-nombre", label: a.approxPersons },
        { name: "approxRecords", id: "evaluation-enregistrements", label: a.approxRecords },
      ]}
      values={() => ({
        breachId: b.id,
        revision: b.revision,
        ...v,
        approxPersons: count(v.approxPersons),
        approxRecords: count(v.approxRecords),
      })}
      onDone={onDone}
    >
      {(e) => (
        <>
          <BreachFactsFields idPrefix="evaluation" v={v} set={set} e={e} />
          <CheckboxGroup
            id="evaluation-traitements"
            legend={a.processings}
            options={processings.map((p) => ({ value: p.id, label: `N° ${p.number} — ${p.name}` }))}
            value={v.processingIds}
            onChange={(processingIds) => set({ processingIds })}
            error={fieldError(e, "processingIds")}
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
          <TextField
            id="evaluation-personnes-nombre"
            label={a.approxPersons}
            inputMode="numeric"
            className="input input-short"
            value={v.approxPersons}
            onChange={(x) => set({ approxPersons: x.currentTarget.value })}
            error={fieldError(e, "approxPersons")}
          />
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
          <TextField
            id="evaluation-enregistrements"
            label={a.approxRecords}
            inputMode="numeric"
            className="input input-short"
            value={v.approxRecords}
            onChange={(x) => set({ approxRecords: x.currentTarget.value })}
            error={fieldError(e, "approxRecords")}
          />
          {text("evaluation-consequences", "consequences", a.consequences, e)}
          {text("evaluation-mesures", "measuresTaken", a.measuresTaken, e)}
          {text("evaluation-mesures-envisagees", "measuresProposed", a.measuresProposed, e)}
          <RadioGroup
            id="evaluation-risque"
            legend={a.risk}
            required
            options={BREACH_RISK_LEVELS.map((r) => ({ value: r, label: BREACH_RISK_LABELS[r] }))}
            value={v.riskLevel}
            onChange={(riskLevel) => set({ riskLevel })}
            error={fieldError(e, "riskLevel")}
          />
        </>
      )}
    </ActionPanel>
  );
}

export function NotifyForm({ b, onDone }: Props) {
  const [notifiedAt, setNotifiedAt] = useState(() => parisLocalDateTime(new Date()));
  const [cnilReference, setReference] = useState("");
  const [lateJustification, setJustification] = useState("");
  const instant = parisInstant(notifiedAt);
  const late = instant !== null && isLateNotification(new Date(b.awareAt), instant);
  const n = t.notify;
  const input = { breachId: b.id, notifiedAt, cnilReference, lateJustification };
  return (
    <ActionPanel
      id="notification"
      words={words(n)}
      schema={notifyBreachInput}
      mutation={trpc.rgpd.breaches.notify.useMutation()}
      fields={[
        { name: "notifiedAt", id: "notification-date", label: n.notifiedAt },
        { name: "cnilReference", id: "notification-reference", label: n.reference },
        { name: "lateJustification", id: "notification-retard", label: n.justification },
      ]}
      values={() => input}
      adjust={(errors) => {
        if (Object.keys(errors).length === 0)
          Object.assign(errors, notificationProblems(new Date(b.awareAt), input));
      }}
      onDone={onDone}
    >
      {(e) => (
        <>
          <TextField
            id="notification-date"
            label={n.notifiedAt}
            type="datetime-local"
            required
            className="input input-moment"
            value={notifiedAt}
            onChange={(x) => setNotifiedAt(x.currentTarget.value)}
            error={fieldError(e, "notifiedAt")}
          />
          <TextField
            id="notification-reference"
            label={n.reference}
            required
            value={cnilReference}
            onChange={(x) => setReference(x.currentTarget.value)}
            error={fieldError(e, "cnilReference")}
          />
          {late ? <Info>{n.lateWarning}</Info> : null}
          <TextAreaField
            id="notification-retard"
            label={n.justification}
            hint={n.justificationHint}
            required={late}
            rows={3}
            value={lateJustification}
            onChange={(x) => setJustification(x.currentTarget.value)}
            error={fieldError(e, "lateJustification")}
          />
        </>
      )}
    </ActionPanel>
  );
}

export function InformForm({ b, onDone }: Props) {
  const [informedAt, setInformedAt] = useState(() => parisLocalDateTime(new Date()));
  const [means, setMeans] = useState("");
  const i = t.inform;
  return (
    <ActionPanel
      id="information"
      words={words(i)}
      schema={informPersonsInput}
      mutation={trpc.rgpd.breaches.informPersons.useMutation()}
      fields={[
        { name: "informedAt", id: "information-date", label: i.informedAt },
        { name: "means", id: "information-moyen", label: i.means },
      ]}
      values={() => ({ breachId: b.id, informedAt, means })}
      onDone={onDone}
    >
      {(e) => (
        <>
          <TextField
            id="information-date"
            label={i.informedAt}
            type="datetime-local"
            required
            className="input input-moment"
            value={informedAt}
            onChange={(x) => setInformedAt(x.currentTarget.value)}
            error={fieldError(e, "informedAt")}
          />
          <TextField
            id="information-moyen"
            label={i.means}
            hint={i.meansHint}
            required
            className="input input-wide"
            value={means}
            onChange={(x) => setMeans(x.currentTarget.value)}
            error={fieldError(e, "means")}
          />
        </>
      )}
    </ActionPanel>
  );
}

export function CloseForm({ b, onDone }: Props) {
  const [closingNote, setNote] = useState("");
  const c = t.close;
  return (
    <ActionPanel
      id="cloture"
      words={words(c)}
      schema={closeBreachInput}
      mutation={trpc.rgpd.breaches.close.useMutation()}
      fields={[{ name: "closingNote", id: "cloture-mot", label: c.note }]}
      values={() => ({ breachId: b.id, closingNote })}
      intro={<p>{c.lead}</p>}
      onDone={onDone}
    >
      {(e) => (
        <TextAreaField
          id="cloture-mot"
          label={c.note}
          rows={3}
          value={closingNote}
          onChange={(x) => setNote(x.currentTarget.value)}
          error={fieldError(e, "closingNote")}
        />
      )}
    </ActionPanel>
  );
}

/** What a breach is — its title, what happened, its nature — as it is opened and as it is assessed. */
export function BreachFactsFields({
  idPrefix,
  v,
  set,
  e,
}: {
  idPrefix: string;
  v: { title: string; description: string; natures: string[] };
  set(change: { title?: string; description?: string; natures?: string[] }): void;
  e: FieldErrors | undefined;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-intitule`}
        label={t.title}
        required
        className="input input-wide"
        value={v.title}
        onChange={(x) => set({ title: x.currentTarget.value })}
        error={fieldError(e, "title")}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t.description}
        required
        rows={4}
        value={v.description}
        onChange={(x) => set({ description: x.currentTarget.value })}
        error={fieldError(e, "description")}
      />
      <CheckboxGroup
        id={`${idPrefix}-nature`}
        legend={t.natures}
        required
        options={BREACH_NATURES.map((n) => ({ value: n, label: BREACH_NATURE_LABELS[n] }))}
        value={v.natures}
        onChange={(natures) => set({ natures })}
        error={fieldError(e, "natures")}
      />
    </>
  );
}
