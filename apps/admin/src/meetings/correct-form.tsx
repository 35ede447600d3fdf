/**
 * Correcting the minutes of a held meeting (the service commun's side): the text and decisions as
 * recorded, to change, and the reason — shown on the meeting, the earlier text kept in the audit
 * trail. Opened by a button; refused by the server once the year's report is sent.
 */
import { correctMinutesInput } from "@mutu/domain";
import {
  fieldLayout,
  Form,
  FormPanel,
  formActions,
  TextAreaField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type MeetingDetail, textLines } from "@mutu/web/meetings";
import { meetingsAdminMessages } from "./messages.ts";

const k = meetingsAdminMessages.correct;

const layout = fieldLayout("correction", {
  minutes: ["compte-rendu", k.minutes],
  decisions: ["decisions", k.decisions],
  reason: ["motif", k.reason],
});

type Props = { meeting: MeetingDetail; onDone(status: string): void };

/** The button and its panel; the form is built when opened, from the minutes as they are then. */
export function CorrectMinutesForm({ meeting, onDone }: Props) {
  const panel = useFormPanel();
  return (
    <FormPanel id="reunion-corriger" toggle={k.toggle} title={k.title} state={panel}>
      {panel.open ? (
        <CorrectionForm
          meeting={meeting}
          onCancel={panel.close}
          onDone={(status) => {
            panel.close();
            onDone(status);
          }}
        />
      ) : null}
    </FormPanel>
  );
}

function CorrectionForm({ meeting: m, onDone, onCancel }: Props & { onCancel(): void }) {
  const utils = trpc.useUtils();
  const correct = trpc.meetings.correctMinutes.useMutation();
  const form = useSchemaForm(correctMinutesInput, correct);
  const f = useFields(
    { minutes: m.minutes ?? "", decisions: m.decisions.join("\n"), reason: "" },
    form.error,
    layout,
  );
  function submit() {
    const checked = form.check({
      meetingId: m.id,
      minutes: f.values.minutes,
      decisions: textLines(f.values.decisions),
      reason: f.values.reason,
    });
    if (!checked) return;
    correct.mutate(checked, {
      async onSuccess() {
        await utils.meetings.invalidate();
        onDone(k.done);
      },
    });
  }
  return (
    <Form
      error={form.error}
      fields={layout}
      failed={k.failed}
      intro={<p className="prose">{k.intro}</p>}
      onSubmit={submit}
      actions={formActions(k, correct.isPending, { label: k.cancel, onCancel })}
    >
      <TextAreaField {...f.field("minutes")} required rows={8} />
      <TextAreaField {...f.field("decisions")} hint={k.decisionsHint} rows={3} />
      <TextAreaField {...f.field("reason")} required rows={2} />
    </Form>
  );
}
