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
  focusSectionIfLost,
  formActions,
  Options,
  SelectField,
  TextAreaField,
  TextField,
  useFields,
  useRows,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type MeetingDetail, type Overview, textLines } from "@mutu/web/meetings";
import { meetingsAdminMessages } from "./messages.ts";

const t = meetingsAdminMessages.record;

const layout = fieldLayout("compte-rendu", {
  attendeeIds: ["presents-0", t.attendees],
  otherAttendees: ["autres", t.others],
  minutes: ["texte", t.minutes],
  decisions: ["decisions", t.decisions],
});

const emptyAction = () => ({ title: "", ownerId: "", dueOn: "" });

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
  const actions = useRows<ReturnType<typeof emptyAction>>(() => []);
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

  const summary = [
    ...layout,
    ...actions.rows.flatMap((_, i) => [
      {
        name: `actions.${i}.title`,
        id: `action-${i}-titre`,
        label: `${t.action(i + 1)} : ${t.actionTitle}`,
      },
      {
        name: `actions.${i}.ownerId`,
        id: `action-${i}-responsable`,
        label: `${t.action(i + 1)} : ${t.owner}`,
      },
      {
        name: `actions.${i}.dueOn`,
        id: `action-${i}-echeance`,
        label: `${t.action(i + 1)} : ${t.dueOn}`,
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
      actions: actions.values,
    });
    if (!checked) return;
    record.mutate(checked, {
      async onSuccess() {
        await utils.meetings.invalidate();
        onDone(t.done);
        // The form goes once the meeting is held: the reader lands on the minutes recorded.
        focusSectionIfLost("reunion-compte-rendu");
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
      <fieldset ref={actions.list} className="fieldset">
        <legend>{t.actions}</legend>
        {actions.rows.map((a, i) => {
          const row = actions.text(i, error?.fieldErrors, `actions.${i}.`);
          return (
            <fieldset key={a.key} className="fieldset" data-row>
              <legend>{t.action(i + 1)}</legend>
              <TextField
                id={`action-${i}-titre`}
                label={t.actionTitle}
                required
                {...row("title")}
              />
              <SelectField
                id={`action-${i}-responsable`}
                label={t.owner}
                required
                {...row("ownerId")}
              >
                <Options empty={t.chooseOwner} options={options} />
              </SelectField>
              <DayField id={`action-${i}-echeance`} label={t.dueOn} required {...row("dueOn")} />
              <Button variant="secondary" onClick={() => actions.remove(i)}>
                {t.removeAction(i + 1)}
              </Button>
            </fieldset>
          );
        })}
        <Button
          ref={actions.addButton}
          variant="secondary"
          onClick={() => actions.add(emptyAction())}
        >
          {t.addAction}
        </Button>
      </fieldset>
    </Form>
  );
}
