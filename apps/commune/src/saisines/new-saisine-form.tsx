/**
 * Filing a saisine: type, sub-domain (with this commune's titles and what it mutualised), nature
 * (exceptionnelle explained), criticality, object, description, site, for whom (a resident: a
 * name and one way to reach them, with the retention notice), attachments — the fields of
 * `@mutu/web/saisines`, in this space's words. Missing choices and refused files are caught
 * there; everything else the API checks, field by field, in French.
 * An idempotency key per form makes a resent filing return the first saisine, never a duplicate.
 */
import { SUB_DOMAIN_LETTERS } from "@mutu/domain";
import { Button, type FormError, FormErrorSummary, useFormError } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSession } from "@mutu/web";
import {
  checkSaisineFields,
  SaisineFields,
  saisineSummaryFields,
  subDomainLabel,
  type UploadOutcome,
  useAttachmentUpload,
  useSaisineFields,
} from "@mutu/web/saisines";
import { messages } from "../messages.ts";
import type { FiledSaisine } from "./types.ts";

const t = messages.saisines.form;

const fields = saisineSummaryFields("saisine", t);

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
  const [values, change] = useSaisineFields();
  const [uploading, setUploading] = useState<string | null>(null);
  const [local, setLocal] = useState<FormError | null>(null);
  const error = local ?? serverError;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSaisineFields(values, t.required);
    if (!checked.input) {
      create.reset();
      setLocal({ message: t.fix, fieldErrors: checked.fieldErrors, code: null });
      return;
    }
    setLocal(null);
    create.mutate(
      { orgId: me.org.id, ...checked.input, ...(key ? { idempotencyKey: key } : {}) },
      {
        async onSuccess(saisine) {
          const uploads = await upload(saisine.id, values.files, setUploading);
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
      <SaisineFields
        idPrefix="saisine"
        wording={t}
        own={{ value: "self", label: t.forSelf }}
        subDomainOptions={subDomains}
        values={values}
        onChange={change}
        errors={error?.fieldErrors}
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
