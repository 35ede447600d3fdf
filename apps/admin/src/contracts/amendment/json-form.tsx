/**
 * The long tail: the whole annex as JSON, edited as text. The text is parsed here (a syntax error
 * says where); the API validates the annex and lists every problem with its path.
 */
import { Button, TextAreaField } from "@mutu/ui";
import { useMemo } from "react";
import { contractsMessages } from "../messages.ts";
import type { VersionDetail } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

const fields = [{ name: "json", id: "avenant-json", label: t.json }] as const;

/** Where JSON.parse stopped, as « (ligne 3, colonne 12) », from its message; "" when it does not say. */
function whereParseFailed(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return t.jsonWhere(Number(lineColumn[1]), Number(lineColumn[2]));
  const position = /position (\d+)/.exec(message);
  if (!position) return "";
  const before = text.slice(0, Number(position[1])).split("\n");
  return t.jsonWhere(before.length, (before.at(-1)?.length ?? 0) + 1);
}

export function JsonForm({ version }: { version: VersionDetail }) {
  const source = useMemo(() => JSON.stringify(version.annex, null, 2), [version.annex]);
  const form = useEditable(source);
  const draft = useDraftSave(version, fields, t.contents.json);
  const { error } = draft;
  const problems = error ? Object.values(error.fieldErrors).flat() : [];

  function submit() {
    let annex: unknown;
    let unreadable: string | null = null;
    try {
      annex = JSON.parse(form.value);
    } catch (failure) {
      unreadable = t.jsonInvalid(whereParseFailed(form.value, failure));
    }
    draft.save({ annex }, form.saved, (fieldErrors) => {
      if (unreadable) fieldErrors.json = [unreadable];
    });
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.json} onSubmit={submit}>
      <TextAreaField
        id="avenant-json"
        label={t.json}
        className="input input-code"
        spellCheck={false}
        rows={24}
        value={form.value}
        onChange={(event) => form.set(event.currentTarget.value)}
        error={problems.length ? problems.slice(0, 5).join(" ") : undefined}
      />
      <p>
        <Button
          variant="secondary"
          className="button-small"
          onClick={() => {
            draft.clear();
            form.reset();
          }}
        >
          {t.jsonReload}
        </Button>
      </p>
    </DraftPartForm>
  );
}
