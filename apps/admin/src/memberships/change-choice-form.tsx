/** Changing a member's choice (a simple decision of the commune), from a given day. */
import { changeChoiceInput, SUBSCRIPTION_LABELS, SUBSCRIPTIONS } from "@mutu/domain";
import { formActions, formatCalendarDate, Form } from "@mutu/ui";
import { useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChoiceFields, EMPTY_CHOICE, choiceInput, choiceSummary } from "./choice-fields.tsx";
import { membershipsMessages } from "./messages.ts";
import type { Membership } from "./types.ts";

const t = membershipsMessages.membership;

const words = { ...t, subscription: t.newSubscription };

const ids = {
  subscription: "formule-nouvelle",
  effectiveFrom: "formule-effet",
  decisionRef: "formule-decision",
  decidedOn: "formule-decision-date",
  auditInvoicedOn: "formule-audit",
};

const fields = choiceSummary(ids, words);

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
  const [choice, setChoice] = useState(EMPTY_CHOICE);
  const current = membership.current?.subscription;
  const choices = SUBSCRIPTIONS.filter((code) => code !== current).map((code) => ({
    code,
    label: SUBSCRIPTION_LABELS[code],
  }));

  function submit() {
    const checked = form.check(choiceInput(membership.member.orgId, choice));
    if (!checked) return;
    change.mutate(checked, {
      async onSuccess(result) {
        utils.memberships.get.setData({ orgId: membership.member.orgId }, result);
        await utils.memberships.invalidate();
        await utils.contracts.list.invalidate();
        setChoice(EMPTY_CHOICE);
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
      <ChoiceFields
        ids={ids}
        words={words}
        subscriptions={choices}
        value={choice}
        onChange={setChoice}
        errors={form.error?.fieldErrors}
      />
    </Form>
  );
}
