/** The commune's priorities: a title and a text each, in order; add and remove. */
import { Button, TextAreaField, TextField, fieldError, useRowsFocus } from "@mutu/ui";
import { useMemo } from "react";
import { contractsMessages } from "../messages.ts";
import type { Annex, VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { orNull, useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

type Priority = Annex["priorities"][number];
type Item = { title: string; text: string; kept: Priority | null };

function toState(annex: Annex): Item[] {
  return annex.priorities.map((p) => ({ title: p.title ?? "", text: p.text ?? "", kept: p }));
}

export function PrioritiesForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const count = form.value.length;
  const fields = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => ({
        name: `annex.priorities.${i}`,
        id: `priorite-${i}-texte`,
        label: t.priority(i + 1),
      })),
    [count],
  );
  const draft = useDraftSave(version, fields, t.contents.priorities);
  const rows = useRowsFocus<HTMLDivElement>();
  const error = draft.error;

  function update(index: number, patch: Partial<Item>) {
    form.set((items) => items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  }

  function submit() {
    const priorities = form.value.map((item) => ({
      nature: item.kept?.nature ?? null,
      objective: item.kept?.objective ?? null,
      stakes: item.kept?.stakes ?? null,
      title: orNull(item.title),
      text: orNull(item.text),
    }));
    draft.save({ annex: { ...annex, priorities } }, form.saved);
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.priorities} onSubmit={submit}>
      {count === 0 ? <p className="muted">{t.noPriority}</p> : null}
      <div ref={rows.list}>
        {form.value.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: field ids follow the position, as the API's error paths do
          <fieldset key={i} className="fieldset-box" data-row>
            <legend>{t.priority(i + 1)}</legend>
            <TextField
              id={`priorite-${i}-titre`}
              label={t.priorityTitle(i + 1)}
              className="input input-wide"
              value={item.title}
              onChange={(event) => update(i, { title: event.currentTarget.value })}
            />
            <TextAreaField
              id={`priorite-${i}-texte`}
              label={t.priorityText(i + 1)}
              className="input input-wide"
              rows={3}
              value={item.text}
              onChange={(event) => update(i, { text: event.currentTarget.value })}
              error={fieldError(error?.fieldErrors, `annex.priorities.${i}`)}
            />
            <p>
              <Button
                variant="secondary"
                className="button-small"
                onClick={() => {
                  form.set((items) => items.filter((_, j) => j !== i));
                  rows.removed();
                }}
              >
                {t.removePriority(i + 1)}
              </Button>
            </p>
          </fieldset>
        ))}
      </div>
      <p>
        <Button
          ref={rows.add}
          variant="secondary"
          onClick={() => {
            form.set((items) => [...items, { title: "", text: "", kept: null }]);
            rows.added();
          }}
        >
          {t.addPriority}
        </Button>
      </p>
    </DraftPartForm>
  );
}
