/**
 * RGPD disagreements (V-g): each with its steps — the two DGS, the IGS's opinion, the CNIL —, the
 * form to record the next one (the domain says which), and the form to raise a new one.
 */
import {
  DISAGREEMENT_OUTCOME_LABELS,
  DISAGREEMENT_OUTCOMES,
  DISAGREEMENT_STEP_LABELS,
  parisToday,
  raiseDisagreementInput,
  recordDisagreementStepInput,
} from "@mutu/domain";
import {
  RadioGroup,
  Section,
  SelectField,
  TextAreaField,
  TextField,
  fieldError,
  formatCalendarDate,
  formatDateTime,
} from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { ActionPanel } from "./action-panel.tsx";
import { organisationMessages as t } from "./organisation-messages.ts";
import { useOrgInput } from "./space.tsx";
import type { Disagreement, ProcessingSummary } from "./types.ts";

type Done = (message: string) => Promise<void>;

function StepForm({ d, onDone }: { d: Disagreement; onDone: Done }) {
  const [v, setV] = useState({ heldOn: parisToday(), participants: "", outcome: "", summary: "" });
  const set = (c: Partial<typeof v>) => setV((x) => ({ ...x, ...c }));
  const mutation = trpc.rgpd.disagreements.recordStep.useMutation();
  if (!d.nextStep) return null;
  const step = d.nextStep;
  const id = `desaccord-${d.id.slice(0, 8)}`;
  return (
    <ActionPanel
      id={id}
      words={{
        toggle: t.nextStep(DISAGREEMENT_STEP_LABELS[step]),
        title: DISAGREEMENT_STEP_LABELS[step],
        submit: t.record,
        submitting: t.saving,
        failed: t.recordFailed,
        done: t.recorded,
      }}
      schema={recordDisagreementStepInput}
      mutation={mutation}
      fields={[
        { name: "heldOn", id: `${id}-date`, label: t.heldOn },
        { name: "participants", id: `${id}-participants`, label: t.participants },
        { name: "outcome", id: `${id}-issue-0`, label: t.outcome },
        { name: "summary", id: `${id}-resume`, label: t.summary },
      ]}
      values={() => ({ disagreementId: d.id, step, ...v })}
      onDone={onDone}
    >
      {(e) => (
        <>
          <TextField
            id={`${id}-date`}
            label={t.heldOn}
            type="date"
            required
            className="input input-short"
            value={v.heldOn}
            onChange={(x) => set({ heldOn: x.currentTarget.value })}
            error={fieldError(e, "heldOn")}
          />
          <TextField
            id={`${id}-participants`}
            label={t.participants}
            required
            className="input input-wide"
            value={v.participants}
            onChange={(x) => set({ participants: x.currentTarget.value })}
            error={fieldError(e, "participants")}
          />
          <RadioGroup
            id={`${id}-issue`}
            legend={t.outcome}
            required
            options={DISAGREEMENT_OUTCOMES.map((o) => ({
              value: o,
              label: DISAGREEMENT_OUTCOME_LABELS[o],
            }))}
            value={v.outcome}
            onChange={(outcome) => set({ outcome })}
            error={fieldError(e, "outcome")}
          />
          <TextAreaField
            id={`${id}-resume`}
            label={t.summary}
            required
            rows={3}
            value={v.summary}
            onChange={(x) => set({ summary: x.currentTarget.value })}
            error={fieldError(e, "summary")}
          />
        </>
      )}
    </ActionPanel>
  );
}

function RaiseForm({
  processings,
  onDone,
}: {
  processings: readonly ProcessingSummary[];
  onDone: Done;
}) {
  const orgInput = useOrgInput();
  const [processingId, setProcessingId] = useState("");
  const [subject, setSubject] = useState("");
  return (
    <ActionPanel
      id="desaccord-nouveau"
      words={{
        toggle: t.raise,
        submit: t.raiseSubmit,
        submitting: t.saving,
        failed: t.raiseFailed,
        done: t.raised,
      }}
      schema={raiseDisagreementInput}
      mutation={trpc.rgpd.disagreements.raise.useMutation()}
      fields={[
        { name: "processingId", id: "desaccord-traitement", label: t.processing },
        { name: "subject", id: "desaccord-objet", label: t.subject },
      ]}
      values={() => ({ ...orgInput, processingId, subject })}
      onDone={async (message) => {
        setSubject("");
        await onDone(message);
      }}
    >
      {(e) => (
        <>
          <SelectField
            id="desaccord-traitement"
            label={t.processing}
            value={processingId}
            onChange={(x) => setProcessingId(x.currentTarget.value)}
            error={fieldError(e, "processingId")}
          >
            <option value="">{t.noProcessing}</option>
            {processings.map((p) => (
              <option key={p.id} value={p.id}>{`N° ${p.number} — ${p.name}`}</option>
            ))}
          </SelectField>
          <TextAreaField
            id="desaccord-objet"
            label={t.subject}
            required
            rows={4}
            value={subject}
            onChange={(x) => setSubject(x.currentTarget.value)}
            error={fieldError(e, "subject")}
          />
        </>
      )}
    </ActionPanel>
  );
}

export function DisagreementsSection({
  list,
  processings,
  canManage,
  onDone,
}: {
  list: readonly Disagreement[];
  processings: readonly ProcessingSummary[];
  canManage: boolean;
  onDone: Done;
}) {
  return (
    <Section id="desaccords" title={t.disagreements} lead={t.disagreementsLead}>
      {list.length === 0 ? <p className="muted">{t.noDisagreement}</p> : null}
      {list.map((d) => (
        <div key={d.id} className="subsection">
          <h3>
            {d.processingName ? `N° ${d.processingNumber} — ${d.processingName}` : t.noProcessing} (
            {t.statuses[d.status]})
          </h3>
          <p className="text-block">{d.subject}</p>
          <p className="muted">{t.raisedBy(d.raisedBy, formatDateTime(d.raisedAt))}</p>
          <ol>
            {d.steps.map((s) => (
              <li key={s.step}>
                {t.stepLine(
                  DISAGREEMENT_STEP_LABELS[s.step],
                  formatCalendarDate(s.heldOn),
                  DISAGREEMENT_OUTCOME_LABELS[s.outcome],
                )}
                <br />
                <span className="text-block">{s.summary}</span>
              </li>
            ))}
          </ol>
          {canManage ? <StepForm d={d} onDone={onDone} /> : null}
        </div>
      ))}
      {canManage ? <RaiseForm processings={processings} onDone={onDone} /> : null}
    </Section>
  );
}
