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
} from "@mutu/domain";
import {
  fieldLayout,
  Form,
  formActions,
  formatCalendarDate,
  Info,
  labelled,
  Link,
  Options,
  RadioGroup,
  Section,
  SelectField,
  TextAreaField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { type FormProps, useProjectDone } from "./project-change.ts";

const num = (v: string) => (v.trim() === "" ? undefined : Number(v.replace(",", ".")));
const orNothing = (v: string) => (v.trim() === "" ? undefined : v);

const d = projectsMessages.decision;

const decisionLayout = fieldLayout("decision", {
  meetingId: ["reunion", d.meeting],
  decision: ["sens-0", d.decision],
  plannedYear: ["annee", d.plannedYear],
  reasons: ["motifs", d.reasons],
});

/** The committee's decision: the held meeting that took it is chosen from the list. */
export function DecisionForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const arbitrate = trpc.projects.arbitrate.useMutation();
  const form = useSchemaForm(arbitrateProjectInput, arbitrate);
  const meetings = project.arbitrationMeetings;
  const f = useFields(
    {
      meetingId: meetings[0]?.id ?? "",
      decision: "",
      reasons: "",
      plannedYear: String(project.study?.proposedYear ?? ""),
    },
    form.error,
    decisionLayout,
  );
  const v = f.values;
  function submit() {
    const checked = form.check({
      projectId: project.id,
      meetingId: v.meetingId,
      decision: v.decision,
      reasons: v.reasons,
      plannedYear: v.decision === "retenu" ? num(v.plannedYear) : undefined,
    });
    if (!checked) return;
    // Postponed, the project waits for another meeting: its form is offered again, emptied.
    arbitrate.mutate(
      checked,
      done(d.done, () => f.reset()),
    );
  }
  if (meetings.length === 0)
    return (
      <Section id="projet-arbitrer" title={d.title} lead={d.lead}>
        <Info>
          {d.noMeeting}{" "}
          <Link to={`/gouvernance?commune=${encodeURIComponent(project.orgId)}`}>
            {d.toGovernance}
          </Link>
        </Info>
      </Section>
    );
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
        <SelectField
          {...f.field("meetingId")}
          className="input input-wide"
          hint={d.meetingHint}
          required
        >
          <Options
            options={meetings.map((m) => ({
              value: m.id,
              label: d.meetingOption(m.label, formatCalendarDate(m.day)),
            }))}
          />
        </SelectField>
        <RadioGroup
          required
          options={labelled(PROJECT_DECISIONS, PROJECT_DECISION_LABELS)}
          {...f.group("decision")}
        />
        {v.decision === "retenu" ? (
          <TextField {...f.field("plannedYear")} inputMode="numeric" required />
        ) : null}
        <TextAreaField {...f.field("reasons")} required={v.decision !== "retenu"} rows={3} />
      </Form>
    </Section>
  );
}

const a = projectsMessages.advance;
const phaseLayout = fieldLayout("phase", { note: ["remarque", a.note] });

export function AdvanceForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const advance = trpc.projects.advance.useMutation();
  // The phase is named by the page: a second click on a stale page is refused by the server.
  const form = useSchemaForm(advanceProjectInput.pick({ note: true }), advance);
  const f = useFields({ note: "" }, form.error, phaseLayout);
  const to = nextPhase(project.kind, project.status);
  if (!to) return null;
  const label = PROJECT_STATUS_LABELS[to];
  function submit() {
    const checked = form.check({ note: orNothing(f.values.note) });
    if (!checked) return;
    // The note was this phase's: emptied, it is not sent again with the next one.
    advance.mutate(
      { projectId: project.id, from: project.status, ...checked },
      done(a.done(label), () => f.reset()),
    );
  }
  return (
    <Section id="projet-phase" title={a.title} lead={a.to(label)}>
      <Form
        error={form.error}
        fields={phaseLayout}
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

const effortLayout = fieldLayout("charge", {
  projectId: ["jour", e.workedOn],
  workedOn: ["jour", e.workedOn],
  days: ["jours", e.days],
  note: ["remarque", e.note],
});

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
      days: num(v.days),
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
        <TextField type="date" required {...f.field("workedOn")} />
        <TextField inputMode="decimal" required {...f.field("days")} />
        <TextField {...f.field("note")} />
      </Form>
    </Section>
  );
}
