/** Changing a member's choice (a simple decision of the commune), from a given day. */
import {
  Actions,
  Button,
  FormErrorSummary,
  SelectField,
  TextField,
  fieldError,
  formatCalendarDate,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import { membershipsMessages } from "./messages.ts";
import type { Membership, Subscription } from "./types.ts";

const t = membershipsMessages.membership;
const labels = membershipsMessages.subscriptions;

const fields = [
  { name: "subscription", id: "formule-nouvelle", label: t.newSubscription },
  { name: "effectiveFrom", id: "formule-effet", label: t.effectiveFrom },
  { name: "decisionRef", id: "formule-decision", label: t.decisionRef },
  { name: "decidedOn", id: "formule-decision-date", label: t.decidedOn },
  { name: "auditInvoicedOn", id: "formule-audit", label: t.auditInvoicedOn },
] as const;

export function ChangeChoiceForm({
  membership,
  onDone,
}: {
  membership: Membership;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const change = trpc.memberships.changeChoice.useMutation();
  const error = useFormError(change.error);
  const [form, setForm] = useState({
    subscription: "",
    effectiveFrom: "",
    decisionRef: "",
    decidedOn: "",
    auditInvoicedOn: "",
  });
  const set = (key: keyof typeof form, value: string) =>
    setForm((current) => ({ ...current, [key]: value }));
  const current = membership.current?.subscription;
  const choices = (Object.keys(labels) as Subscription[]).filter((code) => code !== current);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change.mutate(
      {
        orgId: membership.member.orgId,
        subscription: form.subscription as Subscription,
        effectiveFrom: form.effectiveFrom,
        decisionRef: form.decisionRef,
        decidedOn: form.decidedOn || null,
        auditInvoicedOn: form.auditInvoicedOn || null,
      },
      {
        async onSuccess(result) {
          utils.memberships.get.setData({ orgId: membership.member.orgId }, result);
          await utils.memberships.invalidate();
          await utils.contracts.list.invalidate();
          setForm({
            subscription: "",
            effectiveFrom: "",
            decisionRef: "",
            decidedOn: "",
            auditInvoicedOn: "",
          });
          change.reset();
          onDone(
            t.changed(
              labels[form.subscription as Subscription],
              formatCalendarDate(form.effectiveFrom),
            ),
          );
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.changeFailed} headingLevel={3} />
      <SelectField
        id="formule-nouvelle"
        label={t.newSubscription}
        required
        value={form.subscription}
        onChange={(event) => set("subscription", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "subscription")}
      >
        <option value="">{t.chooseSubscription}</option>
        {choices.map((code) => (
          <option key={code} value={code}>
            {labels[code]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="formule-effet"
        label={t.effectiveFrom}
        type="date"
        required
        className="input input-short"
        value={form.effectiveFrom}
        onChange={(event) => set("effectiveFrom", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "effectiveFrom")}
      />
      <TextField
        id="formule-decision"
        label={t.decisionRef}
        hint={t.decisionRefHint}
        required
        className="input input-wide"
        value={form.decisionRef}
        onChange={(event) => set("decisionRef", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "decisionRef")}
      />
      <TextField
        id="formule-decision-date"
        label={t.decidedOn}
        type="date"
        className="input input-short"
        value={form.decidedOn}
        onChange={(event) => set("decidedOn", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "decidedOn")}
      />
      <TextField
        id="formule-audit"
        label={t.auditInvoicedOn}
        hint={t.auditHint}
        type="date"
        className="input input-short"
        value={form.auditInvoicedOn}
        onChange={(event) => set("auditInvoicedOn", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "auditInvoicedOn")}
      />
      <Actions>
        <Button type="submit" busy={change.isPending} busyLabel={t.changeSubmitting}>
          {t.changeSubmit}
        </Button>
      </Actions>
    </form>
  );
}
