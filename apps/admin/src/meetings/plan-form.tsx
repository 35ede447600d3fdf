/**
 * Planning a meeting of one body (the next due period proposed by the calendar, or « autre
 * instance »): date and times in Paris, place or video link, the agenda pre-filled by the server,
 * who is invited. Checked with the domain's schema first, then by the server (a time past…).
 */
import { planMeetingInput } from "@mutu/domain";
import { CheckboxGroup, Form, fieldError, TextAreaField, TextField, useRoute } from "@mutu/ui";
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

const t = meetingsAdminMessages.plan;

const ids = {
  date: "reunion-date",
  startTime: "reunion-debut",
  endTime: "reunion-fin",
  place: "reunion-lieu",
  videoUrl: "reunion-visio",
  agenda: "reunion-ordre-du-jour",
  participantIds: "reunion-invites",
};

const summary = [
  { name: "body", id: ids.date, label: t.date },
  { name: "date", id: ids.date, label: t.date },
  { name: "startTime", id: ids.startTime, label: t.startTime },
  { name: "endTime", id: ids.endTime, label: t.endTime },
  { name: "place", id: ids.place, label: t.place },
  { name: "videoUrl", id: ids.videoUrl, label: t.videoUrl },
  { name: "agenda", id: ids.agenda, label: t.agenda },
  { name: "participantIds", id: `${ids.participantIds}-0`, label: t.participants },
];

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
  const [values, setValues] = useState({
    date: proposedDay(body, overview.today),
    startTime: "14:00",
    endTime: "16:00",
    place: "",
    videoUrl: "",
    agenda: "",
  });
  const [invited, setInvited] = useState<string[]>([]);
  const draft = trpc.meetings.draftAgenda.useQuery({ orgId: overview.org.id, date: values.date });
  const [agendaTouched, setAgendaTouched] = useState(false);
  useEffect(() => {
    if (draft.data && !agendaTouched)
      setValues((v) => ({ ...v, agenda: draft.data.items.join("\n") }));
  }, [draft.data, agendaTouched]);
  const plan = trpc.meetings.plan.useMutation();
  const form = useSchemaForm(planMeetingInput, plan);
  const { error } = form;
  const set = (name: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    if (name === "agenda") setAgendaTouched(true);
    setValues({ ...values, [name]: event.currentTarget.value });
  };

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
      participantIds: invited,
    });
    if (!checked) return;
    plan.mutate(checked, {
      async onSuccess(meeting) {
        await utils.meetings.invalidate();
        navigate(meetingHref(meeting.id), { state: { notice: t.done } });
      },
    });
  }

  const err = (name: string) => fieldError(error?.fieldErrors, name);
  return (
    <Form
      error={error}
      fields={summary}
      failed={t.failed}
      intro={<p className="prose">{body?.next ? t.intro(slotPeriod(body.next)) : t.introFree}</p>}
      onSubmit={submit}
      actions={{
        submit: t.submit,
        submitting: t.submitting,
        pending: plan.isPending,
        cancel: { label: messages.cancel, onCancel },
      }}
    >
      <TextField
        id={ids.date}
        label={t.date}
        type="date"
        required
        value={values.date}
        onChange={set("date")}
        error={[...err("date"), ...err("body")]}
      />
      <TextField
        id={ids.startTime}
        label={t.startTime}
        hint={t.timeHint}
        type="time"
        required
        className="input input-short"
        value={values.startTime}
        onChange={set("startTime")}
        error={err("startTime")}
      />
      <TextField
        id={ids.endTime}
        label={t.endTime}
        type="time"
        required
        className="input input-short"
        value={values.endTime}
        onChange={set("endTime")}
        error={err("endTime")}
      />
      <TextField
        id={ids.place}
        label={t.place}
        hint={t.placeHint}
        value={values.place}
        onChange={set("place")}
        error={err("place")}
      />
      <TextField
        id={ids.videoUrl}
        label={t.videoUrl}
        type="url"
        value={values.videoUrl}
        onChange={set("videoUrl")}
        error={err("videoUrl")}
      />
      <TextAreaField
        id={ids.agenda}
        label={t.agenda}
        hint={t.agendaHint}
        required
        rows={6}
        value={values.agenda}
        onChange={set("agenda")}
        error={err("agenda")}
      />
      <CheckboxGroup
        id={ids.participantIds}
        legend={t.participants}
        options={overview.people.map((p) => ({
          value: p.id,
          label: p.side === "operator" ? `${p.label} (${t.operatorSide})` : p.label,
        }))}
        value={invited}
        onChange={setInvited}
        error={err("participantIds")}
      />
    </Form>
  );
}
