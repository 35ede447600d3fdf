/**
 * The steering committee's decision (002 §3.3.2), the next phase, and effort logged in half days —
 * each checked with the domain's schema before it is sent, the server's refusals on the same fields.
 */
import {
  advanceProjectInput,
  arbitrateProjectInput,
  logEffortInput,
  nextPhase,
  PROJECT_DECISION_LABELS,
  PROJECT_DECISIONS,
  PROJECT_STATUS_LABELS,
  parisToday,
  STEERING_BODIES,
} from "@mutu/domain";
import {
  DayField,
  Form,
  formActions,
  RadioGroup,
  Section,
  TextAreaField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { decimal, type FormProps, orNothing, useProjectDone } from "./project-change.ts";

const d = projectsMessages.decision;

const decisionLayout = [
  { name: "decision", id: "decision-sens-0", label: d.decision },
  { name: "decidedOn", id: "decision-date", label: d.decidedOn },
  { name: "body", id: "decision-instance", label: d.body },
  { name: "plannedYear", id: "decision-annee", label: d.plannedYear },
  { name: "reasons", id: "decision-motifs", label: d.reasons },
  { name: "meetingRef", id: "decision-reference", label: d.meetingRef },
] as const;

export function DecisionForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const arbitrate = trpc.projects.arbitrate.useMutation();
  const form = useSchemaForm(arbitrateProjectInput, arbitrate);
  const f = useFields(
    {
      decision: "",
      decidedOn: parisToday(),
      body: STEERING_BODIES[0] as string,
      reasons: "",
      plannedYear: String(project.study?.proposedYear ?? ""),
      meetingRef: "",
    },
    form.error,
    decisionLayout,
  );
  const v = f.values;
  function submit() {
    const checked = form.check({
      projectId: project.id,
      decision: v.decision,
      decidedOn: v.decidedOn,
      body: v.body,
      reasons: v.reasons,
      plannedYear: v.decision === "retenu" ? decimal(v.plannedYear) : undefined,
      meetingRef: orNothing(v.meetingRef),
    });
    if (checked) arbitrate.mutate(checked, done(d.done));
  }
  return (
    <Section id="projet-arbitrer" title={d.title} lead={d.lead}>
      <Form
        error={form.error}
        fields={decisionLayout}
        failed={d.failed}
        className="form form-wide"
        onSubmit={submit}
        actions={formActions(d, arbitrate.isPending)}
      >
        <RadioGroup
          id="decision-sens"
          legend={d.decision}
          required
          options={PROJECT_DECISIONS.map((value) => ({
            value,
            label: PROJECT_DECISION_LABELS[value],
          }))}
          {...f.choice("decision")}
        />
        <DayField {...f.field("decidedOn")} required />
        <TextField {...f.field("body")} hint={d.bodyHint} required list="decision-instances" />
        <datalist id="decision-instances">
          {STEERING_BODIES.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        {v.decision === "retenu" ? (
          <TextField {...f.field("plannedYear")} inputMode="numeric" required />
        ) : null}
        <TextAreaField {...f.field("reasons")} required={v.decision !== "retenu"} rows={3} />
        <TextField {...f.field("meetingRef")} />
      </Form>
    </Section>
  );
}

const a = projectsMessages.advance;

const advanceLayout = [{ name: "note", id: "phase-remarque", label: a.note }] as const;

export function AdvanceForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const advance = trpc.projects.advance.useMutation();
  // The phase is named by the page: a second click on a stale page is refused by the server.
  const form = useSchemaForm(advanceProjectInput.pick({ note: true }), advance);
  const f = useFields({ note: "" }, form.error, advanceLayout);
  const to = nextPhase(project.kind, project.status);
  if (!to) return null;
  const label = PROJECT_STATUS_LABELS[to];
  function submit() {
    const checked = form.check({ note: orNothing(f.values.note) });
    if (checked) {
      advance.mutate(
        { projectId: project.id, from: project.status, ...checked },
        done(a.done(label)),
      );
    }
  }
  return (
    <Section id="projet-phase" title={a.title} lead={a.to(label)}>
      <Form
        error={form.error}
        fields={advanceLayout}
        failed={a.failed}
        onSubmit={submit}
        actions={formActions(a, advance.isPending)}
      >
        <TextAreaField {...f.field("note")} rows={2} />
      </Form>
    </Section>
  );
}

const e = projectsMessages.effort;

const effortLayout = [
  { name: "projectId", id: "charge-jour", label: e.workedOn },
  { name: "workedOn", id: "charge-jour", label: e.workedOn },
  { name: "days", id: "charge-jours", label: e.days },
  { name: "note", id: "charge-remarque", label: e.note },
] as const;

export function EffortForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const log = trpc.projects.logEffort.useMutation();
  const form = useSchemaForm(logEffortInput, log);
  const f = useFields({ workedOn: parisToday(), days: "", note: "" }, form.error, effortLayout);
  const v = f.values;
  function submit() {
    const checked = form.check({
      projectId: project.id,
      workedOn: v.workedOn,
      days: decimal(v.days),
      note: orNothing(v.note),
    });
    if (!checked) return;
    log.mutate(
      checked,
      done(e.done, () => f.reset({ workedOn: v.workedOn, days: "", note: "" })),
    );
  }
  return (
    <Section id="projet-charge" title={e.title} lead={e.lead}>
      <Form
        error={form.error}
        fields={effortLayout}
        failed={e.failed}
        onSubmit={submit}
        actions={formActions(e, log.isPending)}
      >
        <DayField {...f.field("workedOn")} required />
        <TextField {...f.field("days")} inputMode="decimal" required />
        <TextField {...f.field("note")} />
      </Form>
    </Section>
  );
}
