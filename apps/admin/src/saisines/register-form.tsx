/**
 * Registering a saisine the call centre received by phone, letter, email or at the desk, for any
 * member commune: the channel, the commune agent behind it (their function checks the routing),
 * then the same fields as on the portal (`@mutu/web/saisines`). The domain's
 * `registerSaisineInput` checks every field at once, in French, before anything is sent (refused
 * files too); an idempotency key prevents duplicates.
 */
import { RECEPTION_CHANNELS, registerSaisineInput, SAISINE_CHANNEL_LABELS } from "@mutu/domain";
import {
  Button,
  FormErrorSummary,
  fieldLayout,
  labelled,
  Options,
  RadioGroup,
  SelectField,
  useFields,
} from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc } from "@mutu/web";
import {
  SaisineFields,
  saisineSummaryFields,
  useSaisineFiling,
  type Filed,
} from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";
import type { Organisation } from "../organisations/use-organisations.ts";

const t = saisinesMessages.form;

const layout = fieldLayout("enregistrer", {
  orgId: ["commune", t.commune],
  channel: ["canal-0", t.channel],
  requesterId: ["demandeur", t.requester],
});
const fields = [...layout, ...saisineSummaryFields("enregistrer", t)];

export function RegisterForm({
  communes,
  onFiled,
}: {
  communes: readonly Organisation[];
  onFiled(filed: Filed): void;
}) {
  const filing = useSaisineFiling(registerSaisineInput, onFiled);
  const { error, values, change } = filing;
  const f = useFields({ orgId: "", channel: "", requesterId: "" }, error, layout);
  const { orgId, channel, requesterId } = f.values;
  const people = trpc.people.list.useQuery({ orgId }, { enabled: orgId !== "" });

  function submit(event: FormEvent<HTMLFormElement>) {
    filing.submit(event, { orgId, channel, ...(requesterId ? { requesterId } : {}) });
  }

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.failed} />
      <SelectField
        {...f.field("orgId")}
        required
        // Another commune, other agents: the one chosen no longer stands.
        onChange={(event) => f.set({ orgId: event.currentTarget.value, requesterId: "" })}
      >
        <OrganisationOptions organisations={communes} empty={t.chooseCommune} />
      </SelectField>
      <RadioGroup
        required
        options={labelled(RECEPTION_CHANNELS, SAISINE_CHANNEL_LABELS)}
        {...f.group("channel")}
      />
      <SelectField
        {...f.field("requesterId")}
        hint={orgId ? t.requesterHint : t.requesterNeedsCommune}
        disabled={!orgId}
      >
        <Options
          empty={t.requesterNone}
          options={(people.data ?? [])
            .filter((p) => p.active)
            .map((p) => ({
              value: p.id,
              label: p.functions.length
                ? `${p.displayName} — ${p.functions.map((f) => f.label).join(", ")}`
                : p.displayName,
            }))}
        />
      </SelectField>
      <SaisineFields
        idPrefix="enregistrer"
        wording={t}
        own={{ value: "commune", label: t.forCommune }}
        values={values}
        onChange={change}
        errors={error?.fieldErrors}
      />
      <Button
        type="submit"
        busy={filing.busy}
        busyLabel={filing.uploading ? t.uploading(filing.uploading) : t.submitting}
      >
        {t.submit}
      </Button>
    </form>
  );
}
