/**
 * End of retention (/rgpd/conservation): what reaches the end of its period and when, what was done,
 * and the next step of each operation for whoever may take it — the Métropole tells the commune of
 * an erasure, the commune confirms it or not, then it is carried out; other actions are carried out
 * and recorded. The same table shows a processing's own operations on its page.
 */
import {
  carryOutInput,
  declineErasureInput,
  RETENTION_END_ACTION_LABELS,
  RETENTION_OPERATION_STATUS_LABELS,
  RETENTION_STEP_LABELS,
  type RetentionStep,
  retentionStepInput,
} from "@mutu/domain";
import {
  Button,
  CalendarDate,
  type Column,
  DataTable,
  Dialog,
  Form,
  Loaded,
  useConfirmation,
  TextAreaField,
  fieldLayout,
  formatCalendarDate,
  useFields,
} from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { formMessages } from "./form-messages.ts";
import { rgpdMessages } from "./messages.ts";
import { registersMessages } from "./registers-messages.ts";
import { RgpdLink, useOrgInput, RgpdPage } from "./space.tsx";
import type { RetentionOperation } from "./types.ts";

const t = registersMessages.retention;

type Row = Pick<
  RetentionOperation,
  | "id"
  | "data"
  | "fromEvent"
  | "action"
  | "dueOn"
  | "cutoffOn"
  | "final"
  | "status"
  | "informedBy"
  | "confirmedBy"
  | "declinedReason"
  | "doneBy"
  | "doneNote"
  | "doneAt"
> & {
  steps?: readonly RetentionStep[];
  processingName?: string;
  processingId?: string;
  orgName?: string;
};

function StepDialog({
  op,
  step,
  onClose,
  onDone,
}: {
  op: Row;
  step: RetentionStep;
  onClose(): void;
  onDone(message: string): Promise<void>;
}) {
  const utils = trpc.useUtils();
  const mutations = {
    inform: trpc.rgpd.retention.inform.useMutation(),
    confirm: trpc.rgpd.retention.confirm.useMutation(),
    decline: trpc.rgpd.retention.decline.useMutation(),
    "carry-out": trpc.rgpd.retention.carryOut.useMutation(),
  };
  const mutation = mutations[step];
  const schema =
    step === "decline"
      ? declineErasureInput
      : step === "carry-out"
        ? carryOutInput
        : retentionStepInput;
  const form = useSchemaForm(schema, mutation);
  // Declining asks for a reason, the other steps take a note: one text, named per step.
  const field = step === "decline" ? "reason" : "note";
  const layout = fieldLayout("operation", { [field]: ["texte", t.stepText[step]] });
  const f = useFields({ text: "" }, form.error, layout);
  return (
    <Dialog
      open
      title={`${RETENTION_STEP_LABELS[step]} — ${op.data}`}
      onClose={onClose}
      busy={mutation.isPending}
      size="wide"
    >
      <Form
        error={form.error}
        fields={layout}
        failed={t.failed}
        intro={<p>{t.stepLead[step](RETENTION_END_ACTION_LABELS[op.action])}</p>}
        onSubmit={() => {
          const checked = form.check({ operationId: op.id, [field]: f.values.text });
          if (!checked) return;
          (mutation.mutate as (input: unknown, options: { onSuccess(): Promise<void> }) => void)(
            checked,
            {
              async onSuccess() {
                await utils.rgpd.invalidate();
                await onDone(t.stepDone[step]);
              },
            },
          );
        }}
        actions={{
          submit: RETENTION_STEP_LABELS[step],
          submitting: formMessages.processing.saving,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: onClose },
        }}
      >
        <TextAreaField
          {...f.field("text", field)}
          required={step === "decline" || step === "carry-out"}
          rows={3}
        />
      </Form>
    </Dialog>
  );
}

export function RetentionTable({
  rows,
  caption,
  showProcessing,
  onDone,
}: {
  rows: readonly Row[];
  caption: string;
  showProcessing: boolean;
  onDone(message: string): Promise<void>;
}) {
  const [open, setOpen] = useState<{ op: Row; step: RetentionStep } | null>(null);
  const columns: Column<Row>[] = [
    { key: "due", header: t.due, cell: (o) => <CalendarDate value={o.dueOn} /> },
    ...(showProcessing
      ? [
          {
            key: "processing",
            header: t.processing,
            cell: (o: Row) => (
              <>
                {o.processingId ? (
                  <RgpdLink to="/rgpd/traitements/traitement" params={{ id: o.processingId }}>
                    {o.processingName}
                  </RgpdLink>
                ) : (
                  o.processingName
                )}
                {o.orgName ? (
                  <>
                    <br />
                    <span className="muted">{o.orgName}</span>
                  </>
                ) : null}
              </>
            ),
          },
        ]
      : []),
    {
      key: "data",
      header: t.data,
      rowHeader: true,
      cell: (o) => (
        <>
          {o.data}
          <br />
          <span className="muted">
            {o.final ? t.final : t.cutoff(o.fromEvent, formatCalendarDate(o.cutoffOn))}
          </span>
        </>
      ),
    },
    { key: "action", header: t.action, cell: (o) => RETENTION_END_ACTION_LABELS[o.action] },
    {
      key: "status",
      header: t.status,
      cell: (o) => (
        <>
          {RETENTION_OPERATION_STATUS_LABELS[o.status]}
          {o.doneBy ? (
            <>
              <br />
              <span className="muted">{t.doneBy(o.doneBy, o.doneNote ?? "")}</span>
            </>
          ) : null}
          {o.declinedReason ? (
            <>
              <br />
              <span className="muted">{o.declinedReason}</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: "steps",
      header: t.next,
      cell: (o) =>
        o.steps?.length ? (
          <div className="actions">
            {o.steps.map((step) => (
              <Button
                key={step}
                variant={step === "decline" ? "secondary" : "primary"}
                onClick={() => setOpen({ op: o, step })}
                of={o.data}
              >
                {RETENTION_STEP_LABELS[step]}
              </Button>
            ))}
          </div>
        ) : null,
    },
  ];
  return (
    <>
      <DataTable layout="cards" caption={caption} columns={columns} rows={rows} empty={t.empty} />
      {open ? (
        <StepDialog
          op={open.op}
          step={open.step}
          onClose={() => setOpen(null)}
          onDone={async (message) => {
            setOpen(null);
            await onDone(message);
          }}
        />
      ) : null}
    </>
  );
}

export function RetentionPage() {
  const schedule = trpc.rgpd.retention.schedule.useQuery({ ...useOrgInput(), since: "2000-01-01" });
  // A step done in its dialog takes its button away from the row: the message then takes the focus.
  const notice = useConfirmation();
  return (
    <RgpdPage
      title={rgpdMessages.sections.retention}
      lead={t.lead}
      back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
    >
      {notice.node}
      <Loaded query={schedule} loadingLabel={rgpdMessages.loading}>
        {(rows) => (
          <RetentionTable
            rows={rows}
            caption={t.caption(rows.length)}
            showProcessing
            onDone={async (message) => notice.show(message)}
          />
        )}
      </Loaded>
    </RgpdPage>
  );
}
