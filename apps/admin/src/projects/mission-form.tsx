/**
 * Opening a level-1 mission for a member with its « lettre de mission » (002 §3.2.3): object,
 * contacts on both sides, start, duration, days planned, calendar and deliverables — checked with
 * the domain's `createMissionInput`. The mission starts in execution: its letter is its decision.
 */
import { createMissionInput, parisToday } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  Form,
  formActions,
  TextAreaField,
  TextField,
  useFields,
  useRoute,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";
import { decimal, orNothing } from "./project-change.ts";

const t = projectsMessages.mission;

const layout = fieldLayout("mission", {
  title: ["title", t.title],
  "letter.object": ["object", t.object],
  "letter.dsiContacts": ["dsiContacts", t.dsiContacts],
  "letter.memberContacts": ["memberContacts", t.memberContacts],
  "letter.startOn": ["startOn", t.startOn],
  "letter.duration": ["duration", t.duration],
  "letter.plannedDays": ["plannedDays", t.plannedDays],
  "letter.workCalendar": ["workCalendar", t.workCalendar],
  "letter.deliverables": ["deliverables", t.deliverables],
});

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
    layout,
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
  return (
    <Form
      error={form.error}
      fields={layout}
      failed={t.failed}
      onSubmit={submit}
      actions={formActions(t, create.isPending, { label: t.cancel, onCancel })}
    >
      <TextField {...f.field("title")} required />
      <TextAreaField {...f.field("object", "letter.object")} required rows={3} />
      <TextField {...f.field("dsiContacts", "letter.dsiContacts")} required />
      <TextField {...f.field("memberContacts", "letter.memberContacts")} required />
      <DayField {...f.field("startOn", "letter.startOn")} required />
      <TextField {...f.field("duration", "letter.duration")} required />
      <TextField {...f.field("plannedDays", "letter.plannedDays")} inputMode="decimal" required />
      <TextAreaField {...f.field("workCalendar", "letter.workCalendar")} rows={3} />
      <TextAreaField {...f.field("deliverables", "letter.deliverables")} rows={3} />
    </Form>
  );
}
