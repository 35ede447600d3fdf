/** A commune joins the convention: its council's deliberation, its choice, from when. */
import {
  Actions,
  Button,
  FormErrorSummary,
  SelectField,
  TextField,
  fieldError,
  useFormError,
  useRoute,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import { messages } from "../messages.ts";
import { membershipsMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { membershipHref } from "./href.ts";
import type { Catalogue, Member, Subscription } from "./types.ts";

const t = membershipsMessages.join;

const fields = [
  { name: "orgId", id: "adhesion-commune", label: t.commune },
  { name: "subscription", id: "adhesion-formule", label: t.subscription },
  { name: "effectiveFrom", id: "adhesion-effet", label: t.effectiveFrom },
  { name: "decisionRef", id: "adhesion-deliberation", label: t.decisionRef },
  { name: "decidedOn", id: "adhesion-deliberation-date", label: t.decidedOn },
  { name: "auditInvoicedOn", id: "adhesion-audit", label: t.auditInvoicedOn },
  { name: "population", id: "adhesion-commune", label: t.commune },
] as const;

export function JoinForm({
  catalogue,
  members,
  onCancel,
}: {
  catalogue: Catalogue;
  members: readonly Member[];
  onCancel(): void;
}) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const orgs = useOrganisations();
  const joined = new Set(members.map((m) => m.member.orgId));
  const candidates = orgs.list.filter((o) => o.kind === "commune" && !joined.has(o.id));
  const [form, setForm] = useState({
    orgId: "",
    subscription: "",
    effectiveFrom: "",
    decisionRef: "",
    decidedOn: "",
    auditInvoicedOn: "",
  });
  const join = trpc.memberships.join.useMutation();
  const error = useFormError(join.error);
  const set = (key: keyof typeof form, value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    join.mutate(
      {
        orgId: form.orgId,
        subscription: form.subscription as Subscription,
        effectiveFrom: form.effectiveFrom,
        decisionRef: form.decisionRef,
        decidedOn: form.decidedOn || null,
        auditInvoicedOn: form.auditInvoicedOn || null,
      },
      {
        async onSuccess(result) {
          await utils.memberships.invalidate();
          await utils.contracts.invalidate();
          navigate(membershipHref(result.member.orgId), {
            state: {
              notice: t.done(result.member.name, result.current?.subscriptionLabel ?? ""),
            },
          });
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <p className="prose">{t.intro}</p>
      <FormErrorSummary error={error} fields={fields} title={t.failed} headingLevel={3} />
      <SelectField
        id="adhesion-commune"
        label={t.commune}
        hint={candidates.length ? undefined : t.noCandidate}
        required
        value={form.orgId}
        onChange={(event) => set("orgId", event.currentTarget.value)}
        error={[
          ...fieldError(error?.fieldErrors, "orgId"),
          ...fieldError(error?.fieldErrors, "population"),
        ]}
      >
        <option value="">{t.chooseCommune}</option>
        {candidates.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="adhesion-formule"
        label={t.subscription}
        required
        value={form.subscription}
        onChange={(event) => set("subscription", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "subscription")}
      >
        <option value="">{t.chooseSubscription}</option>
        {catalogue.subscriptions.map((s) => (
          <option key={s.code} value={s.code}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id="adhesion-effet"
        label={t.effectiveFrom}
        type="date"
        required
        className="input input-short"
        value={form.effectiveFrom}
        onChange={(event) => set("effectiveFrom", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "effectiveFrom")}
      />
      <TextField
        id="adhesion-deliberation"
        label={t.decisionRef}
        hint={t.decisionRefHint}
        required
        className="input input-wide"
        value={form.decisionRef}
        onChange={(event) => set("decisionRef", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "decisionRef")}
      />
      <TextField
        id="adhesion-deliberation-date"
        label={t.decidedOn}
        type="date"
        className="input input-short"
        value={form.decidedOn}
        onChange={(event) => set("decidedOn", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "decidedOn")}
      />
      <TextField
        id="adhesion-audit"
        label={t.auditInvoicedOn}
        hint={t.auditHint}
        type="date"
        className="input input-short"
        value={form.auditInvoicedOn}
        onChange={(event) => set("auditInvoicedOn", event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "auditInvoicedOn")}
      />
      <Actions>
        <Button type="submit" busy={join.isPending} busyLabel={t.submitting}>
          {t.submit}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={join.isPending}>
          {messages.cancel}
        </Button>
      </Actions>
    </form>
  );
}
