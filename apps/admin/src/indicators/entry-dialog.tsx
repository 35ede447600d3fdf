/**
 * Entering the measure of an indicator mutu cannot compute, for one ended period: the value's
 * fields (checked by the domain's schema: ranges, dates), the date measured, the evidence — a file
 * or a link — and a note. A refusal shows on its fields; nothing is written.
 */
import { type EnteredIndicator, indicatorEntryInput, parisToday } from "@mutu/domain";
import {
  DayField,
  Dialog,
  Field,
  Form,
  fieldError,
  formActions,
  RadioGroup,
  readFileAsBase64,
  TextAreaField,
  TextField,
  useFields,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { useState } from "react";
import { messages } from "../messages.ts";
import { ENTRY_FIELDS, entryValue, fieldId } from "./entry-fields.ts";
import { indicatorsMessages } from "./messages.ts";

const t = indicatorsMessages.entry;

export type EntryTarget = {
  orgId: string;
  code: EnteredIndicator;
  label: string;
  period: { key: string; label: string };
};

export function EntryDialog({
  target,
  onClose,
  onSaved,
}: {
  target: EntryTarget;
  onClose(): void;
  onSaved(message: string): void;
}) {
  const utils = trpc.useUtils();
  const enter = trpc.indicators.enter.useMutation();
  const form = useSchemaForm(indicatorEntryInput, enter);
  const errors = form.error?.fieldErrors;
  const fields = ENTRY_FIELDS[target.code];
  // The value's fields by path, each as typed; then the measure's own.
  const value = useFields(
    Object.fromEntries(fields.map((field): [string, string] => [field.path, ""])),
    form.error,
  );
  const f = useFields(
    { measuredOn: parisToday(), kind: "file" as "file" | "link", url: "", note: "" },
    form.error,
  );
  const { measuredOn, kind, url, note } = f.values;
  const [file, setFile] = useState<File | null>(null);

  async function submit() {
    const evidence =
      kind === "link"
        ? { kind: "link" as const, url: url.trim() }
        : file
          ? {
              kind: "file" as const,
              fileName: file.name,
              mediaType: file.type || "application/octet-stream",
              contentBase64: await readFileAsBase64(file),
            }
          : { kind: "file" as const, fileName: "", mediaType: "", contentBase64: "" };
    const input = {
      orgId: target.orgId,
      indicator: target.code,
      period: target.period.key,
      measuredOn,
      evidence,
      value: entryValue(fields, value.values),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const checked = form.check(input, (fieldErrors) => {
      if (kind === "file" && !file) fieldErrors.evidence = [t.noFile];
    });
    if (!checked) return;
    enter.mutate(checked as never, {
      async onSuccess() {
        await utils.indicators.list.invalidate();
        onSaved(t.saved(target.code, target.period.label));
      },
    });
  }

  const summary = [
    ...fields.map((field) => ({
      name: `value.${field.path}`,
      id: field.kind === "yes-no" ? `${fieldId(field.path)}-0` : fieldId(field.path),
      label: field.label,
    })),
    { name: "measuredOn", id: "mesure-date", label: t.measuredOn },
    { name: "period", id: "mesure-date", label: t.measuredOn },
    { name: "evidence", id: kind === "file" ? "mesure-fichier" : "mesure-lien", label: t.evidence },
    { name: "note", id: "mesure-note", label: t.note },
  ];

  return (
    <Dialog
      open
      size="wide"
      title={t.title(target.code, target.period.label)}
      onClose={onClose}
      busy={enter.isPending}
    >
      <Form
        error={form.error}
        fields={summary}
        failed={t.failed}
        intro={
          <p>
            {target.label}. {t.lead}
          </p>
        }
        onSubmit={submit}
        actions={formActions(t, enter.isPending, { label: messages.cancel, onCancel: onClose })}
      >
        {fields.map((field) => {
          const bound = value.text(field.path, `value.${field.path}`);
          return field.kind === "yes-no" ? (
            <RadioGroup
              key={field.path}
              id={fieldId(field.path)}
              legend={field.label}
              required
              options={[
                { value: "oui", label: t.yes },
                { value: "non", label: t.no },
              ]}
              {...bound}
              onChange={(chosen) => value.set({ [field.path]: chosen })}
            />
          ) : (
            <TextField
              key={field.path}
              id={fieldId(field.path)}
              label={field.label}
              hint={field.hint}
              type={field.kind === "date" ? "date" : "text"}
              inputMode={field.kind === "number" ? "decimal" : undefined}
              {...bound}
            />
          );
        })}
        <DayField
          id="mesure-date"
          label={t.measuredOn}
          required
          {...f.text("measuredOn")}
          error={[...fieldError(errors, "measuredOn"), ...fieldError(errors, "period")]}
        />
        <RadioGroup
          id="mesure-preuve"
          legend={t.evidence}
          required
          options={[
            { value: "file", label: t.evidenceFile },
            { value: "link", label: t.evidenceLink },
          ]}
          value={kind}
          onChange={(value) => f.set({ kind: value === "link" ? "link" : "file" })}
        >
          {kind === "file" ? (
            <Field
              id="mesure-fichier"
              label={t.file}
              hint={t.fileHint}
              required
              error={fieldError(errors, "evidence")}
            >
              {(control) => (
                <input
                  type="file"
                  className="input"
                  {...control}
                  onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
                />
              )}
            </Field>
          ) : (
            <TextField
              id="mesure-lien"
              label={t.url}
              hint={t.urlHint}
              type="url"
              required
              {...f.text("url", "evidence")}
            />
          )}
        </RadioGroup>
        <TextAreaField id="mesure-note" label={t.note} rows={3} {...f.text("note")} />
      </Form>
    </Dialog>
  );
}
