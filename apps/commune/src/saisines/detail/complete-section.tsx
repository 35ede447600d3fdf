/**
 * « Compléter la saisine »: information for the service commun (when it waits for the commune,
 * this is the answer that restarts the clock), more attachments, and withdrawing the saisine.
 */
import { Button, type FormError, Info, Section, TextAreaField, fieldError } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import {
  attachmentErrors,
  AttachmentsField,
  ChangeError,
  NoteDialog,
  useAttachmentUpload,
  useRefreshSaisine,
} from "@mutu/web/saisines";
import { saisinesMessages } from "../messages.ts";
import type { SaisineDetail } from "../types.ts";
import { addInformationInput } from "@mutu/domain";

const t = saisinesMessages.detail;

function InformationForm({ saisine: s, waitingNote, onDone }: CompleteProps) {
  const refresh = useRefreshSaisine(s.id);
  const add = trpc.saisines.addInformation.useMutation();
  const form = useSchemaForm(addInformationInput, add);
  const { error } = form;
  const [body, setBody] = useState("");
  const fields = [{ name: "body", id: "saisine-information", label: t.information.field }];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({ saisineId: s.id, body });
    if (!checked) return;
    add.mutate(
      { ...checked, version: s.version },
      {
        async onSuccess() {
          setBody("");
          await refresh();
          onDone(t.information.done);
        },
      },
    );
  }

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      {s.status === "en-attente-commune" ? (
        <Info>
          <p>{t.information.waiting}</p>
          {waitingNote ? (
            <p className="text-block">{t.information.waitingFor(waitingNote)}</p>
          ) : null}
        </Info>
      ) : null}
      <ChangeError
        error={error}
        fields={fields}
        title={t.information.failed}
        onReload={() => {
          add.reset();
          void refresh();
        }}
      />
      <TextAreaField
        id="saisine-information"
        label={t.information.field}
        hint={t.information.hint}
        required
        rows={4}
        className="input input-wide"
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "body")}
      />
      <Button type="submit" busy={add.isPending} busyLabel={t.information.submitting}>
        {t.information.submit}
      </Button>
    </form>
  );
}

function AddAttachments({ saisine: s, onDone }: CompleteProps) {
  const refresh = useRefreshSaisine(s.id);
  const upload = useAttachmentUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const a = t.attachments;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const refused = files.length ? attachmentErrors(files, s.attachments.length) : [a.nothing];
    if (refused.length) {
      setError({ message: a.addFailed, fieldErrors: { files: refused }, code: null });
      return;
    }
    setError(null);
    setBusy(true);
    const outcomes = await upload(s.id, files);
    setBusy(false);
    await refresh();
    const failed = outcomes.flatMap((o) => (o.error ? [o.error] : []));
    const sent = outcomes.length - failed.length;
    if (failed.length)
      setError({ message: a.addFailed, fieldErrors: { files: failed }, code: null });
    setFiles([]);
    setRound(round + 1);
    if (sent) onDone(a.added_(sent));
  }

  return (
    <form className="form form-wide" noValidate onSubmit={(event) => void submit(event)}>
      <ChangeError
        error={error}
        fields={[{ name: "files", id: "saisine-ajout-pieces", label: a.add }]}
        title={a.addFailed}
        onReload={() => void refresh()}
      />
      <AttachmentsField
        key={round}
        id="saisine-ajout-pieces"
        label={a.add}
        files={files}
        onChange={setFiles}
        error={fieldError(error?.fieldErrors, "files")}
      />
      <Button type="submit" variant="secondary" busy={busy} busyLabel={a.addSubmitting}>
        {a.addSubmit}
      </Button>
    </form>
  );
}

function Withdraw({ saisine: s, onDone }: CompleteProps) {
  const withdraw = trpc.saisines.withdraw.useMutation();
  const [open, setOpen] = useState(false);
  const w = t.withdraw;
  return (
    <>
      <p>
        <Button variant="danger" onClick={() => setOpen(true)}>
          {w.button}
        </Button>
      </p>
      <NoteDialog
        id="saisine-retrait-motif"
        saisine={s}
        action="retirer"
        change={withdraw}
        wording={w}
        open={open}
        onClose={() => setOpen(false)}
        onDone={onDone}
      />
    </>
  );
}

type CompleteProps = {
  saisine: SaisineDetail;
  /** What the service commun asked for when it put the saisine on hold. */
  waitingNote?: string | null;
  onDone(message: string): void;
};

export function CompleteSection(props: CompleteProps) {
  return (
    <Section id="saisine-completer" title={t.contents.complete}>
      <InformationForm {...props} />
      <AddAttachments {...props} />
      {props.saisine.allowedActions.includes("retirer") ? <Withdraw {...props} /> : null}
    </Section>
  );
}
