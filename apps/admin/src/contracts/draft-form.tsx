/** « Préparer un avenant »: its subject; the draft copies the latest signed version, then opens. */
import { draftAmendmentInput } from "@mutu/domain";
import { TextField, fieldError, useRoute, Form } from "@mutu/ui";
import { useState } from "react";
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

  function submit() {
    const checked = form.check({ contractId, subject });
    if (!checked) return;
    draft.mutate(checked, {
      async onSuccess(result) {
        await utils.contracts.invalidate();
        navigate(`/contrats/avenant?id=${encodeURIComponent(result.version.id)}`);
      },
    });
  }

  return (
    <Form
      error={error}
      fields={fields}
      failed={t.draftFailed}
      className="form form-panel"
      labelledBy="avenant-nouveau"
      intro={
        <>
          <h3 id="avenant-nouveau">{t.draftTitle}</h3>
          <p className="prose">{t.draftIntro}</p>
        </>
      }
      onSubmit={submit}
      actions={{ submit: t.draftSubmit, submitting: t.draftSubmitting, pending: draft.isPending }}
    >
      <TextField
        id="avenant-objet-initial"
        label={t.draftSubject}
        hint={t.draftSubjectHint}
        required
        value={subject}
        onChange={(event) => setSubject(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "subject")}
      />
    </Form>
  );
}
