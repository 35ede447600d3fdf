/** A commune joins the convention: its council's deliberation, its choice, from when. */
import { joinMembershipInput } from "@mutu/domain";
import { Actions, Button, FormErrorSummary, SelectField, fieldError, useRoute } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { ChoiceFields, EMPTY_CHOICE, choiceInput, choiceSummary } from "./choice-fields.tsx";
import { membershipHref } from "./href.ts";
import { membershipsMessages } from "./messages.ts";
import type { Catalogue, Member } from "./types.ts";

const t = membershipsMessages.join;

const ids = {
  subscription: "adhesion-formule",
  effectiveFrom: "adhesion-effet",
  decisionRef: "adhesion-deliberation",
  decidedOn: "adhesion-deliberation-date",
  auditInvoicedOn: "adhesion-audit",
};

const fields = [
  { name: "orgId", id: "adhesion-commune", label: t.commune },
  ...choiceSummary(ids, t),
  { name: "population", id: "adhesion-commune", label: t.commune },
];

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
  const [orgId, setOrgId] = useState("");
  const [choice, setChoice] = useState(EMPTY_CHOICE);
  const join = trpc.memberships.join.useMutation();
  const form = useSchemaForm(joinMembershipInput, join);
  const { error } = form;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check(choiceInput(orgId, choice));
    if (!checked) return;
    join.mutate(checked, {
      async onSuccess(result) {
        await utils.memberships.invalidate();
        await utils.contracts.invalidate();
        navigate(membershipHref(result.member.orgId), {
          state: {
            notice: t.done(result.member.name, result.current?.subscriptionLabel ?? ""),
          },
        });
      },
    });
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
        value={orgId}
        onChange={(event) => setOrgId(event.currentTarget.value)}
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
      <ChoiceFields
        ids={ids}
        words={t}
        subscriptions={catalogue.subscriptions}
        value={choice}
        onChange={setChoice}
        errors={error?.fieldErrors}
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
