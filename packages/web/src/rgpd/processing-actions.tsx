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
import { RadioGroup, TextAreaField, TextField, fieldError } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { actionMessages as t } from "./action-messages.ts";
import { ActionPanel } from "./action-panel.tsx";
import { TextListField } from "./list-fields.tsx";
import type { ProcessingDetail } from "./types.ts";

type Props = { p: ProcessingDetail; onDone(message: string): Promise<void> };

function RequestOpinion({ p, onDone }: Props) {
  const [note, setNote] = useState("");
  return (
    <ActionPanel
      id="avis-demande"
      words={t.request}
      schema={requestOpinionInput}
      mutation={trpc.rgpd.processing.requestOpinion.useMutation()}
      fields={[{ name: "note", id: "avis-message", label: t.request.note }]}
      values={() => ({ processingId: p.id, revision: p.revision, note })}
      intro={<p>{t.request.lead}</p>}
      onDone={onDone}
    >
      {(errors) => (
        <TextAreaField
          id="avis-message"
          label={t.request.note}
          hint={t.request.noteHint}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(errors, "note")}
        />
      )}
    </ActionPanel>
  );
}

function GiveOpinion({ p, onDone }: Props) {
  const [outcome, setOutcome] = useState("");
  const [reservations, setReservations] = useState<string[]>([]);
  const [text, setText] = useState("");
  return (
    <ActionPanel
      id="avis-rendu"
      words={t.give}
      schema={giveOpinionInput}
      mutation={trpc.rgpd.processing.giveOpinion.useMutation()}
      fields={[
        { name: "outcome", id: "avis-sens-0", label: t.give.outcome },
        { name: "reservations", id: "avis-reserves", label: t.give.reservations },
        { name: "text", id: "avis-motivation", label: t.give.text },
      ]}
      values={() => ({
        processingId: p.id,
        outcome,
        reservations: outcome === "favourable-with-reservations" ? reservations : [],
        text,
      })}
      onDone={onDone}
    >
      {(errors) => (
        <>
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
        </>
      )}
    </ActionPanel>
  );
}

function PutInForce({ p, onDone }: Props) {
  const [date, setDate] = useState(() => parisToday());
  const inventoried = INVENTORIED_PATHS.includes(p.content.path);
  return (
    <ActionPanel
      id="mise-en-oeuvre"
      words={t.inForce}
      schema={putInForceInput}
      mutation={trpc.rgpd.processing.putInForce.useMutation()}
      fields={[{ name: "inForceOn", id: "mise-en-oeuvre-date", label: t.inForce.date }]}
      values={() => ({ processingId: p.id, revision: p.revision, inForceOn: date })}
      intro={<p>{inventoried ? t.inForce.leadInventoried : t.inForce.lead}</p>}
      onDone={onDone}
    >
      {(errors) => (
        <TextField
          id="mise-en-oeuvre-date"
          label={t.inForce.date}
          type="date"
          required
          className="input input-short"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError(errors, "inForceOn")}
        />
      )}
    </ActionPanel>
  );
}

function End({ p, onDone }: Props) {
  const [date, setDate] = useState(() => parisToday());
  const [declaration, setDeclaration] = useState("");
  return (
    <ActionPanel
      id="arret"
      words={t.end}
      schema={endProcessingInput}
      mutation={trpc.rgpd.processing.end.useMutation()}
      fields={[
        { name: "endedOn", id: "arret-date", label: t.end.date },
        { name: "declaration", id: "arret-declaration", label: t.end.declaration },
      ]}
      values={() => ({ processingId: p.id, endedOn: date, declaration })}
      intro={<p>{t.end.lead}</p>}
      variant="danger"
      onDone={onDone}
    >
      {(errors) => (
        <>
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
        </>
      )}
    </ActionPanel>
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
