/**
 * Abandoning a project, with its reason: checked with the domain's `abandonProjectInput`, then
 * confirmed in a dialog whose safe choice (« Annuler ») has the focus — the project is closed for
 * good. A refusal of the server closes the dialog and lands on the form's fields.
 */
import { abandonProjectInput } from "@mutu/domain";
import {
  ConfirmActions,
  Dialog,
  Form,
  fieldLayout,
  formActions,
  Section,
  TextAreaField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { useState } from "react";
import { messages } from "../messages.ts";
import { projectsMessages } from "./messages.ts";
import { type FormProps, useProjectDone } from "./project-change.ts";

const t = projectsMessages.abandon;

const layout = fieldLayout("abandon", { reason: ["motif", t.reason] });

export function AbandonForm({ project, onDone }: FormProps) {
  const done = useProjectDone(onDone);
  const abandon = trpc.projects.abandon.useMutation();
  const form = useSchemaForm(abandonProjectInput, abandon);
  const f = useFields({ reason: "" }, form.error, layout);
  const [confirming, setConfirming] = useState<{ projectId: string; reason: string } | null>(null);

  function submit() {
    const checked = form.check({ projectId: project.id, reason: f.values.reason });
    if (checked) setConfirming({ projectId: checked.projectId, reason: checked.reason.trim() });
  }

  function confirm() {
    if (!confirming) return;
    abandon.mutate(confirming, {
      ...done(t.done, () => setConfirming(null)),
      onError() {
        setConfirming(null);
      },
    });
  }

  return (
    <Section id="projet-abandon" title={t.title} lead={t.lead}>
      <Form
        error={form.error}
        fields={layout}
        failed={t.failed}
        onSubmit={submit}
        actions={{ ...formActions(t, false), variant: "danger" }}
      >
        <TextAreaField {...f.field("reason")} required rows={2} />
      </Form>
      <Dialog
        open={confirming !== null}
        title={t.confirmTitle(project.title)}
        onClose={() => setConfirming(null)}
        busy={abandon.isPending}
      >
        <p>{t.confirmReason(confirming?.reason ?? "")}</p>
        <p>{t.confirmFinal}</p>
        <ConfirmActions
          words={t}
          onConfirm={confirm}
          cancel={{ label: messages.cancel, onCancel: () => setConfirming(null) }}
          pending={abandon.isPending}
        />
      </Dialog>
    </Section>
  );
}
