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
import { DayField, fieldLayout, labelled, RadioGroup, TextAreaField } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { actionMessages as t } from "./action-messages.ts";
import { ActionPanel, useStep } from "./action-panel.tsx";
import { TextListField } from "./list-fields.tsx";
import type { ProcessingDetail } from "./types.ts";

type Props = { p: ProcessingDetail; onDone(message: string): Promise<void> };

function RequestOpinion({ p, onDone }: Props) {
  const step = useStep(
    requestOpinionInput,
    trpc.rgpd.processing.requestOpinion.useMutation(),
    { note: "" },
    fieldLayout("avis", { note: ["message", t.request.note] }),
  );
  return (
    <ActionPanel
      id="avis-demande"
      words={t.request}
      step={step}
      values={() => ({ processingId: p.id, revision: p.revision, ...step.values })}
      intro={<p>{t.request.lead}</p>}
      onDone={onDone}
    >
      <TextAreaField {...step.field("note")} hint={t.request.noteHint} rows={3} />
    </ActionPanel>
  );
}

const giveLayout = fieldLayout("avis", {
  outcome: ["sens-0", t.give.outcome],
  reservations: ["reserves", t.give.reservations],
  text: ["motivation", t.give.text],
});

function GiveOpinion({ p, onDone }: Props) {
  const step = useStep(
    giveOpinionInput,
    trpc.rgpd.processing.giveOpinion.useMutation(),
    { outcome: "", reservations: [] as string[], text: "" },
    giveLayout,
  );
  const { outcome, reservations } = step.values;
  const withReservations = outcome === "favourable-with-reservations";
  return (
    <ActionPanel
      id="avis-rendu"
      words={t.give}
      step={step}
      values={() => ({
        processingId: p.id,
        ...step.values,
        reservations: withReservations ? reservations : [],
      })}
      onDone={onDone}
    >
      <RadioGroup
        required
        options={labelled(OPINION_OUTCOMES, OPINION_OUTCOME_LABELS)}
        {...step.group("outcome")}
        onChange={(value) => {
          const first = value === "favourable-with-reservations" && reservations.length === 0;
          step.set(first ? { outcome: value, reservations: [""] } : { outcome: value });
        }}
      />
      {withReservations ? (
        <TextListField
          {...step.fieldset("reservations")}
          hint={t.give.reservationsHint}
          items={reservations}
          onChange={(items) => step.set({ reservations: items })}
          itemLabel={t.give.reservation}
          addLabel={t.give.addReservation}
        />
      ) : null}
      <TextAreaField {...step.field("text")} hint={t.give.textHint} rows={4} />
    </ActionPanel>
  );
}

function PutInForce({ p, onDone }: Props) {
  const step = useStep(
    putInForceInput,
    trpc.rgpd.processing.putInForce.useMutation(),
    { inForceOn: parisToday() },
    fieldLayout("mise-en-oeuvre", { inForceOn: ["date", t.inForce.date] }),
  );
  const inventoried = INVENTORIED_PATHS.includes(p.content.path);
  return (
    <ActionPanel
      id="mise-en-oeuvre"
      words={t.inForce}
      step={step}
      values={() => ({ processingId: p.id, revision: p.revision, ...step.values })}
      intro={<p>{inventoried ? t.inForce.leadInventoried : t.inForce.lead}</p>}
      onDone={onDone}
    >
      <DayField {...step.field("inForceOn")} required />
    </ActionPanel>
  );
}

const endLayout = fieldLayout("arret", {
  endedOn: ["date", t.end.date],
  declaration: ["declaration", t.end.declaration],
});

function End({ p, onDone }: Props) {
  const step = useStep(
    endProcessingInput,
    trpc.rgpd.processing.end.useMutation(),
    { endedOn: parisToday(), declaration: "" },
    endLayout,
  );
  return (
    <ActionPanel
      id="arret"
      words={t.end}
      step={step}
      values={() => ({ processingId: p.id, ...step.values })}
      intro={<p>{t.end.lead}</p>}
      variant="danger"
      onDone={onDone}
    >
      <DayField {...step.field("endedOn")} required />
      <TextAreaField
        {...step.field("declaration")}
        hint={t.end.declarationHint}
        required
        rows={3}
      />
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
