/**
 * The new token's secret, shown this once: a warning, the secret in a read-only field, a copy
 * button (with a fallback when the clipboard is not available: the text is selected).
 */
import { Actions, Button, DateTime, Dialog, Status, TextField } from "@mutu/ui";
import { useRef, useState } from "react";
import { tokensMessages } from "./messages.ts";
import type { CreatedToken } from "./types.ts";

const t = tokensMessages.secret;

type SecretDialogProps = { token: CreatedToken | null; onClose(): void };

export function SecretDialog({ token, onClose }: SecretDialogProps) {
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.secret);
      setCopyStatus(t.copied);
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopyStatus(t.copyFailed);
    }
  }

  function close() {
    setCopyStatus(null);
    onClose();
  }

  return (
    <Dialog open={token !== null} title={t.title} onClose={close} size="wide">
      {token ? (
        <>
          <div className="notice notice-warning">
            <p>{t.warning}</p>
          </div>
          <p>
            {tokensMessages.name} : <strong>{token.name}</strong> — {t.expires}{" "}
            <DateTime value={token.expiresAt} />
          </p>
          <TextField
            ref={field}
            id="jeton-secret"
            label={t.label}
            readOnly
            className="input secret"
            value={token.secret}
            onFocus={(event) => event.currentTarget.select()}
            spellCheck={false}
          />
          <Status>{copyStatus}</Status>
          <Actions>
            <Button onClick={() => void copy()} data-autofocus>
              {t.copy}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t.done}
            </Button>
          </Actions>
        </>
      ) : null}
    </Dialog>
  );
}
