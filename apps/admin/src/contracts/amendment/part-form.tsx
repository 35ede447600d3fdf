/**
 * One part of the amendment editor (its subject, perimeter, targets…) as a form: the error summary
 * titled « Les modifications n'ont pas été enregistrées », the part's fields, and its « Enregistrer »
 * named after the part for screen readers, with the saved notice beside it.
 */
import { Actions, Button, Form, type SummaryField, Status } from "@mutu/ui";
import type { ReactNode } from "react";
import { contractsMessages } from "../messages.ts";
import { type DraftSave, lowerFirst } from "./use-draft.ts";

const t = contractsMessages.amendment;

export function DraftPartForm({
  draft,
  fields,
  part,
  onSubmit,
  children,
}: {
  draft: DraftSave;
  fields: readonly SummaryField[];
  /** The part's title, as in the editor's contents (« Cibles des indicateurs »). */
  part: string;
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <Form
      error={draft.error}
      fields={fields}
      failed={t.failed}
      className="form form-wide"
      onSubmit={onSubmit}
    >
      {children}
      <Actions>
        <Button type="submit" busy={draft.pending} busyLabel={t.saving}>
          {t.save}
          <span className="visually-hidden"> : {lowerFirst(part)}</span>
        </Button>
      </Actions>
      <Status>{draft.status}</Status>
    </Form>
  );
}
