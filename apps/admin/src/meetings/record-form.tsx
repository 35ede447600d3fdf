/**
 * Recording a meeting once held: who came (the invited ticked by default), other participants, the
 * minutes, the decisions, and the actions decided — each with its owner and due date.
 */
import { recordMeetingInput } from "@mutu/domain";
import {
  Button,
  CheckboxGroup,
  Form,
  fieldError,
  SelectField,
  TextAreaField,
  TextField,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type MeetingDetail, type Overview, textLines } from "@mutu/web/meetings";
import { useState } from "react";
import { meetingsAdminMessages } from "./messages.ts";

const t = meetingsAdminMessages.record;

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
  const known = new Map(people.map((p) => [p.id, p.label]));
  for (const p of meeting.participants) known.set(p.personId, p.label);
  const options = [...known].map(([value, label]) => ({ value, label }));
  const [attendees, setAttendees] = useState(meeting.participants.map((p) => p.personId));
  const [text, setText] = useState({ others: "", minutes: "", decisions: "" });
  const [actions, setActions] = useState<ActionDraft[]>([]);
  const record = trpc.meetings.record.useMutation();
  const form = useSchemaForm(recordMeetingInput, record);
  const { error } = form;
  const err = (name: string) => fieldError(error?.fieldErrors, name);
  const setAction = (i: number, patch: Partial<ActionDraft>) =>
    setActions(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const summary = [
    { name: "attendeeIds", id: "compte-rendu-presents-0", label: t.attendees },
    { name: "otherAttendees", id: "compte-rendu-autres", label: t.others },
    { name: "minutes", id: "compte-rendu-texte", label: t.minutes },
    { name: "decisions", id: "compte-rendu-decisions", label: t.decisions },
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
      attendeeIds: attendees,
      otherAttendees: textLines(text.others),
      minutes: text.minutes,
      decisions: textLines(text.decisions),
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
      actions={{ submit: t.submit, submitting: t.submitting, pending: record.isPending }}
    >
      <CheckboxGroup
        id="compte-rendu-presents"
        legend={t.attendees}
        options={options}
        value={attendees}
        onChange={setAttendees}
        error={err("attendeeIds")}
      />
      <TextAreaField
        id="compte-rendu-autres"
        label={t.others}
        hint={t.othersHint}
        rows={2}
        value={text.others}
        onChange={(e) => setText({ ...text, others: e.currentTarget.value })}
        error={err("otherAttendees")}
      />
      <TextAreaField
        id="compte-rendu-texte"
        label={t.minutes}
        required
        rows={8}
        value={text.minutes}
        onChange={(e) => setText({ ...text, minutes: e.currentTarget.value })}
        error={err("minutes")}
      />
      <TextAreaField
        id="compte-rendu-decisions"
        label={t.decisions}
        hint={t.decisionsHint}
        rows={3}
        value={text.decisions}
        onChange={(e) => setText({ ...text, decisions: e.currentTarget.value })}
        error={err("decisions")}
      />
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
              <option value="">{t.chooseOwner}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`action-${i}-echeance`}
              label={t.dueOn}
              type="date"
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
