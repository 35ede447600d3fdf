/** A commune joins the convention: its council's deliberation, its choice, from when. */
import { joinMembershipInput } from "@mutu/domain";
import {
  SelectField,
  fieldError,
  fieldLayout,
  useRoute,
  Form,
  formActions,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { ChoiceFields, EMPTY_CHOICE, choiceInput, choicePlaces } from "./choice-fields.tsx";
import { membershipHref } from "./href.ts";
import { membershipsMessages } from "./messages.ts";
import type { Catalogue, Member } from "./types.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = membershipsMessages.join;

// A commune whose population is unknown is refused on the commune's line.
const fields = fieldLayout("adhesion", {
  orgId: ["commune", t.commune],
  ...choicePlaces(
    {
      subscription: "formule",
      effectiveFrom: "effet",
      decisionRef: "deliberation",
      decidedOn: "deliberation-date",
      auditInvoicedOn: "audit",
    },
    t,
  ),
  population: ["commune", t.commune],
});

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
  const join = trpc.memberships.join.useMutation();
  const form = useSchemaForm(joinMembershipInput, join);
  const { error } = form;
  const f = useFields({ orgId: "", ...EMPTY_CHOICE }, error, fields);
  const commune = f.field("orgId");

  function submit() {
    const checked = form.check(choiceInput(f.values.orgId, f.values));
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
        {...commune}
        hint={candidates.length ? undefined : t.noCandidate}
        required
        error={[...commune.error, ...fieldError(error?.fieldErrors, "population")]}
      >
        <OrganisationOptions organisations={candidates} empty={t.chooseCommune} />
      </SelectField>
      <ChoiceFields field={f.field} words={t} subscriptions={catalogue.subscriptions} />
    </Form>
  );
}
