/**
 * Importing an annex: a commune and a JSON file. The file is sent as text; the API refuses it
 * whole with every problem by path (syntax with line and column, format, dates), nothing written.
 */
import { importAnnexInput } from "@mutu/domain";
import {
  fieldLayout,
  SelectField,
  TextField,
  fieldError,
  formatCalendarDate,
  Form,
  formActions,
  useFields,
} from "@mutu/ui";
import { useMemo, useRef, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { messages } from "../messages.ts";
import { contractsMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { versionLabel } from "./labels.tsx";
import { explainPaths } from "./problems.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = contractsMessages.import;

const fields = fieldLayout("import", {
  orgId: ["commune", t.commune],
  content: ["fichier", t.file],
});

export function ImportAnnexForm({
  onImported,
  onCancel,
}: {
  onImported(message: string): void;
  onCancel(): void;
}) {
  const utils = trpc.useUtils();
  const orgs = useOrganisations();
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importAnnex = trpc.contracts.importAnnex.useMutation();
  const form = useSchemaForm(importAnnexInput, importAnnex);
  const error = useMemo(() => explainPaths(form.error, fields), [form.error]);
  const f = useFields({ orgId: "" }, error, fields);
  const { orgId } = f.values;

  async function submit() {
    let content = "";
    let unreadable = false;
    try {
      content = file ? await file.text() : "";
    } catch {
      unreadable = true;
    }
    const checked = form.check({ orgId, content }, (fieldErrors) => {
      // The schema sees text: whether a file was chosen, and could be read, only the form knows.
      if (!file) fieldErrors.content = [t.fileRequired];
      else if (unreadable) fieldErrors.content = [t.unreadable];
    });
    if (!checked) return;
    importAnnex.mutate(checked, {
      async onSuccess(result) {
        await utils.contracts.invalidate();
        const commune = orgs.nameOf(orgId) ?? result.contract.orgName;
        setFile(null);
        if (fileInput.current) fileInput.current.value = "";
        importAnnex.reset();
        onImported(
          t.done(
            commune,
            versionLabel(result.version),
            formatCalendarDate(result.version.effectiveFrom),
          ),
        );
      },
    });
  }

  return (
    <Form
      error={error}
      fields={fields}
      failed={t.failed}
      intro={<p className="prose">{t.intro}</p>}
      onSubmit={submit}
      actions={formActions(t, importAnnex.isPending, { label: messages.cancel, onCancel })}
    >
      <SelectField {...f.field("orgId")} required>
        <OrganisationOptions organisations={orgs.communes} empty={t.chooseCommune} />
      </SelectField>
      <TextField
        ref={fileInput}
        id="import-fichier"
        label={t.file}
        hint={t.fileHint}
        type="file"
        accept=".json,application/json"
        required
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        error={fieldError(error?.fieldErrors, "content")}
      />
    </Form>
  );
}
