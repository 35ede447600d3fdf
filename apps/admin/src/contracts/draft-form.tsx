/** « Préparer un avenant »: its subject; the draft copies the latest signed version, then opens. */
import { draftAmendmentInput } from "@mutu/domain";
import { Form, fieldLayout, formActions, TextField, useFields, useRoute } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { contractsMessages } from "./messages.ts";

const t = contractsMessages.contract.draftForm;

const fields = fieldLayout("avenant", { subject: ["objet-initial", t.subject] });

export function DraftForm({ contractId }: { contractId: string }) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const draft = trpc.contracts.draftAmendment.useMutation();
  const form = useSchemaForm(draftAmendmentInput, draft);
  const f = useFields({ subject: "" }, form.error, fields);

  function submit() {
    const checked = form.check({ contractId, subject: f.values.subject });
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
      error={form.error}
      fields={fields}
      failed={t.failed}
      className="form form-panel"
      labelledBy="avenant-nouveau"
      intro={
        <>
          <h3 id="avenant-nouveau">{t.title}</h3>
          <p className="prose">{t.intro}</p>
        </>
      }
      onSubmit={submit}
      actions={formActions(t, draft.isPending)}
    >
      <TextField {...f.field("subject")} hint={t.subjectHint} required />
    </Form>
  );
}
