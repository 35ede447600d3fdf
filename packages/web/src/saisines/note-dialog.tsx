/**
 * A status change that takes a note (resolve with the answer, refuse, confirm with an optional
 * comment, reopen or withdraw with a reason): the question, the note, the button — the change sent
 * on the version the page read, then the saisine reloaded — and the API's answer, a conflict
 * included. Whether the note is required, and the words that ask for it, come from the domain's
 * lifecycle (`transitionInput`).
 */
import {
  actionRequiresNote,
  fieldErrorsOf,
  type SaisineAction,
  transitionInput,
} from "@mutu/domain";
import { type FormError, TextAreaField, fieldError, useFormError } from "@mutu/ui";
import { useState } from "react";
import { ChangeDialog } from "./change-dialog.tsx";
import { useRefreshSaisine } from "./refresh.tsx";

/** The words of one dialog, in the space's own messages. */
export type NoteDialogWording = {
  title: string;
  body: string;
  note: string;
  noteHint?: string;
  submit: string;
  submitting: string;
  failed: string;
  done: string;
};

/** What the dialog needs of the status change's tRPC mutation. */
type ChangeMutation = {
  mutate(
    input: { saisineId: string; version: number; note?: string },
    options: { onSuccess(): void },
  ): void;
  isPending: boolean;
  error: unknown;
  reset(): void;
};

type NoteDialogProps = {
  id: string;
  saisine: { id: string; version: number };
  /** The lifecycle's action: it says whether a note is required. */
  action: SaisineAction;
  change: ChangeMutation;
  wording: NoteDialogWording;
  open: boolean;
  onClose(): void;
  /** Once the saisine is reloaded: announce the change (the dialog has closed). */
  onDone(message: string): void;
};

export function NoteDialog({
  id,
  saisine,
  action,
  change,
  wording: w,
  open,
  onClose,
  onDone,
}: NoteDialogProps) {
  const refresh = useRefreshSaisine(saisine.id);
  const serverError = useFormError(change.error);
  const [note, setNote] = useState("");
  const [local, setLocal] = useState<FormError | null>(null);
  const error = local ?? serverError;
  const fields = [{ name: "note", id, label: w.note }];

  function close() {
    setLocal(null);
    setNote("");
    change.reset();
    onClose();
  }

  function submit() {
    const checked = transitionInput.safeParse({ saisineId: saisine.id, action, note });
    if (!checked.success) {
      setLocal({ message: w.failed, fieldErrors: fieldErrorsOf(checked.error), code: null });
      return;
    }
    setLocal(null);
    const text = checked.data.note;
    change.mutate(
      { saisineId: saisine.id, version: saisine.version, ...(text ? { note: text } : {}) },
      {
        async onSuccess() {
          await refresh();
          close();
          onDone(w.done);
        },
      },
    );
  }

  return (
    <ChangeDialog
      title={w.title}
      open={open}
      change={change}
      error={error}
      fields={fields}
      words={w}
      onReload={() => void refresh()}
      onClose={close}
      onSubmit={submit}
    >
      <p>{w.body}</p>
      <TextAreaField
        id={id}
        label={w.note}
        hint={w.noteHint}
        required={actionRequiresNote(action)}
        rows={4}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "note")}
        data-autofocus
      />
    </ChangeDialog>
  );
}
