/** Changing a member's choice (a simple decision of the commune), from a given day. */
import { changeChoiceInput, SUBSCRIPTION_LABELS, SUBSCRIPTIONS } from "@mutu/domain";
import { fieldLayout, formActions, formatCalendarDate, Form, useFields } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChoiceFields, EMPTY_CHOICE, choiceInput, choicePlaces } from "./choice-fields.tsx";
import { membershipsMessages } from "./messages.ts";
import type { Membership } from "./types.ts";

const t = membershipsMessages.membership;

const words = { ...t, subscription: t.newSubscription };

const fields = fieldLayout(
  "formule",
  choicePlaces(
    {
      subscription: "nouvelle",
      effectiveFrom: "effet",
      decisionRef: "decision",
      decidedOn: "decision-date",
      auditInvoicedOn: "audit",
    },
    words,
  ),
);

export function ChangeChoiceForm({
  membership,
  onDone,
}: {
  membership: Membership;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const change = trpc.memberships.changeChoice.useMutation();
  const form = useSchemaForm(changeChoiceInput, change);
  const f = useFields(EMPTY_CHOICE, form.error, fields);
  const current = membership.current?.subscription;
  const choices = SUBSCRIPTIONS.filter((code) => code !== current).map((code) => ({
    code,
    label: SUBSCRIPTION_LABELS[code],
  }));

  function submit() {
    const checked = form.check(choiceInput(membership.member.orgId, f.values));
    if (!checked) return;
    change.mutate(checked, {
      async onSuccess(result) {
        utils.memberships.get.setData({ orgId: membership.member.orgId }, result);
        await utils.memberships.invalidate();
        await utils.contracts.list.invalidate();
        f.reset();
        change.reset();
        onDone(
          t.changed(
            SUBSCRIPTION_LABELS[checked.subscription],
            formatCalendarDate(checked.effectiveFrom),
          ),
        );
      },
    });
  }

  return (
    <Form
      error={form.error}
      fields={fields}
      failed={t.change.failed}
      onSubmit={submit}
      actions={formActions(t.change, change.isPending)}
    >
      <ChoiceFields field={f.field} words={words} subscriptions={choices} />
    </Form>
  );
}
