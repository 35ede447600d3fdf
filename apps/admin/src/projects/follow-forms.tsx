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
import { Form, RadioGroup, Section, TextAreaField, TextField, useFields } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { type FormProps, useRefreshProject } from "./study-forms.tsx";

const num = (v: string) => (v.trim() === "" ? undefined : Number(v.replace(",", ".")));
const orNothing = (v: string) => (v.trim() === "" ? undefined : v);

const d = projectsMessages.decision;

export function DecisionForm({ project, onDone }: FormProps) {
  const refresh = useRefreshProject();
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
  );
  const v = f.values;
  function submit() {
    const checked = form.check({
      projectId: project.id,
      decision: v.decision,
      decidedOn: v.decidedOn,
      body: v.body,
      reasons: v.reasons,
      plannedYear: v.decision === "retenu" ? num(v.plannedYear) : undefined,
      meetingRef: orNothing(v.meetingRef),
    });
    if (!checked) return;
    arbitrate.mutate(checked, {
      async onSuccess() {
        await refresh();
        onDone(d.done);
      },
    });
  }
  return (
    <Section id="projet-arbitrer" title={d.title} lead={d.lead}>
      <Form
        error={form.error}
        fields={[
          { name: "decision", id: "decision-sens-0", label: d.decision },
          { name: "decidedOn", id: "decision-date", label: d.decidedOn },
          { name: "body", id: "decision-instance", label: d.body },
          { name: "plannedYear", id: "decision-annee", label: d.plannedYear },
          { name: "reasons", id: "decision-motifs", label: d.reasons },
          { name: "meetingRef", id: "decision-reference", label: d.meetingRef },
        ]}
        failed={d.failed}
        className="form form-wide"
        onSubmit={submit}
        actions={{ submit: d.submit, submitting: d.submitting, pending: arbitrate.isPending }}
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
        <TextField
          id="decision-date"
          type="date"
          label={d.decidedOn}
          required
          {...f.text("decidedOn")}
        />
        <TextField
          id="decision-instance"
          label={d.body}
          hint={d.bodyHint}
          required
          list="decision-instances"
          {...f.text("body")}
        />
        <datalist id="decision-instances">
          {STEERING_BODIES.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        {v.decision === "retenu" ? (
          <TextField
            id="decision-annee"
            label={d.plannedYear}
            inputMode="numeric"
            required
            {...f.text("plannedYear")}
          />
        ) : null}
        <TextAreaField
          id="decision-motifs"
          label={d.reasons}
          required={v.decision !== "retenu"}
          rows={3}
          {...f.text("reasons")}
        />
        <TextField id="decision-reference" label={d.meetingRef} {...f.text("meetingRef")} />
      </Form>
    </Section>
  );
}

const a = projectsMessages.advance;

export function AdvanceForm({ project, onDone }: FormProps) {
  const refresh = useRefreshProject();
  const advance = trpc.projects.advance.useMutation();
  // The phase is named by the page: a second click on a stale page is refused by the server.
  const form = useSchemaForm(advanceProjectInput.pick({ note: true }), advance);
  const f = useFields({ note: "" }, form.error);
  const to = nextPhase(project.kind, project.status);
  if (!to) return null;
  const label = PROJECT_STATUS_LABELS[to];
  function submit() {
    const checked = form.check({ note: orNothing(f.values.note) });
    if (!checked) return;
    advance.mutate(
      { projectId: project.id, from: project.status, ...checked },
      {
        async onSuccess() {
          await refresh();
          onDone(a.done(label));
        },
      },
    );
  }
  return (
    <Section id="projet-phase" title={a.title} lead={a.to(label)}>
      <Form
        error={form.error}
        fields={[{ name: "note", id: "phase-remarque", label: a.note }]}
        failed={a.failed}
        onSubmit={submit}
        actions={{ submit: a.submit, submitting: a.submitting, pending: advance.isPending }}
      >
        <TextAreaField id="phase-remarque" label={a.note} rows={2} {...f.text("note")} />
      </Form>
    </Section>
  );
}

const e = projectsMessages.effort;

export function EffortForm({ project, onDone }: FormProps) {
  const refresh = useRefreshProject();
  const log = trpc.projects.logEffort.useMutation();
  const form = useSchemaForm(logEffortInput, log);
  const f = useFields({ workedOn: parisToday(), days: "", note: "" }, form.error);
  const v = f.values;
  function submit() {
    const checked = form.check({
      projectId: project.id,
      workedOn: v.workedOn,
      days: num(v.days),
      note: orNothing(v.note),
    });
    if (!checked) return;
    log.mutate(checked, {
      async onSuccess() {
        f.reset({ workedOn: v.workedOn, days: "", note: "" });
        await refresh();
        onDone(e.done);
      },
    });
  }
  return (
    <Section id="projet-charge" title={e.title} lead={e.lead}>
      <Form
        error={form.error}
        fields={[
          { name: "projectId", id: "charge-jour", label: e.workedOn },
          { name: "workedOn", id: "charge-jour", label: e.workedOn },
          { name: "days", id: "charge-jours", label: e.days },
          { name: "note", id: "charge-remarque", label: e.note },
        ]}
        failed={e.failed}
        onSubmit={submit}
        actions={{ submit: e.submit, submitting: e.submitting, pending: log.isPending }}
      >
        <TextField
          id="charge-jour"
          type="date"
          label={e.workedOn}
          required
          {...f.text("workedOn")}
        />
        <TextField
          id="charge-jours"
          label={e.days}
          inputMode="decimal"
          required
          {...f.text("days")}
        />
        <TextField id="charge-remarque" label={e.note} {...f.text("note")} />
      </Form>
    </Section>
  );
}
