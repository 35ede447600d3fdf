/**
 * Planning a meeting of one body (the next due period proposed by the calendar, or « autre
 * instance »): date and times in Paris, place or video link, the agenda pre-filled by the server,
 * who is invited. Checked with the domain's schema first, then by the server (a time past…).
 */
import { planMeetingInput } from "@mutu/domain";
import {
  CheckboxGroup,
  fieldLayout,
  Form,
  fieldError,
  formActions,
  TextAreaField,
  useFields,
  useRoute,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import {
  type BodyCalendar,
  meetingHref,
  type Overview,
  slotPeriod,
  textLines,
} from "@mutu/web/meetings";
import { useEffect, useState } from "react";
import { messages } from "../messages.ts";
import { meetingsAdminMessages } from "./messages.ts";
import { WhenWhereFields, whenWhereLayout } from "./when-where-fields.tsx";

const t = meetingsAdminMessages.plan;

const layout = [
  ...whenWhereLayout("reunion"),
  ...fieldLayout("reunion", {
    agenda: ["ordre-du-jour", t.agenda],
    participantIds: ["invites-0", t.participants],
  }),
];
// A body the contract does not set up is refused on the date's line (the first field).
const summary = [{ name: "body", id: "reunion-date", label: t.date }, ...layout];

/** The first day a meeting of the period can be planned: its start, or tomorrow. */
function proposedDay(body: BodyCalendar | null, today: string) {
  const start = body?.next?.start;
  if (!start || start <= today) {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  return start;
}

export function PlanForm({
  overview,
  body,
  onCancel,
}: {
  overview: Overview;
  /** The body whose next period is planned; null for « autre instance ». */
  body: BodyCalendar | null;
  onCancel(): void;
}) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const plan = trpc.meetings.plan.useMutation();
  const form = useSchemaForm(planMeetingInput, plan);
  const { error } = form;
  const f = useFields(
    {
      date: proposedDay(body, overview.today),
      startTime: "14:00",
      endTime: "16:00",
      place: "",
      videoUrl: "",
      agenda: "",
      participantIds: [] as string[],
    },
    error,
    layout,
  );
  const { values } = f;
  // The agenda starts from the server's draft for the day chosen, until the person edits it.
  const draft = trpc.meetings.draftAgenda.useQuery({ orgId: overview.org.id, date: values.date });
  const [agendaTouched, setAgendaTouched] = useState(false);
  const items = draft.data?.items.join("\n");
  useEffect(() => {
    if (items !== undefined && !agendaTouched && values.agenda !== items) f.set({ agenda: items });
  }, [items, agendaTouched, values.agenda, f.set]);

  function submit() {
    const checked = form.check({
      orgId: overview.org.id,
      body: body?.body ?? "autre-instance",
      subDomain: body?.subDomain ?? null,
      date: values.date,
      startTime: values.startTime,
      endTime: values.endTime,
      place: values.place,
      videoUrl: values.videoUrl,
      agenda: textLines(values.agenda),
      participantIds: values.participantIds,
    });
    if (!checked) return;
    plan.mutate(checked, {
      async onSuccess(meeting) {
        await utils.meetings.invalidate();
        navigate(meetingHref(meeting.id), { state: { notice: t.done } });
      },
    });
  }

  const agenda = f.field("agenda");
  return (
    <Form
      error={error}
      fields={summary}
      failed={t.failed}
      intro={
        <p className="prose">
          {body?.next ? t.intro(slotPeriod(body.next)) : body ? t.introFree : t.introOther}
        </p>
      }
      onSubmit={submit}
      actions={formActions(t, plan.isPending, { label: messages.cancel, onCancel })}
    >
      <WhenWhereFields field={f.field} dateError={fieldError(error?.fieldErrors, "body")} />
      <TextAreaField
        {...agenda}
        onChange={(event) => {
          setAgendaTouched(true);
          agenda.onChange(event);
        }}
        hint={t.agendaHint}
        required
        rows={6}
      />
      <CheckboxGroup
        options={overview.people.map((p) => ({
          value: p.id,
          label: p.side === "operator" ? `${p.label} (${t.operatorSide})` : p.label,
        }))}
        {...f.group("participantIds")}
      />
    </Form>
  );
}
