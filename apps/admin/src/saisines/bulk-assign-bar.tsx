/**
 * The bar of the rows ticked in the queue: how many, to whom, « Attribuer la sélection ». All or
 * nothing: if one of them changed since the queue was read, nothing is assigned and the
 * conflict says which, with a way to reload the queue.
 */
import { Alert, Button, FormErrorSummary, SelectField, fieldError } from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc, useSchemaForm } from "@mutu/web";
import { saisinesMessages } from "./messages.ts";
import { AssigneeOptions } from "./assignee-options.tsx";
import type { Assignees, QueueItem } from "./types.ts";
import { assigneeFrom, assigneeLabel } from "./use-assignees.ts";
import { bulkAssignSaisinesInput } from "@mutu/domain";

const t = saisinesMessages.bulk;

type BulkAssignBarProps = {
  selected: readonly QueueItem[];
  assignees: Assignees | undefined;
  onClear(): void;
  onDone(message: string): void;
};

export function BulkAssignBar({ selected, assignees, onClear, onDone }: BulkAssignBarProps) {
  const utils = trpc.useUtils();
  const assign = trpc.saisines.bulkAssign.useMutation();
  const form = useSchemaForm(bulkAssignSaisinesInput, assign);
  const { error } = form;
  const [value, setValue] = useState("");
  const fields = [{ name: "assignee", id: "groupe-titulaire", label: t.assignee }];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = form.check({
      items: selected.map((s) => ({ saisineId: s.id, version: s.version })),
      assignee: assigneeFrom(value) ?? undefined,
    });
    if (!checked) return;
    const label = assigneeLabel(assignees, value);
    assign.mutate(checked, {
      async onSuccess(result) {
        await utils.saisines.queue.invalidate();
        onClear();
        onDone(t.done(result.assigned.length, label));
      },
    });
  }

  return (
    <form className="bulk-bar" noValidate onSubmit={submit} aria-labelledby="groupe-titre">
      <h2 id="groupe-titre" className="visually-hidden">
        {t.title}
      </h2>
      <p className="bulk-bar-count" aria-live="polite">
        {t.count(selected.length)}
      </p>
      {error?.code === "CONFLICT" ? (
        <Alert>
          <p>{error.message}</p>
          <Button
            variant="secondary"
            onClick={() => {
              assign.reset();
              void utils.saisines.queue.invalidate();
            }}
          >
            {t.reload}
          </Button>
        </Alert>
      ) : (
        <FormErrorSummary error={error} fields={fields} title={t.failed} headingLevel={3} />
      )}
      <SelectField
        id="groupe-titulaire"
        label={t.assignee}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={fieldError(error?.fieldErrors, "assignee")}
      >
        <option value="">{t.choose}</option>
        <AssigneeOptions list={assignees} />
      </SelectField>
      <div className="inline-actions">
        <Button type="submit" busy={assign.isPending} busyLabel={t.submitting}>
          {t.submit}
        </Button>
        {selected.length ? (
          <Button variant="secondary" onClick={onClear}>
            {t.clear}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
