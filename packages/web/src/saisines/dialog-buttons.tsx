/** The buttons under a saisine dialog's form: send it (busy while it goes), or cancel. */
import { Actions, Button } from "@mutu/ui";
import { saisineMessages } from "./messages.ts";

export function DialogButtons({
  submit,
  submitting,
  busy,
  onCancel,
}: {
  submit: string;
  submitting: string;
  busy: boolean;
  onCancel(): void;
}) {
  return (
    <Actions>
      <Button type="submit" busy={busy} busyLabel={submitting}>
        {submit}
      </Button>
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        {saisineMessages.cancel}
      </Button>
    </Actions>
  );
}
