/** Abandoning the draft: confirmed in a dialog whose safe choice (« Annuler ») has the focus. */
import { Alert, ConfirmActions, Dialog, toFormError, useRoute } from "@mutu/ui";
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
    <Dialog
      open={open}
      title={t.discardDialog.title(label)}
      onClose={close}
      busy={discard.isPending}
    >
      <p>{t.discardDialog.body}</p>
      {discard.error ? <Alert>{toFormError(discard.error).message}</Alert> : null}
      <ConfirmActions
        words={t.discardDialog}
        onConfirm={confirm}
        cancel={{ label: messages.cancel, onCancel: close }}
        pending={discard.isPending}
      />
    </Dialog>
  );
}
