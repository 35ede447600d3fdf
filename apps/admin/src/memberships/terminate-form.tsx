/** Terminating a membership: the council's deliberation and the day notice was given; the end follows 12 months later. */
import { parisToday, terminateMembershipInput } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  Form,
  formActions,
  formatCalendarDate,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { membershipsMessages } from "./messages.ts";
import type { Membership } from "./types.ts";

const t = membershipsMessages.membership;

const fields = fieldLayout("resiliation", {
  noticeGivenOn: ["preavis", t.noticeGivenOn],
  decisionRef: ["deliberation", t.terminationRef],
});

export function TerminateForm({
  membership,
  onDone,
}: {
  membership: Membership;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const terminate = trpc.memberships.terminate.useMutation();
  const form = useSchemaForm(terminateMembershipInput, terminate);
  const { error } = form;
  const f = useFields({ noticeGivenOn: parisToday(), decisionRef: "" }, error, fields);
  const { noticeGivenOn, decisionRef } = f.values;

  function submit() {
    const checked = form.check({ orgId: membership.member.orgId, noticeGivenOn, decisionRef });
    if (!checked) return;
    terminate.mutate(checked, {
      async onSuccess(result) {
        utils.memberships.get.setData({ orgId: membership.member.orgId }, result);
        await utils.memberships.invalidate();
        await utils.contracts.list.invalidate();
        onDone(t.terminated(formatCalendarDate(result.contract.lastDayInForce)));
      },
    });
  }

  return (
    <Form
      error={error}
      fields={fields}
      failed={t.terminate.failed}
      onSubmit={submit}
      actions={{ ...formActions(t.terminate, terminate.isPending), variant: "danger" }}
    >
      <DayField {...f.field("noticeGivenOn")} hint={t.noticeHint} required />
      <TextField {...f.field("decisionRef")} required className="input input-wide" />
    </Form>
  );
}
