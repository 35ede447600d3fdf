/**
 * Recording a meeting once held: who came (the invited ticked by default), other participants, the
 * minutes, the decisions, and the actions decided — each with its owner and due date.
 */
import { recordMeetingInput } from "@mutu/domain";
import {
  Button,
  CheckboxGroup,
  DayField,
  fieldLayout,
  Form,
  fieldError,
  formActions,
  Options,
  SelectField,
  TextAreaField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type MeetingDetail, type Overview, textLines } from "@mutu/web/meetings";
import { useState } from "react";
import { meetingsAdminMessages } from "./messages.ts";

const t = meetingsAdminMessages.record;

const layout = fieldLayout("compte-rendu", {
  attendeeIds: ["presents-0", t.attendees],
  otherAttendees: ["autres", t.others],
  minutes: ["texte", t.minutes],
  decisions: ["decisions", t.decisions],
});

type ActionDraft = { key: number; title: string; ownerId: string; dueOn: string };
let nextKey = 0;
const emptyAction = (): ActionDraft => ({ key: nextKey++, title: "", ownerId: "", dueOn: "" });

export function RecordForm({
  meeting,
  people,
  onDone,
}: {
  meeting: MeetingDetail;
  people: Overview["people"];
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  // The service commun's people are told apart from the commune's (names may repeat).
  const known = new Map(
    people.map((p) => [
      p.id,
      p.side === "operator" ? `${p.label} (${meetingsAdminMessages.plan.operatorSide})` : p.label,
    ]),
  );
  for (const p of meeting.participants) if (!known.has(p.personId)) known.set(p.personId, p.label);
  const options = [...known].map(([value, label]) => ({ value, label }));
  const [actions, setActions] = useState<ActionDraft[]>([]);
  const record = trpc.meetings.record.useMutation();
  const form = useSchemaForm(recordMeetingInput, record);
  const { error } = form;
  const f = useFields(
    {
      attendeeIds: meeting.participants.map((p) => p.personId),
      otherAttendees: "",
      minutes: "",
      decisions: "",
    },
    error,
    layout,
  );
  const err = (name: string) => fieldError(error?.fieldErrors, name);
  const setAction = (i: number, patch: Partial<ActionDraft>) =>
    setActions(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const summary = [
    ...layout,
    ...actions.flatMap((_, i) => [
      {
        name: `actions.${i}.title`,
        id: `action-${i}-titre`,
        label: `${t.action(i + 1)} : ${t.actionTitle}`,
      },
      {
        name: `actions.${i}.ownerId`,
        id: `action-${i}-responsable`,
        label: `${t.action(i + 1)} : ${t.owner}`,
      },
      {
        name: `actions.${i}.dueOn`,
        id: `action-${i}-echeance`,
        label: `${t.action(i + 1)} : ${t.dueOn}`,
      },
    ]),
  ];

  function submit() {
    const checked = form.check({
      meetingId: meeting.id,
      attendeeIds: f.values.attendeeIds,
      otherAttendees: textLines(f.values.otherAttendees),
      minutes: f.values.minutes,
      decisions: textLines(f.values.decisions),
      actions: actions.map(({ title, ownerId, dueOn }) => ({ title, ownerId, dueOn })),
    });
    if (!checked) return;
    record.mutate(checked, {
      async onSuccess() {
        await utils.meetings.invalidate();
        onDone(t.done);
      },
    });
  }

  return (
    <Form
      error={error}
      fields={summary}
      failed={t.failed}
      intro={<p className="prose">{t.intro}</p>}
      onSubmit={submit}
      actions={formActions(t, record.isPending)}
    >
      <CheckboxGroup options={options} {...f.group("attendeeIds")} />
      <TextAreaField {...f.field("otherAttendees")} hint={t.othersHint} rows={2} />
      <TextAreaField {...f.field("minutes")} required rows={8} />
      <TextAreaField {...f.field("decisions")} hint={t.decisionsHint} rows={3} />
      <fieldset className="fieldset">
        <legend>{t.actions}</legend>
        {actions.map((a, i) => (
          <fieldset key={a.key} className="fieldset">
            <legend>{t.action(i + 1)}</legend>
            <TextField
              id={`action-${i}-titre`}
              label={t.actionTitle}
              required
              value={a.title}
              onChange={(e) => setAction(i, { title: e.currentTarget.value })}
              error={err(`actions.${i}.title`)}
            />
            <SelectField
              id={`action-${i}-responsable`}
              label={t.owner}
              required
              value={a.ownerId}
              onChange={(e) => setAction(i, { ownerId: e.currentTarget.value })}
              error={err(`actions.${i}.ownerId`)}
            >
              <Options empty={t.chooseOwner} options={options} />
            </SelectField>
            <DayField
              id={`action-${i}-echeance`}
              label={t.dueOn}
              required
              value={a.dueOn}
              onChange={(e) => setAction(i, { dueOn: e.currentTarget.value })}
              error={err(`actions.${i}.dueOn`)}
            />
            <Button
              variant="secondary"
              onClick={() => setActions(actions.filter((_, j) => j !== i))}
            >
              {t.removeAction(i + 1)}
            </Button>
          </fieldset>
        ))}
        <Button variant="secondary" onClick={() => setActions([...actions, emptyAction()])}>
          {t.addAction}
        </Button>
      </fieldset>
    </Form>
  );
}
