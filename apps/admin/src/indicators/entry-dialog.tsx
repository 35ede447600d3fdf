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
  type FieldPlace,
  fieldLayout,
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
import { ENTRY_FIELDS, entryPlace, entryValue } from "./entry-fields.ts";
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
  const [kind, setKind] = useState<"file" | "link">("file");
  // A period the indicator does not measure is refused on the date's line.
  const layout = [
    ...fieldLayout(
      "mesure",
      Object.fromEntries(fields.map(entryPlace)) as Record<`value.${string}`, FieldPlace>,
    ),
    ...fieldLayout("mesure", {
      measuredOn: ["date", t.measuredOn],
      period: ["date", t.measuredOn],
      evidence: [kind === "file" ? "fichier" : "lien", t.evidence],
      note: ["note", t.note],
    }),
  ];
  // The value's fields by path, each as typed; then the measure's own.
  const value = useFields(
    Object.fromEntries(fields.map((field): [string, string] => [field.path, ""])),
    form.error,
    layout,
  );
  const f = useFields({ measuredOn: parisToday(), url: "", note: "" }, form.error, layout);
  const { measuredOn, url, note } = f.values;
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
        fields={layout}
        failed={t.failed}
        intro={
          <p>
            {target.label}. {t.lead}
          </p>
        }
        onSubmit={submit}
        actions={formActions(t, enter.isPending, { label: messages.cancel, onCancel: onClose })}
      >
        {fields.map((field) =>
          field.kind === "yes-no" ? (
            <RadioGroup
              key={field.path}
              required
              options={[
                { value: "oui", label: t.yes },
                { value: "non", label: t.no },
              ]}
              {...value.group(field.path, `value.${field.path}`)}
              value={value.values[field.path] ?? ""}
            />
          ) : (
            <TextField
              key={field.path}
              hint={field.hint}
              type={field.kind === "date" ? "date" : "text"}
              inputMode={field.kind === "number" ? "decimal" : undefined}
              {...value.field(field.path, `value.${field.path}`)}
            />
          ),
        )}
        <DayField
          {...f.field("measuredOn")}
          required
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
          onChange={(chosen) => setKind(chosen === "link" ? "link" : "file")}
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
        <TextAreaField {...f.field("note")} rows={3} />
      </Form>
    </Dialog>
  );
}
