/**
 * Filing a saisine: type, sub-domain (with this commune's titles and what it mutualised), nature
 * (exceptionnelle explained), criticality, object, description, site, for whom (a resident: a
 * name and one way to reach them, with the retention notice), attachments. Missing choices and
 * refused files are caught here; everything else the API checks, field by field, in French.
 * An idempotency key per form makes a resent filing return the first saisine, never a duplicate.
 */
import {
  DEFAULT_RESIDENT_RETENTION_MONTHS,
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TITLE_MAX,
  SAISINE_TITLE_MIN,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
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
  TextAreaField,
  TextField,
  fieldError,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSession } from "@mutu/web";
import {
  attachmentErrors,
  AttachmentsField,
  saisineMessages,
  subDomainLabel,
  type UploadOutcome,
  useAttachmentUpload,
} from "@mutu/web/saisines";
import { messages } from "../messages.ts";
import type { FiledSaisine } from "./types.ts";

const t = messages.saisines.form;

const fields = [
  { name: "type", id: "saisine-type-0", label: t.type },
  { name: "subDomain", id: "saisine-sous-domaine-0", label: t.subDomain },
  { name: "nature", id: "saisine-nature-0", label: t.nature },
  { name: "criticality", id: "saisine-criticite-0", label: t.criticality },
  { name: "title", id: "saisine-objet", label: t.title_ },
  { name: "description", id: "saisine-description", label: t.description },
  { name: "site", id: "saisine-site", label: t.site },
  { name: "onBehalfOf.name", id: "saisine-administre-nom", label: t.residentName },
  { name: "onBehalfOf.contact", id: "saisine-administre-contact", label: t.residentContact },
  { name: "files", id: "saisine-pieces", label: saisineMessages.files.label },
] as const;

/** A fresh key per form; none where the browser cannot make one (an insecure origin). */
function newKey(): string | undefined {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : undefined;
}

/** The sub-domains as this commune's contract names them, else as the model does. */
function useSubDomainOptions() {
  const current = trpc.contracts.current.useQuery({}, { retry: false, staleTime: 5 * 60_000 });
  const annex = current.data?.version?.annex;
  return SUB_DOMAIN_LETTERS.map((letter) => {
    const sub = annex?.subDomains[letter];
    return {
      value: letter,
      label: sub ? t.subDomainOption(letter, sub.title) : subDomainLabel(letter),
      ...(sub && !sub.mutualised ? { hint: t.notMutualised } : {}),
    };
  });
}

type Filed = { saisine: FiledSaisine; uploads: UploadOutcome[] };

export function NewSaisineForm({ onFiled }: { onFiled(filed: Filed): void }) {
  const me = useSession();
  const utils = trpc.useUtils();
  const create = trpc.saisines.create.useMutation();
  const upload = useAttachmentUpload();
  const serverError = useFormError(create.error);
  const subDomains = useSubDomainOptions();
  const [key] = useState(newKey);
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
  const error = local ?? serverError;
  const errors = error?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!type) missing.type = [t.required.type];
    if (!subDomain) missing.subDomain = [t.required.subDomain];
    if (!criticality) missing.criticality = [t.required.criticality];
    const refused = attachmentErrors(files);
    if (refused.length) missing.files = refused;
    if (!type || !subDomain || !criticality || refused.length) {
      create.reset();
      setLocal({ message: t.fix, fieldErrors: missing, code: null });
      return;
    }
    setLocal(null);
    create.mutate(
      {
        orgId: me.org.id,
        type,
        subDomain,
        nature,
        criticality,
        title,
        description,
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
          void utils.saisines.list.invalidate();
          onFiled({ saisine, uploads });
        },
      },
    );
  }

  const busy = create.isPending || uploading !== null;
  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.failed} />
      <RadioGroup
        id="saisine-type"
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
        id="saisine-sous-domaine"
        legend={t.subDomain}
        hint={t.subDomainHint}
        required
        options={subDomains}
        value={subDomain}
        onChange={(value) => setSubDomain(value as SubDomainLetter)}
        error={fieldError(errors, "subDomain")}
      />
      <RadioGroup
        id="saisine-nature"
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
        id="saisine-criticite"
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
        id="saisine-objet"
        label={t.title_}
        hint={t.titleHint(SAISINE_TITLE_MIN, SAISINE_TITLE_MAX)}
        required
        maxLength={SAISINE_TITLE_MAX}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={fieldError(errors, "title")}
      />
      <TextAreaField
        id="saisine-description"
        label={t.description}
        hint={t.descriptionHint}
        rows={6}
        className="input input-wide"
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        error={fieldError(errors, "description")}
      />
      <TextField
        id="saisine-site"
        label={t.site}
        hint={t.siteHint}
        value={site}
        onChange={(event) => setSite(event.currentTarget.value)}
        error={fieldError(errors, "site")}
      />
      <RadioGroup
        id="saisine-pour"
        legend={t.forWhom}
        options={[
          { value: "self", label: t.forSelf },
          { value: "resident", label: t.forResident, hint: t.forResidentHint },
        ]}
        value={forResident ? "resident" : "self"}
        onChange={(value) => setForResident(value === "resident")}
      >
        {forResident ? (
          <div className="fieldset-box">
            <Info>{t.residentNotice(DEFAULT_RESIDENT_RETENTION_MONTHS)}</Info>
            <TextField
              id="saisine-administre-nom"
              label={t.residentName}
              required
              autoComplete="off"
              value={residentName}
              onChange={(event) => setResidentName(event.currentTarget.value)}
              error={fieldError(errors, "onBehalfOf.name")}
            />
            <TextField
              id="saisine-administre-contact"
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
        id="saisine-pieces"
        files={files}
        onChange={setFiles}
        error={fieldError(errors, "files")}
      />
      <Button
        type="submit"
        busy={busy}
        busyLabel={uploading ? t.uploading(uploading) : t.submitting}
      >
        {t.submit}
      </Button>
    </form>
  );
}
