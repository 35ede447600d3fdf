/** The buttons under a saisine dialog's form: send it (busy while it goes), or cancel. */
import { Actions, Button } from "@mutu/ui";
import { saisineMessages } from "./messages.ts";

export function DialogButtons({
  submit,
  submitting,
  busy,
  autoFocus = false,
  onCancel,
}: {
  submit: string;
  submitting: string;
  busy: boolean;
  /** The first focus on the send button (the fields are already filled). */
  autoFocus?: boolean;
  onCancel(): void;
}) {
  return (
    <Actions>
      <Button
        type="submit"
        busy={busy}
        busyLabel={submitting}
        data-autofocus={autoFocus || undefined}
      >
        {submit}
      </Button>
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        {saisineMessages.cancel}
      </Button>
    </Actions>
  );
}
