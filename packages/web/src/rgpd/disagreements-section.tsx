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
  Form,
  FormPanel,
  RadioGroup,
  Section,
  SelectField,
  TextAreaField,
  TextField,
  fieldError,
  formatCalendarDate,
  formatDateTime,
  useFormPanel,
} from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { organisationMessages as t } from "./organisation-messages.ts";
import { useOrgInput } from "./space.tsx";
import type { Disagreement, ProcessingSummary } from "./types.ts";

type Done = (message: string) => Promise<void>;

function StepForm({ d, onDone }: { d: Disagreement; onDone: Done }) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.disagreements.recordStep.useMutation();
  const form = useSchemaForm(recordDisagreementStepInput, mutation);
  const [v, setV] = useState({ heldOn: parisToday(), participants: "", outcome: "", summary: "" });
  const set = (c: Partial<typeof v>) => setV((x) => ({ ...x, ...c }));
  const e = form.error?.fieldErrors;
  if (!d.nextStep) return null;
  const step = d.nextStep;
  const id = `desaccord-${d.id.slice(0, 8)}`;
  return (
    <FormPanel
      id={id}
      toggle={t.nextStep(DISAGREEMENT_STEP_LABELS[step])}
      title={DISAGREEMENT_STEP_LABELS[step]}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={[
          { name: "heldOn", id: `${id}-date`, label: t.heldOn },
          { name: "participants", id: `${id}-participants`, label: t.participants },
          { name: "outcome", id: `${id}-issue-0`, label: t.outcome },
          { name: "summary", id: `${id}-resume`, label: t.summary },
        ]}
        failed={t.recordFailed}
        onSubmit={() => {
          const checked = form.check({ disagreementId: d.id, step, ...v });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.recorded);
              },
            });
        }}
        actions={{ submit: t.record, submitting: t.saving, pending: mutation.isPending }}
      >
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
      </Form>
    </FormPanel>
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
  const panel = useFormPanel();
  const mutation = trpc.rgpd.disagreements.raise.useMutation();
  const form = useSchemaForm(raiseDisagreementInput, mutation);
  const [processingId, setProcessingId] = useState("");
  const [subject, setSubject] = useState("");
  return (
    <FormPanel
      id="desaccord-nouveau"
      toggle={t.raise}
      title={t.raise}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={[
          { name: "processingId", id: "desaccord-traitement", label: t.processing },
          { name: "subject", id: "desaccord-objet", label: t.subject },
        ]}
        failed={t.raiseFailed}
        onSubmit={() => {
          const checked = form.check({ ...orgInput, processingId, subject });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                setSubject("");
                panel.close();
                await onDone(t.raised);
              },
            });
        }}
        actions={{ submit: t.raiseSubmit, submitting: t.saving, pending: mutation.isPending }}
      >
        <SelectField
          id="desaccord-traitement"
          label={t.processing}
          value={processingId}
          onChange={(x) => setProcessingId(x.currentTarget.value)}
          error={fieldError(form.error?.fieldErrors, "processingId")}
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
          error={fieldError(form.error?.fieldErrors, "subject")}
        />
      </Form>
    </FormPanel>
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
