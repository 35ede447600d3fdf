/** Revoking a token, after saying that the tools using it lose access at once, for good. */
import { Alert, ConfirmActions, Dialog, useFormError } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { messages } from "../messages.ts";
import { tokensMessages } from "./messages.ts";
import type { Token } from "./types.ts";

const t = tokensMessages.off;

type RevokeDialogProps = { token: Token | null; onClose(): void; onDone(message: string): void };

export function RevokeDialog({ token, onClose, onDone }: RevokeDialogProps) {
  const utils = trpc.useUtils();
  const revoke = trpc.tokens.revoke.useMutation();
  const error = useFormError(revoke.error);

  function close() {
    revoke.reset();
    onClose();
  }

  function confirm() {
    if (!token) return;
    revoke.mutate(
      { tokenId: token.id },
      {
        async onSuccess() {
          await utils.tokens.list.invalidate();
          revoke.reset();
          onDone(t.done(token.name));
        },
      },
    );
  }

  return (
    <Dialog
      open={token !== null}
      title={token ? t.title(token.name) : ""}
      onClose={close}
      busy={revoke.isPending}
    >
      {error ? <Alert>{error.message}</Alert> : null}
      <p>{t.body}</p>
      <ConfirmActions
        words={t}
        onConfirm={confirm}
        cancel={{ label: messages.cancel, onCancel: close }}
        pending={revoke.isPending}
        cancelFirst
      />
    </Dialog>
  );
}
