/** « Préparer un avenant »: its subject; the draft copies the latest signed version, then opens. */
import {
  Actions,
  Button,
  FormErrorSummary,
  TextField,
  fieldError,
  useFormError,
  useRoute,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import { contractsMessages } from "./messages.ts";

const t = contractsMessages.contract;

const fields = [{ name: "subject", id: "avenant-objet-initial", label: t.draftSubject }] as const;

export function DraftForm({ contractId }: { contractId: string }) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const [subject, setSubject] = useState("");
  const draft = trpc.contracts.draftAmendment.useMutation();
  const error = useFormError(draft.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    draft.mutate(
      { contractId, subject: subject.trim() || null },
      {
        async onSuccess(result) {
          await utils.contracts.invalidate();
          navigate(`/contrats/avenant?id=${encodeURIComponent(result.version.id)}`);
        },
      },
    );
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
