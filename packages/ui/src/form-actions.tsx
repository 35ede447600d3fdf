/**
 * A form's buttons: send it (busy while the request runs) and, when the form can be left, cancel —
 * disabled while sending, so the answer is not lost.
 */
import { Button } from "./button.tsx";
import { Actions } from "./dialog.tsx";

export type FormActionsProps = {
  submit: string;
  /** The button's words while sending, when the form sends a request. */
  submitting?: string;
  pending?: boolean;
  variant?: "primary" | "secondary" | "danger";
  /** The cancel button, in the app's words; absent when the form stays on the page. */
  cancel?: { label: string; onCancel(): void };
};

/**
 * The usual buttons' props: a form's words (`submit`, `submitting`), whether its request runs, and
 * the cancel button's label and action when the form can be left.
 */
export function formActions(
  words: { submit: string; submitting?: string },
  pending: boolean,
  cancel?: FormActionsProps["cancel"],
): FormActionsProps {
  return { submit: words.submit, submitting: words.submitting, pending, cancel };
}

export function FormActions({
  submit,
  submitting,
  pending = false,
  variant,
  cancel,
}: FormActionsProps) {
  return (
    <Actions>
      <Button type="submit" variant={variant} busy={pending} busyLabel={submitting}>
        {submit}
      </Button>
      {cancel ? (
        <Button variant="secondary" onClick={cancel.onCancel} disabled={pending}>
          {cancel.label}
        </Button>
      ) : null}
    </Actions>
  );
}
