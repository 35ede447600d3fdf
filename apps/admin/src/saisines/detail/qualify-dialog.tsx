/**
 * Qualifying: correcting type, sub-domain, nature or criticality. The saisine is re-routed by the
 * annex in force; the message after saving says where it went (the shared service's function
 * before → after), and the timeline keeps each change.
 */
import { qualifySaisineInput } from "@mutu/domain";
import { fieldLayout, SelectField, TextAreaField, useFields } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeDialog, useRefreshSaisine } from "@mutu/web/saisines";
import { QualificationOptions } from "../qualification-options.tsx";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = detailMessages.qualify;
const d = detailMessages;

const fields = fieldLayout("qualifier", {
  type: ["type", d.type],
  subDomain: ["sous-domaine", d.subDomain],
  nature: ["nature", d.nature],
  criticality: ["criticite", d.criticality],
  note: ["note", t.note],
});

type QualifyDialogProps = {
  saisine: SaisineDetail;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
};

export function QualifyDialog({ saisine: s, open, onClose, onDone }: QualifyDialogProps) {
  const utils = trpc.useUtils();
  const refresh = useRefreshSaisine(s.id);
  const qualify = trpc.saisines.qualify.useMutation();
  const form = useSchemaForm(qualifySaisineInput, qualify);
  const { error } = form;
  const f = useFields(
    {
      type: s.type as string,
      subDomain: s.subDomain as string,
      nature: s.nature as string,
      criticality: s.criticality as string,
      note: "",
    },
    error,
    fields,
  );
  const { type, subDomain, nature, criticality, note } = f.values;

  function close() {
    form.clear();
    onClose();
  }

  function submit() {
    const changes = {
      ...(type !== s.type ? { type } : {}),
      ...(subDomain !== s.subDomain ? { subDomain } : {}),
      ...(nature !== s.nature ? { nature } : {}),
      ...(criticality !== s.criticality ? { criticality } : {}),
    };
    const checked = form.check({ saisineId: s.id, ...changes, ...(note.trim() ? { note } : {}) });
    if (!checked) return;
    const before = s.routing.sharedServiceFunction;
    qualify.mutate(
      { ...checked, version: s.version },
      {
        async onSuccess() {
          await refresh();
          const after = utils.saisines.get.getData({ saisineId: s.id })?.routing
            .sharedServiceFunction;
          close();
          onDone(
            `${t.done} ${after && after !== before ? t.rerouted(before, after) : t.notRerouted(before)}`,
          );
        },
      },
    );
  }

  const select = (name: "type" | "nature" | "criticality" | "subDomain") => (
    <SelectField {...f.field(name)}>
      <QualificationOptions of={name} />
    </SelectField>
  );

  return (
    <ChangeDialog
      title={t.title}
      open={open}
      size="wide"
      change={qualify}
      error={error}
      fields={fields}
      words={t}
      autoFocusSubmit
      onReload={() => void refresh()}
      onClose={close}
      onSubmit={submit}
    >
      <p>{t.intro}</p>
      <p>{t.current(s.routing.sharedServiceFunction)}</p>
      <div className="field-row">
        {select("type")}
        {select("nature")}
        {select("criticality")}
      </div>
      {select("subDomain")}
      <TextAreaField {...f.field("note")} hint={t.noteHint} rows={3} />
    </ChangeDialog>
  );
}
