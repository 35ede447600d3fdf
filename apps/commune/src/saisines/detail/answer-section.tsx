/**
 * « Réponse du service commun »: the answer given at resolution, ready to copy for a resident
 * (clipboard, or selected for Ctrl+C), and the commune's word on it — confirm (the saisine
 * closes) or reopen with a reason — within the days the commune has before the operator may close.
 */
import { Button, CopyText, DateTime, Section, formatDateTime } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "@mutu/web";
import { NoteDialog } from "@mutu/web/saisines";
import { saisinesMessages } from "../messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = saisinesMessages.detail;

export function AnswerSection({
  saisine: s,
  onDone,
}: {
  saisine: SaisineDetail;
  onDone(message: string): void;
}) {
  const confirm = trpc.saisines.confirm.useMutation();
  const reopen = trpc.saisines.reopen.useMutation();
  const [dialog, setDialog] = useState<"confirm" | "reopen" | null>(null);
  const resolution = s.resolution;
  if (!resolution) return null;
  const may = (action: "confirmer" | "rouvrir") => s.allowedActions.includes(action);
  const dialogs = [
    { key: "confirm", id: "saisine-confirmation-note", action: "confirmer", change: confirm },
    { key: "reopen", id: "saisine-reouverture-motif", action: "rouvrir", change: reopen },
  ] as const;

  return (
    <Section id="saisine-reponse" title={t.contents.answer}>
      <p className="muted">{t.answer.by(resolution.by, formatDateTime(resolution.at))}</p>
      {resolution.note ? (
        <>
          <blockquote className="quote text-block">{resolution.note}</blockquote>
          <CopyText
            id="saisine-reponse-texte"
            label={t.answer.copyField}
            hint={t.answer.copyHint}
            text={resolution.note}
            copyLabel={t.answer.copy}
            copied={t.answer.copied}
            copyFailed={t.answer.copyFailed}
          />
        </>
      ) : (
        <p>{t.answer.none}</p>
      )}
      {s.closableFrom && s.status === "resolue" ? (
        <p>
          {t.answer.closableLabel} <DateTime value={s.closableFrom} />.
        </p>
      ) : null}
      {may("confirmer") || may("rouvrir") ? (
        <div className="inline-actions">
          {may("confirmer") ? (
            <Button onClick={() => setDialog("confirm")}>{t.answer.confirm}</Button>
          ) : null}
          {may("rouvrir") ? (
            <Button variant="secondary" onClick={() => setDialog("reopen")}>
              {t.answer.reopen}
            </Button>
          ) : null}
        </div>
      ) : null}
      {dialogs.map((d) => (
        <NoteDialog
          key={d.key}
          id={d.id}
          saisine={s}
          action={d.action}
          change={d.change}
          wording={t[d.key]}
          open={dialog === d.key}
          onClose={() => setDialog(null)}
          onDone={onDone}
        />
      ))}
    </Section>
  );
}
