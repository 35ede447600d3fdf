/**
 * Putting a saisine on hold, waiting for the commune or for a third party: the contract clock
 * pauses (the commune reads what is awaited) and restarts when the work resumes.
 */
import { pauseSaisineInput } from "@mutu/domain";
import { fieldLayout, RadioGroup, TextAreaField, useFields } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeDialog, useRefreshSaisine } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = detailMessages.pause;

const fields = fieldLayout("attente", {
  waitingFor: ["motif-0", t.waitingFor],
  note: ["note", t.note],
});

type PauseDialogProps = {
  saisine: SaisineDetail;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
};

export function PauseDialog({ saisine: s, open, onClose, onDone }: PauseDialogProps) {
  const refresh = useRefreshSaisine(s.id);
  const pause = trpc.saisines.pause.useMutation();
  const form = useSchemaForm(pauseSaisineInput, pause);
  const { error } = form;
  const options = [
    ...(s.allowedActions.includes("attendre-commune")
      ? [{ value: "commune", label: t.commune }]
      : []),
    ...(s.allowedActions.includes("attendre-tiers") ? [{ value: "tiers", label: t.third }] : []),
  ];
  const f = useFields(
    { waitingFor: options.length === 1 ? (options[0]?.value ?? "") : "", note: "" },
    error,
    fields,
  );
  const { waitingFor, note } = f.values;

  function close() {
    form.clear();
    onClose();
  }

  function submit() {
    const checked = form.check({ saisineId: s.id, waitingFor, note });
    if (!checked) return;
    pause.mutate(
      { ...checked, version: s.version },
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
    <ChangeDialog
      title={t.title}
      open={open}
      change={pause}
      error={error}
      fields={fields}
      words={t}
      onReload={() => void refresh()}
      onClose={close}
      onSubmit={submit}
    >
      <p>{t.intro}</p>
      <RadioGroup required options={options} {...f.group("waitingFor")} />
      <TextAreaField {...f.field("note")} hint={t.noteHint} required rows={4} />
    </ChangeDialog>
  );
}
