/**
 * Registering a saisine the call centre received by phone, letter, email or at the desk, for any
 * member commune: the channel, the commune agent behind it (their function checks the routing),
 * then the same fields as on the portal (`@mutu/web/saisines`). Missing choices and refused files
 * are caught here; the API checks the rest in French, field by field; an idempotency key prevents
 * duplicates.
 */
import { SAISINE_CHANNEL_LABELS, type SaisineChannel } from "@mutu/domain";
import {
  Button,
  type FieldErrors,
  type FormError,
  FormErrorSummary,
  RadioGroup,
  SelectField,
  fieldError,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import {
  checkSaisineFields,
  SaisineFields,
  saisineSummaryFields,
  type UploadOutcome,
  useAttachmentUpload,
  useSaisineFields,
} from "@mutu/web/saisines";
import { messages } from "../messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";
import type { FiledSaisine } from "./types.ts";

const t = messages.saisines.form;

/** What the call centre receives: not the portal, not another tool. */
const CHANNELS: readonly SaisineChannel[] = ["telephone", "courrier", "courriel", "accueil"];

const fields = [
  { name: "orgId", id: "enregistrer-commune", label: t.commune },
  { name: "channel", id: "enregistrer-canal-0", label: t.channel },
  { name: "requesterId", id: "enregistrer-demandeur", label: t.requester },
  ...saisineSummaryFields("enregistrer", t),
];

function newKey(): string | undefined {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : undefined;
}

type Filed = { saisine: FiledSaisine; uploads: UploadOutcome[] };

export function RegisterForm({
  communes,
  onFiled,
}: {
  communes: readonly Organisation[];
  onFiled(filed: Filed): void;
}) {
  const utils = trpc.useUtils();
  const create = trpc.saisines.create.useMutation();
  const upload = useAttachmentUpload();
  const serverError = useFormError(create.error);
  const [key] = useState(newKey);
  const [orgId, setOrgId] = useState("");
  const [channel, setChannel] = useState<SaisineChannel | "">("");
  const [requesterId, setRequesterId] = useState("");
  const [values, change] = useSaisineFields();
  const [uploading, setUploading] = useState<string | null>(null);
  const [local, setLocal] = useState<FormError | null>(null);
  const people = trpc.people.list.useQuery({ orgId }, { enabled: orgId !== "" });
  const error = local ?? serverError;
  const errors = error?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!orgId) missing.orgId = [t.required.orgId];
    if (!channel) missing.channel = [t.required.channel];
    const checked = checkSaisineFields(values, t.required);
    if (!orgId || !channel || !checked.input) {
      create.reset();
      setLocal({ message: t.fix, fieldErrors: { ...missing, ...checked.fieldErrors }, code: null });
      return;
    }
    setLocal(null);
    create.mutate(
      {
        orgId,
        channel,
        ...checked.input,
        ...(requesterId ? { requesterId } : {}),
        ...(key ? { idempotencyKey: key } : {}),
      },
      {
        async onSuccess(saisine) {
          const uploads = await upload(saisine.id, values.files, setUploading);
          setUploading(null);
          void utils.saisines.queue.invalidate();
          onFiled({ saisine, uploads });
        },
      },
    );
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
        <option value="">{t.chooseCommune}</option>
        {communes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <RadioGroup
        id="enregistrer-canal"
        legend={t.channel}
        required
        options={CHANNELS.map((value) => ({ value, label: SAISINE_CHANNEL_LABELS[value] }))}
        value={channel}
        onChange={(value) => setChannel(value as SaisineChannel)}
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
        <option value="">{t.requesterNone}</option>
        {(people.data ?? [])
          .filter((p) => p.active)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.functions.length
                ? `${p.displayName} — ${p.functions.map((f) => f.label).join(", ")}`
                : p.displayName}
            </option>
          ))}
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
        busy={create.isPending || uploading !== null}
        busyLabel={uploading ? t.uploading(uploading) : t.submitting}
      >
        {t.submit}
      </Button>
    </form>
  );
}
