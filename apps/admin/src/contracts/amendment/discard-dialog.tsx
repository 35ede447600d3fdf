/** Abandoning the draft: confirmed in a dialog whose safe choice (« Annuler ») has the focus. */
import { Actions, Alert, Button, Dialog, toFormError, useRoute } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { messages } from "../../messages.ts";
import { contractsMessages } from "../messages.ts";
import { versionLabel } from "../labels.tsx";
import type { VersionDialogProps } from "./sign-dialog.tsx";

const t = contractsMessages.amendment;

export function DiscardDialog({ version, open, onClose }: VersionDialogProps) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const discard = trpc.contracts.discardDraft.useMutation();
  const label = versionLabel(version);

  function close() {
    discard.reset();
    onClose();
  }

  function confirm() {
    discard.mutate(
      { versionId: version.id },
      {
        async onSuccess() {
          await utils.contracts.invalidate();
          navigate(`/contrats/contrat?id=${encodeURIComponent(version.contractId)}`, {
            state: { notice: t.discardedNotice(label) },
          });
        },
      },
    );
  }

  return (
    <Dialog open={open} title={t.discardTitle(label)} onClose={close} busy={discard.isPending}>
      <p>{t.discardBody}</p>
      {discard.error ? <Alert>{toFormError(discard.error).message}</Alert> : null}
      <Actions>
        <Button
          variant="danger"
          onClick={confirm}
          busy={discard.isPending}
          busyLabel={t.discardConfirming}
        >
          {t.discardConfirm}
        </Button>
        <Button variant="secondary" onClick={close} disabled={discard.isPending} data-autofocus>
          {messages.cancel}
        </Button>
      </Actions>
    </Dialog>
  );
}
