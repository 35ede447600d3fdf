/**
 * A change of a saisine asked in a dialog (put on hold, qualify, a status change with its note):
 * the error of the change — a conflict with its way out, reloading — then the dialog's fields, and
 * its buttons, cancel disabled while the change is sent.
 */
import { Dialog, type FormError, type SummaryField } from "@mutu/ui";
import type { FormEvent, ReactNode } from "react";
import { DialogButtons } from "./dialog-buttons.tsx";
import { ChangeError } from "./refresh.tsx";

/** What the dialog needs of the change's tRPC mutation. */
type Change = { isPending: boolean; reset(): void };

export function ChangeDialog({
  title,
  open,
  size,
  change,
  error,
  fields,
  words,
  autoFocusSubmit = false,
  onReload,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  open: boolean;
  size?: "wide";
  change: Change;
  error: FormError | null;
  fields: readonly SummaryField[];
  words: { failed: string; submit: string; submitting: string };
  /** The first focus on the send button (the fields are already filled). */
  autoFocusSubmit?: boolean;
  /** Reload the saisine after a conflict. */
  onReload(): void;
  onClose(): void;
  /** The form is sent (its default already prevented). */
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} title={title} onClose={onClose} busy={change.isPending} size={size}>
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <ChangeError
          error={error}
          fields={fields}
          title={words.failed}
          onReload={() => {
            change.reset();
            onReload();
          }}
        />
        {children}
        <DialogButtons
          submit={words.submit}
          submitting={words.submitting}
          busy={change.isPending}
          autoFocus={autoFocusSubmit}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
