/**
 * Putting a saisine on hold, waiting for the commune or for a third party: the contract clock
 * pauses (the commune reads what is awaited) and restarts when the work resumes.
 */
import {
  Actions,
  Button,
  Dialog,
  type FormError,
  RadioGroup,
  TextAreaField,
  fieldError,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import { ChangeError, useRefreshSaisine } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = messages.saisines.detail.pause;

const fields = [
  { name: "waitingFor", id: "attente-motif-0", label: t.waitingFor },
  { name: "note", id: "attente-note", label: t.note },
] as const;

type PauseDialogProps = {
  saisine: SaisineDetail;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
};

export function PauseDialog({ saisine: s, open, onClose, onDone }: PauseDialogProps) {
  const refresh = useRefreshSaisine(s.id);
  const pause = trpc.saisines.pause.useMutation();
  const serverError = useFormError(pause.error);
  const options = [
    ...(s.allowedActions.includes("attendre-commune")
      ? [{ value: "commune", label: t.commune }]
      : []),
    ...(s.allowedActions.includes("attendre-tiers") ? [{ value: "tiers", label: t.third }] : []),
  ];
  const [waitingFor, setWaitingFor] = useState(
    options.length === 1 ? (options[0]?.value ?? "") : "",
  );
  const [note, setNote] = useState("");
  const [local, setLocal] = useState<FormError | null>(null);
  const error = local ?? serverError;

  function close() {
    pause.reset();
    setLocal(null);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (waitingFor !== "commune" && waitingFor !== "tiers")
      missing.waitingFor = [t.requiredWaiting];
    if (!note.trim()) missing.note = [t.requiredNote];
    if (Object.keys(missing).length || (waitingFor !== "commune" && waitingFor !== "tiers")) {
      pause.reset();
      setLocal({ message: t.failed, fieldErrors: missing, code: null });
      return;
    }
    setLocal(null);
    pause.mutate(
      { saisineId: s.id, version: s.version, waitingFor, note },
      {
        async onSuccess() {
          await refresh();
          close();
          onDone(t.done);
        },
      },
    );
  }

  return (
    <Dialog open={open} title={t.title} onClose={close} busy={pause.isPending}>
      <form noValidate onSubmit={submit}>
        <ChangeError
          error={error}
          fields={fields}
          title={t.failed}
          onReload={() => {
            pause.reset();
            void refresh();
          }}
        />
        <p>{t.intro}</p>
        <RadioGroup
          id="attente-motif"
          legend={t.waitingFor}
          required
          options={options}
          value={waitingFor}
          onChange={setWaitingFor}
          error={fieldError(error?.fieldErrors, "waitingFor")}
        />
        <TextAreaField
          id="attente-note"
          label={t.note}
          hint={t.noteHint}
          required
          rows={4}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "note")}
        />
        <Actions>
          <Button type="submit" busy={pause.isPending} busyLabel={t.submitting}>
            {t.submit}
          </Button>
          <Button variant="secondary" onClick={close} disabled={pause.isPending}>
            {messages.cancel}
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}
