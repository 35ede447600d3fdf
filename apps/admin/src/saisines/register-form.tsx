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
  fieldError,
  labelled,
  Options,
  RadioGroup,
  SelectField,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
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

const fields = [
  { name: "orgId", id: "enregistrer-commune", label: t.commune },
  { name: "channel", id: "enregistrer-canal-0", label: t.channel },
  { name: "requesterId", id: "enregistrer-demandeur", label: t.requester },
  ...saisineSummaryFields("enregistrer", t),
];

export function RegisterForm({
  communes,
  onFiled,
}: {
  communes: readonly Organisation[];
  onFiled(filed: Filed): void;
}) {
  const filing = useSaisineFiling(registerSaisineInput, onFiled);
  const { error, values, change } = filing;
  const [orgId, setOrgId] = useState("");
  const [channel, setChannel] = useState("");
  const [requesterId, setRequesterId] = useState("");
  const people = trpc.people.list.useQuery({ orgId }, { enabled: orgId !== "" });
  const errors = error?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    filing.submit(event, { orgId, channel, ...(requesterId ? { requesterId } : {}) });
  }

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.failed} />
      <SelectField
        id="enregistrer-commune"
        label={t.commune}
        required
        value={orgId}
        onChange={(event) => {
          setOrgId(event.currentTarget.value);
          setRequesterId("");
        }}
        error={fieldError(errors, "orgId")}
      >
        <OrganisationOptions organisations={communes} empty={t.chooseCommune} />
      </SelectField>
      <RadioGroup
        id="enregistrer-canal"
        legend={t.channel}
        required
        options={labelled(RECEPTION_CHANNELS, SAISINE_CHANNEL_LABELS)}
        value={channel}
        onChange={setChannel}
        error={fieldError(errors, "channel")}
      />
      <SelectField
        id="enregistrer-demandeur"
        label={t.requester}
        hint={orgId ? t.requesterHint : t.requesterNeedsCommune}
        value={requesterId}
        disabled={!orgId}
        onChange={(event) => setRequesterId(event.currentTarget.value)}
        error={fieldError(errors, "requesterId")}
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
        errors={errors}
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
