/** A commune joins the convention: its council's deliberation, its choice, from when. */
import { joinMembershipInput } from "@mutu/domain";
import { SelectField, fieldError, useRoute, Form, formActions } from "@mutu/ui";
import { useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { ChoiceFields, EMPTY_CHOICE, choiceInput, choiceSummary } from "./choice-fields.tsx";
import { membershipHref } from "./href.ts";
import { membershipsMessages } from "./messages.ts";
import type { Catalogue, Member } from "./types.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

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

  function submit() {
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
    <Form
      error={error}
      fields={fields}
      failed={t.failed}
      intro={<p className="prose">{t.intro}</p>}
      onSubmit={submit}
      actions={formActions(t, join.isPending, { label: messages.cancel, onCancel })}
    >
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
        <OrganisationOptions organisations={candidates} empty={t.chooseCommune} />
      </SelectField>
      <ChoiceFields
        ids={ids}
        words={t}
        subscriptions={catalogue.subscriptions}
        value={choice}
        onChange={setChoice}
        errors={error?.fieldErrors}
      />
    </Form>
  );
}
