/**
 * Qualifying: correcting type, sub-domain, nature or criticality. The saisine is re-routed by the
 * annex in force; the message after saving says where it went (the shared service's function
 * before → after), and the timeline keeps each change.
 */
import {
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
  qualifySaisineInput,
} from "@mutu/domain";
import { Actions, Button, Dialog, SelectField, TextAreaField, useFields } from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { ChangeError, subDomainLabel, useRefreshSaisine } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = detailMessages.qualify;
const d = detailMessages;

const fields = [
  { name: "type", id: "qualifier-type", label: d.type },
  { name: "subDomain", id: "qualifier-sous-domaine", label: d.subDomain },
  { name: "nature", id: "qualifier-nature", label: d.nature },
  { name: "criticality", id: "qualifier-criticite", label: d.criticality },
  { name: "note", id: "qualifier-note", label: t.note },
] as const;

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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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

  const select = (
    id: string,
    label: string,
    name: "type" | "nature" | "criticality" | "subDomain",
    options: readonly { value: string; label: string }[],
  ) => (
    <SelectField id={id} label={label} {...f.text(name)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <Dialog open={open} title={t.title} onClose={close} busy={qualify.isPending} size="wide">
      <form noValidate onSubmit={submit}>
        <ChangeError
          error={error}
          fields={fields}
          title={t.failed}
          onReload={() => {
            qualify.reset();
            void refresh();
          }}
        />
        <p>{t.intro}</p>
        <p>{t.current(s.routing.sharedServiceFunction)}</p>
        <div className="field-row">
          {select(
            "qualifier-type",
            d.type,
            "type",
            SAISINE_TYPES.map((v) => ({ value: v, label: SAISINE_TYPE_LABELS[v] })),
          )}
          {select(
            "qualifier-nature",
            d.nature,
            "nature",
            SAISINE_NATURES.map((v) => ({ value: v, label: SAISINE_NATURE_LABELS[v] })),
          )}
          {select(
            "qualifier-criticite",
            d.criticality,
            "criticality",
            SAISINE_CRITICALITIES.map((v) => ({ value: v, label: SAISINE_CRITICALITY_LABELS[v] })),
          )}
        </div>
        {select(
          "qualifier-sous-domaine",
          d.subDomain,
          "subDomain",
          SUB_DOMAIN_LETTERS.map((v) => ({ value: v, label: subDomainLabel(v) })),
        )}
        <TextAreaField {...f.field("note")} hint={t.noteHint} rows={3} />
        <Actions>
          <Button type="submit" busy={qualify.isPending} busyLabel={t.submitting} data-autofocus>
            {t.submit}
          </Button>
          <Button variant="secondary" onClick={close} disabled={qualify.isPending}>
            {messages.cancel}
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}
