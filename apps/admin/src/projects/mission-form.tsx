/**
 * Opening a level-1 mission for a member with its « lettre de mission » (002 §3.2.3): object,
 * contacts on both sides, start, duration, days planned, calendar and deliverables — checked with
 * the domain's `createMissionInput`. The mission starts in execution: its letter is its decision.
 */
import { createMissionInput, parisToday } from "@mutu/domain";
import { DayField, Form, TextAreaField, TextField, useFields, useRoute } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { decimal, orNothing } from "./project-change.ts";

const t = projectsMessages.mission;

export function MissionForm({ orgId, onCancel }: { orgId: string; onCancel(): void }) {
  const route = useRoute();
  const utils = trpc.useUtils();
  const create = trpc.projects.createMission.useMutation();
  const form = useSchemaForm(createMissionInput, create);
  const f = useFields(
    {
      title: "",
      object: "",
      dsiContacts: "",
      memberContacts: "",
      startOn: parisToday(),
      duration: "",
      plannedDays: "",
      workCalendar: "",
      deliverables: "",
    },
    form.error,
  );
  const v = f.values;
  function submit() {
    const checked = form.check({
      orgId,
      title: v.title,
      letter: {
        object: v.object,
        dsiContacts: v.dsiContacts,
        memberContacts: v.memberContacts,
        startOn: v.startOn,
        duration: v.duration,
        plannedDays: decimal(v.plannedDays),
        workCalendar: orNothing(v.workCalendar),
        deliverables: orNothing(v.deliverables),
      },
    });
    if (!checked) return;
    create.mutate(checked, {
      async onSuccess(mission) {
        await utils.projects.ofOrg.invalidate();
        route.navigate(`/projets/projet?id=${mission.id}`);
      },
    });
  }
  const text = (name: keyof typeof v, label: string, required = true, long = false) => {
    const id = `mission-${name}`;
    const props = {
      id,
      label,
      required,
      ...f.text(name, name === "title" ? name : `letter.${name}`),
    };
    return long ? <TextAreaField rows={3} {...props} /> : <TextField {...props} />;
  };
  return (
    <Form
      error={form.error}
      fields={[
        { name: "title", id: "mission-title", label: t.title },
        { name: "letter.object", id: "mission-object", label: t.object },
        { name: "letter.dsiContacts", id: "mission-dsiContacts", label: t.dsiContacts },
        { name: "letter.memberContacts", id: "mission-memberContacts", label: t.memberContacts },
        { name: "letter.startOn", id: "mission-startOn", label: t.startOn },
        { name: "letter.duration", id: "mission-duration", label: t.duration },
        { name: "letter.plannedDays", id: "mission-plannedDays", label: t.plannedDays },
        { name: "letter.workCalendar", id: "mission-workCalendar", label: t.workCalendar },
        { name: "letter.deliverables", id: "mission-deliverables", label: t.deliverables },
      ]}
      failed={t.failed}
      onSubmit={submit}
      actions={{
        submit: t.submit,
        submitting: t.submitting,
        pending: create.isPending,
        cancel: { label: t.cancel, onCancel },
      }}
    >
      {text("title", t.title)}
      {text("object", t.object, true, true)}
      {text("dsiContacts", t.dsiContacts)}
      {text("memberContacts", t.memberContacts)}
      <DayField
        id="mission-startOn"
        label={t.startOn}
        required
        {...f.text("startOn", "letter.startOn")}
      />
      {text("duration", t.duration)}
      <TextField
        id="mission-plannedDays"
        label={t.plannedDays}
        inputMode="decimal"
        required
        {...f.text("plannedDays", "letter.plannedDays")}
      />
      {text("workCalendar", t.workCalendar, false, true)}
      {text("deliverables", t.deliverables, false, true)}
    </Form>
  );
}
