/**
 * The bar of the rows ticked in the queue: how many, to whom, « Attribuer la sélection ». All or
 * nothing: if one of them changed since the queue was read, nothing is assigned and the
 * conflict says which, with a way to reload the queue.
 */
import {
  Alert,
  Button,
  type FormError,
  FormErrorSummary,
  SelectField,
  fieldError,
  useFormError,
} from "@mutu/ui";
import { type FormEvent, useState } from "react";
import { trpc } from "@mutu/web";
import { messages } from "../messages.ts";
import { AssigneeOptions } from "./assignee-options.tsx";
import type { Assignees, QueueItem } from "./types.ts";
import { assigneeFrom, assigneeLabel } from "./use-assignees.ts";

const t = messages.saisines.bulk;

type BulkAssignBarProps = {
  selected: readonly QueueItem[];
  assignees: Assignees | undefined;
  onClear(): void;
  onDone(message: string): void;
};

export function BulkAssignBar({ selected, assignees, onClear, onDone }: BulkAssignBarProps) {
  const utils = trpc.useUtils();
  const assign = trpc.saisines.bulkAssign.useMutation();
  const serverError = useFormError(assign.error);
  const [value, setValue] = useState("");
  const [local, setLocal] = useState<FormError | null>(null);
  const error = local ?? serverError;
  const fields = [{ name: "assignee", id: "groupe-titulaire", label: t.assignee }];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const assignee = assigneeFrom(value);
    const missing: Record<string, string[]> = {};
    if (!selected.length) missing.items = [t.nothing];
    if (!assignee) missing.assignee = [t.noAssignee];
    if (!assignee || !selected.length) {
      assign.reset();
      setLocal({ message: t.failed, fieldErrors: missing, code: null });
      return;
    }
    setLocal(null);
    const label = assigneeLabel(assignees, value);
    assign.mutate(
      { items: selected.map((s) => ({ saisineId: s.id, version: s.version })), assignee },
      {
        async onSuccess(result) {
          await utils.saisines.queue.invalidate();
          onClear();
          onDone(t.done(result.assigned.length, label));
        },
      },
    );
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
