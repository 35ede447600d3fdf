/**
 * Filing a saisine, the part both spaces share: the form's values and idempotency key, the check
 * with the domain's schema (the commune's `createSaisineInput`, the call centre's
 * `registerSaisineInput`), the creation then the attachments one by one, and the page that shows
 * what filing gave before offering another form (with a new key).
 */
import type { createSaisineInput, registerSaisineInput } from "@mutu/domain";
import { Page } from "@mutu/ui";
import { type FormEvent, Fragment, type ReactNode, useState } from "react";
import { type FormValues, useSchemaForm } from "../schema-form.ts";
import { type RouterOutputs, trpc } from "../trpc.ts";
import { type UploadOutcome, useAttachmentUpload } from "./attachments-field.tsx";
import { FiledResult, type FiledWording } from "./filed-result.tsx";
import { refusedFiles, saisineFieldsInput, useSaisineFields } from "./saisine-fields.tsx";

export type FiledSaisine = RouterOutputs["saisines"]["create"];
export type Filed = { saisine: FiledSaisine; uploads: UploadOutcome[] };

/** A fresh key per form; none where the browser cannot make one (an insecure origin). */
function newKey(): string | undefined {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : undefined;
}

type FilingSchema = typeof createSaisineInput | typeof registerSaisineInput;

/** The filing form's state; `submit(extra)` adds the space's own fields (commune, channel…). */
export function useSaisineFiling(schema: FilingSchema, onFiled: (filed: Filed) => void) {
  const utils = trpc.useUtils();
  const create = trpc.saisines.create.useMutation();
  const upload = useAttachmentUpload();
  const form = useSchemaForm(schema, create);
  const [key] = useState(newKey);
  const [values, change] = useSaisineFields();
  const [uploading, setUploading] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>, extra: FormValues<FilingSchema>) {
    event.preventDefault();
    const checked = form.check(
      { ...extra, ...saisineFieldsInput(values), ...(key ? { idempotencyKey: key } : {}) },
      refusedFiles(values),
    );
    if (!checked) return;
    create.mutate(checked, {
      async onSuccess(saisine) {
        const uploads = await upload(saisine.id, values.files, setUploading);
        setUploading(null);
        void Promise.all([utils.saisines.queue.invalidate(), utils.saisines.list.invalidate()]);
        onFiled({ saisine, uploads });
      },
    });
  }

  return {
    error: form.error,
    values,
    change,
    submit,
    uploading,
    busy: create.isPending || uploading !== null,
  };
}

/** The filing page: the form, then what filing gave, then a new form on request. */
export function FilingPage({
  wording: t,
  filedWording,
  resultId,
  form,
}: {
  wording: { title: string; lead: string; back: string };
  filedWording: FiledWording;
  resultId: string;
  form(onFiled: (filed: Filed) => void): ReactNode;
}) {
  const [filed, setFiled] = useState<Filed | null>(null);
  // A new form (and a new idempotency key) for each saisine.
  const [round, setRound] = useState(0);
  return (
    <Page title={t.title} lead={t.lead} back={{ to: "/saisines", label: t.back }}>
      {filed ? (
        <FiledResult
          id={resultId}
          saisine={filed.saisine}
          uploads={filed.uploads}
          wording={filedWording}
          onAnother={() => {
            setFiled(null);
            setRound(round + 1);
            // The button is gone with the result: start again from the page's title.
            requestAnimationFrame(() =>
              document.querySelector<HTMLElement>(".page-title")?.focus(),
            );
          }}
        />
      ) : (
        <Fragment key={round}>{form(setFiled)}</Fragment>
      )}
    </Page>
  );
}
