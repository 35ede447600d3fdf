/**
 * Moving a planned meeting (new day, times, place) or cancelling it, each with its reason — the
 * service commun's side. Checked with the domain's schemas first, then by the server (a time
 * past, a meeting already held…).
 */
import { cancelMeetingInput, rescheduleMeetingInput } from "@mutu/domain";
import { Form, fieldLayout, formActions, Section, TextAreaField, useFields } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import type { MeetingDetail } from "@mutu/web/meetings";
import { meetingsAdminMessages } from "./messages.ts";
import { WhenWhereFields, whenWhereLayout } from "./when-where-fields.tsx";

const r = meetingsAdminMessages.reschedule;
const c = meetingsAdminMessages.cancel;

const moveLayout = [
  ...whenWhereLayout("report"),
  ...fieldLayout("report", { reason: ["motif", r.reason] }),
];
const cancelLayout = fieldLayout("annulation", { reason: ["motif", c.reason] });

type Props = { meeting: MeetingDetail; onDone(status: string): void };

function RescheduleForm({ meeting: m, onDone }: Props) {
  const utils = trpc.useUtils();
  const move = trpc.meetings.reschedule.useMutation();
  const form = useSchemaForm(rescheduleMeetingInput, move);
  const f = useFields(
    {
      date: m.day,
      startTime: m.startTime,
      endTime: m.endTime,
      place: m.place,
      videoUrl: m.videoUrl,
      reason: "",
    },
    form.error,
    moveLayout,
  );
  function submit() {
    const checked = form.check({ meetingId: m.id, ...f.values });
    if (!checked) return;
    move.mutate(checked, {
      async onSuccess() {
        await utils.meetings.invalidate();
        onDone(r.done);
      },
    });
  }
  return (
    <Form
      error={form.error}
      fields={moveLayout}
      failed={r.failed}
      intro={<p className="prose">{r.intro}</p>}
      onSubmit={submit}
      actions={formActions(r, move.isPending)}
    >
      <WhenWhereFields field={f.field} />
      <TextAreaField {...f.field("reason")} required rows={3} />
    </Form>
  );
}

function CancelForm({ meeting: m, onDone }: Props) {
  const utils = trpc.useUtils();
  const cancel = trpc.meetings.cancel.useMutation();
  const form = useSchemaForm(cancelMeetingInput, cancel);
  const f = useFields({ reason: "" }, form.error, cancelLayout);
  function submit() {
    const checked = form.check({ meetingId: m.id, reason: f.values.reason });
    if (!checked) return;
    cancel.mutate(checked, {
      async onSuccess() {
        await utils.meetings.invalidate();
        onDone(c.done);
      },
    });
  }
  return (
    <Form
      error={form.error}
      fields={cancelLayout}
      failed={c.failed}
      intro={<p className="prose">{c.intro}</p>}
      onSubmit={submit}
      actions={{ ...formActions(c, cancel.isPending), variant: "danger" }}
    >
      <TextAreaField {...f.field("reason")} required rows={3} />
    </Form>
  );
}

/** Both, for a planned meeting the service commun manages. */
export function ChangeForms(props: Props) {
  return (
    <>
      <Section id="reunion-reporter" title={r.title}>
        <RescheduleForm {...props} />
      </Section>
      <Section id="reunion-annuler" title={c.title}>
        <CancelForm {...props} />
      </Section>
    </>
  );
}
