/**
 * The bar of the rows ticked in the queue: how many, which action (assign, qualify, comment, put
 * on hold, close) with what it needs, « Appliquer à la sélection ». All or nothing: saisines
 * that do not allow the action (the lifecycle says which and why, here and again on the server)
 * or that changed since the queue was read — and nothing changes. Done or cleared, the bar
 * empties and its controls go: the focus, which was on one of them, stays in the bar (on its
 * idle line) instead of falling to the top of the page.
 */
import {
  bulkCheck,
  bulkSaisinesInput,
  type QueueBulkAction,
  QUEUE_BULK_ACTION_LABELS,
  QUEUE_BULK_ACTIONS,
} from "@mutu/domain";
import { Alert, Button, FormErrorSummary, labelled, Options, SelectField } from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { BULK_FIELDS, BulkFields, bulkPayload, useBulkFields } from "./bulk-fields.tsx";
import { saisinesMessages } from "./messages.ts";
import type { Assignees, QueueItem } from "./types.ts";
import { assigneeLabel } from "./use-assignees.ts";

const t = saisinesMessages.bulk;

type BulkBarProps = {
  selected: readonly QueueItem[];
  assignees: Assignees | undefined;
  onClear(): void;
  onDone(message: string): void;
};

export function BulkBar({ selected, assignees, onClear, onDone }: BulkBarProps) {
  const utils = trpc.useUtils();
  const bulk = trpc.saisines.bulk.useMutation();
  const form = useSchemaForm(bulkSaisinesInput, bulk);
  const { error } = form;
  const [action, setAction] = useState<QueueBulkAction | "">("");
  const f = useBulkFields(error);
  const { values } = f;
  const idle = useRef<HTMLParagraphElement>(null);
  const active = selected.length > 0;
  const wasActive = useRef(active);
  useEffect(() => {
    const emptied = wasActive.current && !active;
    wasActive.current = active;
    const focus = document.activeElement;
    if (emptied && (!focus || focus === document.body || !focus.isConnected)) idle.current?.focus();
  }, [active]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const items = selected.map((s) => ({ saisineId: s.id, version: s.version }));
    const checked = form.check(
      { action: action || undefined, items, ...bulkPayload(action, values) },
      (fieldErrors) => {
        if (!action || selected.length === 0) return;
        const { refused } = bulkCheck(
          action,
          selected.map((s) => ({ ...s, resolvedAt: s.resolvedAt ? new Date(s.resolvedAt) : null })),
          new Date(),
          values.waitingFor === "tiers" ? "tiers" : "commune",
        );
        if (refused.length)
          fieldErrors.items = refused.map((r) => `${r.saisine.reference} : ${r.reason}`);
      },
    );
    if (!checked) return;
    const done = t.done[checked.action](selected.length, assigneeLabel(assignees, values.assignee));
    bulk.mutate(checked, {
      async onSuccess() {
        await Promise.all([
          utils.saisines.queue.invalidate(),
          utils.saisines.queueCounts.invalidate(),
        ]);
        f.reset();
        onClear();
        onDone(done);
      },
    });
  }

  if (selected.length === 0)
    return (
      <p ref={idle} className="bulk-bar bulk-bar-idle" id="groupe-selection" tabIndex={-1}>
        {t.none}
      </p>
    );
  return (
    <form className="bulk-bar" noValidate onSubmit={submit} aria-labelledby="groupe-titre">
      <h2 id="groupe-titre" className="visually-hidden">
        {t.title}
      </h2>
      <p className="bulk-bar-count" id="groupe-selection" tabIndex={-1} aria-live="polite">
        {t.count(selected.length)}
      </p>
      {error?.code === "CONFLICT" ? (
        <Alert>
          <p>{error.message}</p>
          <Button
            variant="secondary"
            onClick={() => {
              bulk.reset();
              void utils.saisines.queue.invalidate();
            }}
          >
            {t.reload}
          </Button>
        </Alert>
      ) : (
        <FormErrorSummary error={error} fields={BULK_FIELDS} title={t.failed} headingLevel={3} />
      )}
      <SelectField
        id="groupe-action"
        label={t.action}
        value={action}
        onChange={(event) => {
          form.clear();
          setAction(event.currentTarget.value as QueueBulkAction | "");
        }}
        error={error?.fieldErrors.action}
      >
        <Options
          empty={t.chooseAction}
          options={labelled(QUEUE_BULK_ACTIONS, QUEUE_BULK_ACTION_LABELS)}
        />
      </SelectField>
      {action ? <BulkFields action={action} f={f} assignees={assignees} /> : null}
      <div className="inline-actions">
        <Button type="submit" busy={bulk.isPending} busyLabel={t.submitting}>
          {t.submit}
        </Button>
        <Button variant="secondary" onClick={onClear}>
          {t.clear}
        </Button>
      </div>
    </form>
  );
}
