/**
 * What may be done with a processing record, each behind its button (the domain's
 * `processingActions` says which): ask the DPO's opinion, give it (reservations listed, reasons
 * when unfavourable), put the processing in force, declare its end.
 */
import {
  endProcessingInput,
  giveOpinionInput,
  INVENTORIED_PATHS,
  OPINION_OUTCOME_LABELS,
  OPINION_OUTCOMES,
  parisToday,
  putInForceInput,
  requestOpinionInput,
} from "@mutu/domain";
import {
  Form,
  FormPanel,
  RadioGroup,
  TextAreaField,
  TextField,
  fieldError,
  useFormPanel,
} from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { actionMessages as t } from "./action-messages.ts";
import { formMessages } from "./form-messages.ts";
import { TextListField } from "./list-fields.tsx";
import type { ProcessingDetail } from "./types.ts";

type Props = { p: ProcessingDetail; onDone(message: string): Promise<void> };

function RequestOpinion({ p, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.processing.requestOpinion.useMutation();
  const form = useSchemaForm(requestOpinionInput, mutation);
  const [note, setNote] = useState("");
  return (
    <FormPanel
      id="avis-demande"
      toggle={t.request.toggle}
      title={t.request.title}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={[{ name: "note", id: "avis-message", label: t.request.note }]}
        failed={t.request.failed}
        intro={<p>{t.request.lead}</p>}
        onSubmit={() => {
          const checked = form.check({ processingId: p.id, revision: p.revision, note });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.request.done);
              },
            });
        }}
        actions={{
          submit: t.request.submit,
          submitting: t.request.submitting,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <TextAreaField
          id="avis-message"
          label={t.request.note}
          hint={t.request.noteHint}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(form.error?.fieldErrors, "note")}
        />
      </Form>
    </FormPanel>
  );
}

function GiveOpinion({ p, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.processing.giveOpinion.useMutation();
  const form = useSchemaForm(giveOpinionInput, mutation);
  const [outcome, setOutcome] = useState("");
  const [reservations, setReservations] = useState<string[]>([]);
  const [text, setText] = useState("");
  const errors = form.error?.fieldErrors;
  return (
    <FormPanel
      id="avis-rendu"
      toggle={t.give.toggle}
      title={t.give.title}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={[
          { name: "outcome", id: "avis-sens-0", label: t.give.outcome },
          { name: "reservations", id: "avis-reserves", label: t.give.reservations },
          { name: "text", id: "avis-motivation", label: t.give.text },
        ]}
        failed={t.give.failed}
        onSubmit={() => {
          const checked = form.check({
            processingId: p.id,
            outcome,
            reservations: outcome === "favourable-with-reservations" ? reservations : [],
            text,
          });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.give.done);
              },
            });
        }}
        actions={{
          submit: t.give.submit,
          submitting: t.give.submitting,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <RadioGroup
          id="avis-sens"
          legend={t.give.outcome}
          required
          options={OPINION_OUTCOMES.map((value) => ({
            value,
            label: OPINION_OUTCOME_LABELS[value],
          }))}
          value={outcome}
          onChange={(value) => {
            setOutcome(value);
            if (value === "favourable-with-reservations" && reservations.length === 0)
              setReservations([""]);
          }}
          error={fieldError(errors, "outcome")}
        />
        {outcome === "favourable-with-reservations" ? (
          <TextListField
            id="avis-reserves"
            legend={t.give.reservations}
            hint={t.give.reservationsHint}
            items={reservations}
            onChange={setReservations}
            errors={errors}
            name="reservations"
            itemLabel={t.give.reservation}
            addLabel={t.give.addReservation}
          />
        ) : null}
        <TextAreaField
          id="avis-motivation"
          label={t.give.text}
          hint={t.give.textHint}
          rows={4}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError(errors, "text")}
        />
      </Form>
    </FormPanel>
  );
}

function PutInForce({ p, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.processing.putInForce.useMutation();
  const form = useSchemaForm(putInForceInput, mutation);
  const [date, setDate] = useState(() => parisToday());
  const inventoried = INVENTORIED_PATHS.includes(p.content.path);
  return (
    <FormPanel
      id="mise-en-oeuvre"
      toggle={t.inForce.toggle}
      title={t.inForce.title}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={[{ name: "inForceOn", id: "mise-en-oeuvre-date", label: t.inForce.date }]}
        failed={t.inForce.failed}
        intro={<p>{inventoried ? t.inForce.leadInventoried : t.inForce.lead}</p>}
        onSubmit={() => {
          const checked = form.check({ processingId: p.id, revision: p.revision, inForceOn: date });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.inForce.done);
              },
            });
        }}
        actions={{
          submit: t.inForce.submit,
          submitting: t.inForce.submitting,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <TextField
          id="mise-en-oeuvre-date"
          label={t.inForce.date}
          type="date"
          required
          className="input input-short"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError(form.error?.fieldErrors, "inForceOn")}
        />
      </Form>
    </FormPanel>
  );
}

function End({ p, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.processing.end.useMutation();
  const form = useSchemaForm(endProcessingInput, mutation);
  const [date, setDate] = useState(() => parisToday());
  const [declaration, setDeclaration] = useState("");
  const errors = form.error?.fieldErrors;
  return (
    <FormPanel id="arret" toggle={t.end.toggle} title={t.end.title} headingLevel={3} state={panel}>
      <Form
        error={form.error}
        fields={[
          { name: "endedOn", id: "arret-date", label: t.end.date },
          { name: "declaration", id: "arret-declaration", label: t.end.declaration },
        ]}
        failed={t.end.failed}
        intro={<p>{t.end.lead}</p>}
        onSubmit={() => {
          const checked = form.check({ processingId: p.id, endedOn: date, declaration });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.end.done);
              },
            });
        }}
        actions={{
          submit: t.end.submit,
          submitting: t.end.submitting,
          pending: mutation.isPending,
          variant: "danger",
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <TextField
          id="arret-date"
          label={t.end.date}
          type="date"
          required
          className="input input-short"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError(errors, "endedOn")}
        />
        <TextAreaField
          id="arret-declaration"
          label={t.end.declaration}
          hint={t.end.declarationHint}
          required
          rows={3}
          value={declaration}
          onChange={(e) => setDeclaration(e.currentTarget.value)}
          error={fieldError(errors, "declaration")}
        />
      </Form>
    </FormPanel>
  );
}

export function ProcessingActions(props: Props) {
  const { actions } = props.p;
  return (
    <>
      {actions.includes("give-opinion") ? <GiveOpinion {...props} /> : null}
      {actions.includes("request-opinion") ? <RequestOpinion {...props} /> : null}
      {actions.includes("put-in-force") ? <PutInForce {...props} /> : null}
      {actions.includes("end") ? <End {...props} /> : null}
    </>
  );
}
