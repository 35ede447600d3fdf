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
  DayField,
  fieldLayout,
  formatCalendarDate,
  formatDateTime,
  labelled,
  Options,
  RadioGroup,
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { ActionPanel, useStep } from "./action-panel.tsx";
import { organisationMessages as t } from "./organisation-messages.ts";
import { useOrgInput } from "./space.tsx";
import type { Disagreement, ProcessingSummary } from "./types.ts";

type Done = (message: string) => Promise<void>;

const stepLayout = (id: string) =>
  fieldLayout(id, {
    heldOn: ["date", t.heldOn],
    participants: ["participants", t.participants],
    outcome: ["issue-0", t.outcome],
    summary: ["resume", t.summary],
  });

function StepForm({ d, onDone }: { d: Disagreement; onDone: Done }) {
  const id = `desaccord-${d.id.slice(0, 8)}`;
  const form = useStep(
    recordDisagreementStepInput,
    trpc.rgpd.disagreements.recordStep.useMutation(),
    { heldOn: parisToday(), participants: "", outcome: "", summary: "" },
    stepLayout(id),
  );
  if (!d.nextStep) return null;
  const step = d.nextStep;
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
      step={form}
      values={() => ({ disagreementId: d.id, step, ...form.values })}
      onDone={onDone}
    >
      <DayField {...form.field("heldOn")} required />
      <TextField {...form.field("participants")} required className="input input-wide" />
      <RadioGroup
        required
        options={labelled(DISAGREEMENT_OUTCOMES, DISAGREEMENT_OUTCOME_LABELS)}
        {...form.group("outcome")}
      />
      <TextAreaField {...form.field("summary")} required rows={3} />
    </ActionPanel>
  );
}

const raiseLayout = fieldLayout("desaccord", {
  processingId: ["traitement", t.processing],
  subject: ["objet", t.subject],
});

function RaiseForm({
  processings,
  onDone,
}: {
  processings: readonly ProcessingSummary[];
  onDone: Done;
}) {
  const orgInput = useOrgInput();
  const step = useStep(
    raiseDisagreementInput,
    trpc.rgpd.disagreements.raise.useMutation(),
    { processingId: "", subject: "" },
    raiseLayout,
  );
  return (
    <ActionPanel
      id="desaccord-nouveau"
      words={t.raise}
      step={step}
      values={() => ({ ...orgInput, ...step.values })}
      onDone={async (message) => {
        step.set({ subject: "" });
        await onDone(message);
      }}
    >
      <SelectField {...step.field("processingId")}>
        <Options
          empty={t.noProcessing}
          options={processings.map((p) => ({ value: p.id, label: `N° ${p.number} — ${p.name}` }))}
        />
      </SelectField>
      <TextAreaField {...step.field("subject")} required rows={4} />
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
