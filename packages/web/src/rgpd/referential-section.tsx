/**
 * The « référentiel documentaire » as a commune sees it: each version published by the Métropole,
 * when and how it was notified to the commune, and its acknowledgement — which the commune records.
 */
import {
  acknowledgeReferenceInput,
  parisToday,
  REFERENCE_DOCUMENT_KIND_LABELS,
} from "@mutu/domain";
import {
  Button,
  CalendarDate,
  type Column,
  DataTable,
  DayField,
  Dialog,
  fieldLayout,
  Form,
  formActions,
  Section,
  downloadBase64File,
  formatCalendarDate,
  useFields,
} from "@mutu/ui";
import { type ReactNode, useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { formMessages } from "./form-messages.ts";
import { organisationMessages as t } from "./organisation-messages.ts";
import type { ReferenceDocument } from "./types.ts";

type Notification = ReferenceDocument["notifications"][number];

const acknowledgeLayout = fieldLayout("accuse", {
  acknowledgedOn: ["date", t.acknowledgedOn],
});

function AcknowledgeDialog({
  doc,
  notification,
  onClose,
  onDone,
}: {
  doc: ReferenceDocument;
  notification: Notification;
  onClose(): void;
  onDone(message: string): Promise<void>;
}) {
  const mutation = trpc.rgpd.referential.acknowledge.useMutation();
  const form = useSchemaForm(acknowledgeReferenceInput, mutation);
  const f = useFields({ acknowledgedOn: parisToday() }, form.error, acknowledgeLayout);
  return (
    <Dialog open title={t.acknowledgeLabel(doc.title)} onClose={onClose} busy={mutation.isPending}>
      <Form
        error={form.error}
        fields={acknowledgeLayout}
        failed={t.acknowledgeFailed}
        onSubmit={() => {
          const checked = form.check({ notificationId: notification.id, ...f.values });
          if (checked) mutation.mutate(checked, { onSuccess: () => onDone(t.acknowledgedDone) });
        }}
        actions={formActions({ submit: t.acknowledge, submitting: t.saving }, mutation.isPending, {
          label: formMessages.cancel,
          onCancel: onClose,
        })}
      >
        <DayField {...f.field("acknowledgedOn")} required />
      </Form>
    </Dialog>
  );
}

/** A reference document's title, its row's header, then what `below` says of it. */
export function documentColumn(
  header: string,
  below: (d: ReferenceDocument) => ReactNode,
): Column<ReferenceDocument> {
  return {
    key: "title",
    header,
    rowHeader: true,
    cell: (d) => (
      <>
        {d.title}
        <br />
        {below(d)}
      </>
    ),
  };
}

export function ReferentialSection({
  docs,
  canAcknowledge,
  onDone,
}: {
  docs: readonly ReferenceDocument[];
  canAcknowledge: boolean;
  onDone(message: string): Promise<void>;
}) {
  const utils = trpc.useUtils();
  const [open, setOpen] = useState<{ doc: ReferenceDocument; notification: Notification } | null>(
    null,
  );
  const columns: Column<ReferenceDocument>[] = [
    documentColumn(t.document, (d) => (
      <>
        <span className="muted">{REFERENCE_DOCUMENT_KIND_LABELS[d.kind]}</span>
        {d.files.map((f) => (
          <span key={f.id}>
            <br />
            <Button
              variant="link"
              onClick={async () =>
                downloadBase64File(await utils.rgpd.documents.download.fetch({ documentId: f.id }))
              }
            >
              {f.fileName}
            </Button>
          </span>
        ))}
      </>
    )),
    { key: "version", header: t.version, cell: (d) => d.version },
    { key: "published", header: t.published, cell: (d) => <CalendarDate value={d.publishedOn} /> },
    {
      key: "notification",
      header: t.notification,
      cell: (d) => {
        const [n] = d.notifications;
        if (!n) return <span className="muted">{t.notNotified}</span>;
        return (
          <>
            {t.notified(formatCalendarDate(n.notifiedOn), n.means)}
            <br />
            {n.acknowledgedOn ? (
              t.acknowledged(formatCalendarDate(n.acknowledgedOn))
            ) : canAcknowledge ? (
              <Button
                variant="secondary"
                onClick={() => setOpen({ doc: d, notification: n })}
                of={d.title}
              >
                {t.acknowledge}
              </Button>
            ) : (
              <span className="muted">{t.notAcknowledged}</span>
            )}
          </>
        );
      },
    },
  ];
  return (
    <Section id="referentiel" title={t.referential} lead={t.referentialLead}>
      <DataTable
        layout="cards"
        caption={t.referentialCaption(docs.length)}
        columns={columns}
        rows={docs}
        empty={t.noDocument}
      />
      {open ? (
        <AcknowledgeDialog
          {...open}
          onClose={() => setOpen(null)}
          onDone={async (message) => {
            setOpen(null);
            await onDone(message);
          }}
        />
      ) : null}
    </Section>
  );
}
