/**
 * Registering a saisine the call centre received by phone, letter, email or at the desk, for any
 * member commune: the channel, the commune agent behind it (their function checks the routing),
 * then the same fields as on the portal. Missing choices and refused files are caught here; the
 * API checks the rest in French, field by field; an idempotency key prevents duplicates.
 */
import {
  DEFAULT_RESIDENT_RETENTION_MONTHS,
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TITLE_MAX,
  SAISINE_TITLE_MIN,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
  type SaisineChannel,
  type SaisineCriticality,
  type SaisineNature,
  type SaisineType,
  type SubDomainLetter,
} from "@mutu/domain";
import {
  Button,
  type FieldErrors,
  type FormError,
  FormErrorSummary,
  Info,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  fieldError,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import {
  attachmentErrors,
  AttachmentsField,
  saisineMessages,
  subDomainLabel,
  type UploadOutcome,
  useAttachmentUpload,
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
  { name: "type", id: "enregistrer-type-0", label: t.type },
  { name: "subDomain", id: "enregistrer-sous-domaine-0", label: t.subDomain },
  { name: "nature", id: "enregistrer-nature-0", label: t.nature },
  { name: "criticality", id: "enregistrer-criticite-0", label: t.criticality },
  { name: "title", id: "enregistrer-objet", label: t.title_ },
  { name: "description", id: "enregistrer-description", label: t.description },
  { name: "site", id: "enregistrer-site", label: t.site },
  { name: "onBehalfOf.name", id: "enregistrer-administre-nom", label: t.residentName },
  { name: "onBehalfOf.contact", id: "enregistrer-administre-contact", label: t.residentContact },
  { name: "files", id: "enregistrer-pieces", label: saisineMessages.files.label },
] as const;

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
  const [type, setType] = useState<SaisineType | "">("");
  const [subDomain, setSubDomain] = useState<SubDomainLetter | "">("");
  const [nature, setNature] = useState<SaisineNature>("ordinaire");
  const [criticality, setCriticality] = useState<SaisineCriticality | "">("");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [site, setSite] = useState("");
  const [forResident, setForResident] = useState(false);
  const [residentName, setResidentName] = useState("");
  const [residentContact, setResidentContact] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);
  const [local, setLocal] = useState<FormError | null>(null);
  const people = trpc.people.list.useQuery({ orgId }, { enabled: orgId !== "" });
  const error = local ?? serverError;
  const errors = error?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const r = t.required;
    const missing: FieldErrors = {};
    if (!orgId) missing.orgId = [r.orgId];
    if (!channel) missing.channel = [r.channel];
    if (!type) missing.type = [r.type];
    if (!subDomain) missing.subDomain = [r.subDomain];
    if (!criticality) missing.criticality = [r.criticality];
    const refused = attachmentErrors(files);
    if (refused.length) missing.files = refused;
    if (!orgId || !channel || !type || !subDomain || !criticality || refused.length) {
      create.reset();
      setLocal({ message: t.fix, fieldErrors: missing, code: null });
      return;
    }
    setLocal(null);
    create.mutate(
      {
        orgId,
        channel,
        type,
        subDomain,
        nature,
        criticality,
        title,
        description,
        ...(requesterId ? { requesterId } : {}),
        ...(site.trim() ? { site } : {}),
        ...(forResident ? { onBehalfOf: { name: residentName, contact: residentContact } } : {}),
        ...(key ? { idempotencyKey: key } : {}),
      },
      {
        async onSuccess(saisine) {
          const uploads: UploadOutcome[] = [];
          for (const file of files) {
            setUploading(file.name);
            uploads.push(...(await upload(saisine.id, [file])));
          }
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
      <RadioGroup
        id="enregistrer-type"
        legend={t.type}
        required
        options={SAISINE_TYPES.map((value) => ({
          value,
          label: SAISINE_TYPE_LABELS[value],
          hint: t.types[value],
        }))}
        value={type}
        onChange={(value) => setType(value as SaisineType)}
        error={fieldError(errors, "type")}
      />
      <RadioGroup
        id="enregistrer-sous-domaine"
        legend={t.subDomain}
        required
        options={SUB_DOMAIN_LETTERS.map((value) => ({ value, label: subDomainLabel(value) }))}
        value={subDomain}
        onChange={(value) => setSubDomain(value as SubDomainLetter)}
        error={fieldError(errors, "subDomain")}
      />
      <RadioGroup
        id="enregistrer-nature"
        legend={t.nature}
        required
        options={SAISINE_NATURES.map((value) => ({
          value,
          label: SAISINE_NATURE_LABELS[value],
          hint: t.natures[value],
        }))}
        value={nature}
        onChange={(value) => setNature(value as SaisineNature)}
        error={fieldError(errors, "nature")}
      />
      <RadioGroup
        id="enregistrer-criticite"
        legend={t.criticality}
        required
        options={SAISINE_CRITICALITIES.map((value) => ({
          value,
          label: SAISINE_CRITICALITY_LABELS[value],
          hint: t.criticalities[value],
        }))}
        value={criticality}
        onChange={(value) => setCriticality(value as SaisineCriticality)}
        error={fieldError(errors, "criticality")}
      />
      <TextField
        id="enregistrer-objet"
        label={t.title_}
        hint={t.titleHint(SAISINE_TITLE_MIN, SAISINE_TITLE_MAX)}
        required
        maxLength={SAISINE_TITLE_MAX}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={fieldError(errors, "title")}
      />
      <TextAreaField
        id="enregistrer-description"
        label={t.description}
        hint={t.descriptionHint}
        rows={6}
        className="input input-wide"
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        error={fieldError(errors, "description")}
      />
      <TextField
        id="enregistrer-site"
        label={t.site}
        hint={t.siteHint}
        value={site}
        onChange={(event) => setSite(event.currentTarget.value)}
        error={fieldError(errors, "site")}
      />
      <RadioGroup
        id="enregistrer-pour"
        legend={t.forWhom}
        options={[
          { value: "commune", label: t.forCommune },
          { value: "resident", label: t.forResident, hint: t.forResidentHint },
        ]}
        value={forResident ? "resident" : "commune"}
        onChange={(value) => setForResident(value === "resident")}
      >
        {forResident ? (
          <div className="fieldset-box">
            <Info>{t.residentNotice(DEFAULT_RESIDENT_RETENTION_MONTHS)}</Info>
            <TextField
              id="enregistrer-administre-nom"
              label={t.residentName}
              required
              autoComplete="off"
              value={residentName}
              onChange={(event) => setResidentName(event.currentTarget.value)}
              error={fieldError(errors, "onBehalfOf.name")}
            />
            <TextField
              id="enregistrer-administre-contact"
              label={t.residentContact}
              hint={t.residentContactHint}
              required
              autoComplete="off"
              value={residentContact}
              onChange={(event) => setResidentContact(event.currentTarget.value)}
              error={fieldError(errors, "onBehalfOf.contact")}
            />
          </div>
        ) : null}
      </RadioGroup>
      <AttachmentsField
        id="enregistrer-pieces"
        files={files}
        onChange={setFiles}
        error={fieldError(errors, "files")}
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
