/**
 * « Traiter la saisine », in the side panel: the actions its status allows — qualify (or confirm
 * as filed), start, put on hold, resume, resolve with a public answer, close, refuse — then
 * assigning. Every change carries the version this page read; a conflict says so and offers to
 * reload. The confirmation shows here, where the person acted.
 */
import { Button, DateTime, useFormError } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "@mutu/web";
import {
  ChangeError,
  type Confirmation,
  NoteDialog,
  SideActions,
  useRefreshSaisine,
} from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";
import { AssignForm } from "./assign-form.tsx";
import { PauseDialog } from "./pause-dialog.tsx";
import { QualifyDialog } from "./qualify-dialog.tsx";
import { isFinalSaisineStatus, isAssignableStatus } from "@mutu/domain";

const t = detailMessages;

type Dialogs = "qualify" | "pause" | "resolve" | "refuse" | null;

export function WorkSection({
  saisine: s,
  canManage,
  confirmation,
}: {
  saisine: SaisineDetail;
  /** Whether the person may work on saisines (`saisines.manage`). */
  canManage: boolean;
  /** The page's: it outlives the section (closing the saisine removes it). */
  confirmation: Confirmation;
}) {
  const refresh = useRefreshSaisine(s.id);
  const onDone = confirmation.show;
  const start = trpc.saisines.start.useMutation();
  const resume = trpc.saisines.resume.useMutation();
  const close = trpc.saisines.close.useMutation();
  const resolve = trpc.saisines.resolve.useMutation();
  const refuse = trpc.saisines.refuse.useMutation();
  const directError = useFormError(start.error ?? resume.error ?? close.error);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const may = (action: SaisineDetail["allowedActions"][number]) =>
    s.allowedActions.includes(action);
  const canWork = canManage && !isFinalSaisineStatus(s.status);
  const target = { saisineId: s.id, version: s.version };

  function resetAll() {
    start.reset();
    resume.reset();
    close.reset();
    resolve.reset();
    refuse.reset();
  }

  async function succeeded(message: string) {
    await refresh();
    setDialog(null);
    onDone(message);
  }
  function open(which: Dialogs) {
    confirmation.clear();
    setDialog(which);
  }

  const w = t.work;
  const buttons = [
    may("qualifier") ? (
      <Button key="qualify" variant="secondary" onClick={() => open("qualify")}>
        {w.qualify}
      </Button>
    ) : null,
    may("demarrer") ? (
      <Button
        key="start"
        busy={start.isPending}
        busyLabel={w.start}
        onClick={() => {
          resetAll();
          start.mutate(target, { onSuccess: () => void succeeded(w.started) });
        }}
      >
        {w.start}
      </Button>
    ) : null,
    may("attendre-commune") || may("attendre-tiers") ? (
      <Button key="pause" variant="secondary" onClick={() => open("pause")}>
        {w.pause}
      </Button>
    ) : null,
    may("reprendre") ? (
      <Button
        key="resume"
        busy={resume.isPending}
        busyLabel={w.resume}
        onClick={() => {
          resetAll();
          resume.mutate(target, { onSuccess: () => void succeeded(w.resumed) });
        }}
      >
        {w.resume}
      </Button>
    ) : null,
    may("resoudre") ? (
      <Button key="resolve" onClick={() => open("resolve")}>
        {w.resolve}
      </Button>
    ) : null,
    may("clore") ? (
      <Button
        key="close"
        busy={close.isPending}
        busyLabel={w.close}
        onClick={() => {
          resetAll();
          close.mutate(target, { onSuccess: () => void succeeded(w.closed) });
        }}
      >
        {w.close}
      </Button>
    ) : null,
    may("refuser") ? (
      <Button key="refuse" variant="danger" onClick={() => open("refuse")}>
        {w.refuse}
      </Button>
    ) : null,
  ];

  if (!canWork) return null;
  return (
    <SideActions
      id="saisine-traiter"
      title={t.contents.work}
      before={
        <ChangeError
          error={directError}
          title={w.failed}
          onReload={() => {
            resetAll();
            void refresh();
          }}
        />
      }
      buttons={buttons}
      none={w.none}
    >
      {s.status === "resolue" && s.closableFrom && !may("clore") ? (
        <p>
          {w.closableLabel} <DateTime value={s.closableFrom} />.
        </p>
      ) : null}
      {isAssignableStatus(s.status) ? <AssignForm saisine={s} onDone={onDone} /> : null}
      <QualifyDialog
        key={`q-${s.version}`}
        saisine={s}
        open={dialog === "qualify"}
        onClose={() => setDialog(null)}
        onDone={onDone}
      />
      <PauseDialog
        key={`p-${s.version}`}
        saisine={s}
        open={dialog === "pause"}
        onClose={() => setDialog(null)}
        onDone={onDone}
      />
      <NoteDialog
        id="resolution-reponse"
        saisine={s}
        action="resoudre"
        change={resolve}
        wording={t.resolve}
        open={dialog === "resolve"}
        onClose={() => setDialog(null)}
        onDone={onDone}
      />
      <NoteDialog
        id="refus-motif"
        saisine={s}
        action="refuser"
        change={refuse}
        wording={t.refuse}
        open={dialog === "refuse"}
        onClose={() => setDialog(null)}
        onDone={onDone}
      />
    </SideActions>
  );
}
