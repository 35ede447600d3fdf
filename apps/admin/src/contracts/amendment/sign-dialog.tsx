/**
 * Recording the amendment's signature: the day it was signed and the day it takes effect. The API
 * refuses an effective date before the previous version's, in French, field by field.
 */
import { parisToday, signAmendmentInput } from "@mutu/domain";
import {
  DayField,
  Dialog,
  fieldLayout,
  Form,
  formActions,
  formatCalendarDate,
  useFields,
  useRoute,
} from "@mutu/ui";
import { useMemo } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../../messages.ts";
import { contractsMessages } from "../messages.ts";
import { versionLabel } from "../labels.tsx";
import { explainPaths } from "../problems.ts";
import type { VersionDetail } from "../types.ts";

const t = contractsMessages.amendment;

const fields = fieldLayout("signature", {
  signedOn: ["date", t.signedOn],
  effectiveFrom: ["effet", t.effectiveFrom],
});

/** What a dialog about the draft is given: the draft, and whether it is open. */
export type VersionDialogProps = { version: VersionDetail; open: boolean; onClose(): void };

export function SignDialog({ version, open, onClose }: VersionDialogProps) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const sign = trpc.contracts.signAmendment.useMutation();
  const form = useSchemaForm(signAmendmentInput, sign);
  const error = useMemo(() => explainPaths(form.error, fields), [form.error]);
  const f = useFields({ signedOn: parisToday(), effectiveFrom: "" }, error, fields);
  const label = versionLabel(version);

  function close() {
    form.clear();
    onClose();
  }

  function submit() {
    const checked = form.check({ versionId: version.id, ...f.values });
    if (!checked) return;
    sign.mutate(checked, {
      async onSuccess(result) {
        await utils.contracts.invalidate();
        navigate(`/contrats/contrat?id=${encodeURIComponent(result.contract.id)}`, {
          state: { notice: t.signedNotice(label, formatCalendarDate(checked.effectiveFrom)) },
        });
      },
    });
  }

  return (
    <Dialog open={open} title={t.signTitle(label)} onClose={close} busy={sign.isPending}>
      <Form
        error={error}
        fields={fields}
        failed={t.signFailed}
        onSubmit={submit}
        actions={formActions(
          { submit: t.signSubmit, submitting: t.signSubmitting },
          sign.isPending,
          { label: messages.cancel, onCancel: close },
        )}
      >
        <DayField {...f.field("signedOn")} hint={t.signedOnHint} required data-autofocus />
        <DayField {...f.field("effectiveFrom")} hint={t.effectiveFromHint} required />
      </Form>
    </Dialog>
  );
}
