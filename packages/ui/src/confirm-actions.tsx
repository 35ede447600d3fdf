/**
 * The buttons of a confirmation dialog: the action (« danger » unless said otherwise, busy while
 * it runs) and the way out, the safe choice — it takes the focus when the dialog opens
 * (`data-autofocus`) and is disabled while the action runs, so its answer is not lost.
 */
import { Button } from "./button.tsx";
import { Actions } from "./dialog.tsx";
import type { FormActionsProps } from "./form-actions.tsx";

type ConfirmActionsProps = {
  /** The action's words, and its words while it runs. */
  words: { confirm: string; confirming: string };
  onConfirm(): void;
  pending: boolean;
  /** The way out, in the app's words (« Annuler »). */
  cancel: NonNullable<FormActionsProps["cancel"]>;
  variant?: "primary" | "danger";
  /** The way out before the action, on screen and in the tab order. */
  cancelFirst?: boolean;
};

export function ConfirmActions({
  words,
  onConfirm,
  pending,
  cancel,
  variant = "danger",
  cancelFirst = false,
}: ConfirmActionsProps) {
  const action = (
    <Button variant={variant} onClick={onConfirm} busy={pending} busyLabel={words.confirming}>
      {words.confirm}
    </Button>
  );
  const wayOut = (
    <Button variant="secondary" onClick={cancel.onCancel} disabled={pending} data-autofocus>
      {cancel.label}
    </Button>
  );
  return (
    <Actions>
      {cancelFirst ? wayOut : action}
      {cancelFirst ? action : wayOut}
    </Actions>
  );
}
