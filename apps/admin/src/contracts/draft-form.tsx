/** « Préparer un avenant »: its subject; the draft copies the latest signed version, then opens. */
import { draftAmendmentInput } from "@mutu/domain";
import { Actions, Button, FormErrorSummary, TextField, fieldError, useRoute } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { contractsMessages } from "./messages.ts";

const t = contractsMessages.contract;

const fields = [{ name: "subject", id: "avenant-objet-initial", label: t.draftSubject }] as const;

export function DraftForm({ contractId }: { contractId: string }) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const [subject, setSubject] = useState("");
  const draft = trpc.contracts.draftAmendment.useMutation();
  const form = useSchemaForm(draftAmendmentInput, draft);
  const { error } = form;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({ contractId, subject: subject.trim() || null });
    if (!checked) return;
    draft.mutate(checked, {
      async onSuccess(result) {
        await utils.contracts.invalidate();
        navigate(`/contrats/avenant?id=${encodeURIComponent(result.version.id)}`);
      },
    });
  }

  return (
    <form
      className="form form-panel"
      noValidate
      onSubmit={submit}
      aria-labelledby="avenant-nouveau"
    >
      <h3 id="avenant-nouveau">{t.draftTitle}</h3>
      <p className="prose">{t.draftIntro}</p>
      <FormErrorSummary error={error} fields={fields} title={t.draftFailed} headingLevel={3} />
      <TextField
        id="avenant-objet-initial"
        label={t.draftSubject}
        hint={t.draftSubjectHint}
        value={subject}
        onChange={(event) => setSubject(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "subject")}
      />
      <Actions>
        <Button type="submit" busy={draft.isPending} busyLabel={t.draftSubmitting}>
          {t.draftSubmit}
        </Button>
      </Actions>
    </form>
  );
}
