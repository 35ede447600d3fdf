/**
 * « Agir sur la saisine », in the side panel: what the commune can do while the saisine is open —
 * add information for the service commun (when it waits for the commune, this is the answer that
 * restarts the clock), attach more files, withdraw the saisine, and raise an arbitration if it
 * disagrees. Each button opens its dialog (the arbitration's form opens in the panel); the page's
 * confirmation shows under the section, where the person acted.
 */
import {
  Button,
  Dialog,
  type FormError,
  fieldError,
  fieldLayout,
  Info,
  TextAreaField,
  useFields,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { RaiseArbitration } from "@mutu/web/arbitrations";
import {
  attachmentErrors,
  AttachmentsField,
  ChangeError,
  DialogButtons,
  NoteDialog,
  SideActions,
  useAttachmentUpload,
  useRefreshSaisine,
} from "@mutu/web/saisines";
import { saisinesMessages } from "../messages.ts";
import type { SaisineDetail } from "../types.ts";
import { addInformationInput } from "@mutu/domain";

const t = saisinesMessages.detail;
const informationLayout = fieldLayout("saisine", { body: ["information", t.information.field] });

type DialogProps = {
  saisine: SaisineDetail;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
};

function InformationDialog({ saisine: s, open, onClose, onDone }: DialogProps) {
  const refresh = useRefreshSaisine(s.id);
  const add = trpc.saisines.addInformation.useMutation();
  const form = useSchemaForm(addInformationInput, add);
  const { error } = form;
  const f = useFields({ body: "" }, error, informationLayout);
  const i = t.information;

  function close() {
    f.reset();
    add.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({ saisineId: s.id, ...f.values });
    if (!checked) return;
    add.mutate(
      { ...checked, version: s.version },
      {
        async onSuccess() {
          await refresh();
          close();
          onDone(i.done);
        },
      },
    );
  }

  return (
    <Dialog open={open} title={i.title} onClose={close} busy={add.isPending}>
      <form noValidate onSubmit={submit}>
        <ChangeError
          error={error}
          fields={informationLayout}
          title={i.failed}
          onReload={() => {
            add.reset();
            void refresh();
          }}
        />
        <TextAreaField {...f.field("body")} hint={i.hint} required rows={5} data-autofocus />
        <DialogButtons
          submit={i.submit}
          submitting={i.submitting}
          busy={add.isPending}
          onCancel={close}
        />
      </form>
    </Dialog>
  );
}

function AttachDialog({ saisine: s, open, onClose, onDone }: DialogProps) {
  const refresh = useRefreshSaisine(s.id);
  const upload = useAttachmentUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const a = t.attachments;

  function close() {
    setFiles([]);
    setError(null);
    setRound(round + 1);
    onClose();
  }

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
    setFiles([]);
    setRound(round + 1);
    // A refused file keeps the dialog open and says why; those sent are confirmed on the page.
    if (failed.length)
      setError({ message: a.addFailed, fieldErrors: { files: failed }, code: null });
    else close();
    if (sent) onDone(a.added_(sent));
  }

  return (
    <Dialog open={open} title={a.add} onClose={close} busy={busy}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ChangeError
          error={error}
          fields={[{ name: "files", id: "saisine-ajout-pieces", label: a.field }]}
          title={a.addFailed}
          onReload={() => void refresh()}
        />
        <AttachmentsField
          key={round}
          id="saisine-ajout-pieces"
          label={a.field}
          files={files}
          onChange={setFiles}
          error={fieldError(error?.fieldErrors, "files")}
        />
        <DialogButtons
          submit={a.addSubmit}
          submitting={a.addSubmitting}
          busy={busy}
          onCancel={close}
        />
      </form>
    </Dialog>
  );
}

type ActionsProps = {
  saisine: SaisineDetail;
  /** Adding information and files, withdrawing (`saisines.create`, saisine open). */
  canAdd: boolean;
  /** Raising an arbitration (`saisines.read`, saisine open, none yet). */
  canRaise: boolean;
  /** What the service commun asked for when it put the saisine on hold. */
  waitingNote: string | null;
  onDone(message: string): void;
};

export function ActionsSection({
  saisine: s,
  canAdd,
  canRaise,
  waitingNote,
  onDone,
}: ActionsProps) {
  const withdraw = trpc.saisines.withdraw.useMutation();
  const [dialog, setDialog] = useState<"information" | "attach" | "withdraw" | null>(null);
  const raise = canRaise && !s.arbitration;
  if (!canAdd && !raise) return null;
  const close = () => setDialog(null);
  const w = t.withdraw;
  return (
    <SideActions
      id="saisine-agir"
      title={t.contents.actions}
      before={
        canAdd && s.status === "en-attente-commune" ? (
          <Info>
            <p>{t.information.waiting}</p>
            {waitingNote ? (
              <p className="text-block">{t.information.waitingFor(waitingNote)}</p>
            ) : null}
          </Info>
        ) : null
      }
      buttons={
        canAdd
          ? [
              <Button key="information" onClick={() => setDialog("information")}>
                {t.information.title}
              </Button>,
              <Button key="attach" variant="secondary" onClick={() => setDialog("attach")}>
                {t.attachments.add}
              </Button>,
              s.allowedActions.includes("retirer") ? (
                <Button key="withdraw" variant="danger" onClick={() => setDialog("withdraw")}>
                  {w.button}
                </Button>
              ) : null,
            ]
          : []
      }
    >
      {raise ? <RaiseArbitration saisine={s} onDone={onDone} /> : null}
      {canAdd ? (
        <>
          <InformationDialog
            saisine={s}
            open={dialog === "information"}
            onClose={close}
            onDone={onDone}
          />
          <AttachDialog saisine={s} open={dialog === "attach"} onClose={close} onDone={onDone} />
          <NoteDialog
            id="saisine-retrait-motif"
            saisine={s}
            action="retirer"
            change={withdraw}
            wording={w}
            open={dialog === "withdraw"}
            onClose={close}
            onDone={onDone}
          />
        </>
      ) : null}
    </SideActions>
  );
}
