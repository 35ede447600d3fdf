/**
 * The « référentiel documentaire » the Métropole keeps (/rgpd/referentiel): each document and
 * version, its file, and its notification to each commune « par courrier au directeur des
 * services » with the acknowledgement; publishing a version and recording a notification.
 */
import {
  notifyReferenceInput,
  parisToday,
  publishReferenceDocumentInput,
  REFERENCE_DOCUMENT_KIND_LABELS,
  REFERENCE_DOCUMENT_KINDS,
} from "@mutu/domain";
import {
  Button,
  CalendarDate,
  CheckboxGroup,
  type Column,
  DataTable,
  DayField,
  Dialog,
  fieldLayout,
  Form,
  FormPanel,
  formActions,
  formatCalendarDate,
  labelled,
  Options,
  SelectField,
  TextAreaField,
  TextField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { documentColumn, type ReferenceDocument } from "@mutu/web/rgpd";
import { useState } from "react";
import { messages } from "../messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { rgpdAdminMessages } from "./messages.ts";
import { KeeperPage } from "./space.tsx";

const t = rgpdAdminMessages.referential;
type Done = (message: string) => Promise<void>;

const publishLayout = fieldLayout("publication", {
  kind: ["type", t.kind],
  title: ["intitule", t.titleField],
  version: ["version", t.version],
  publishedOn: ["date", t.publishedOn],
  summary: ["resume", t.summary],
});

function PublishForm({ docs, onDone }: { docs: readonly ReferenceDocument[]; onDone: Done }) {
  const panel = useFormPanel();
  const publish = trpc.rgpd.referential.publish.useMutation();
  const form = useSchemaForm(publishReferenceDocumentInput, publish);
  const initial = {
    documentKey: "",
    kind: "",
    title: "",
    version: "",
    publishedOn: parisToday(),
    summary: "",
  };
  const f = useFields(initial, form.error, publishLayout);
  const keys = [...new Map(docs.map((d) => [d.documentKey, d])).values()];
  const chosen = keys.find((d) => d.documentKey === f.values.documentKey);
  return (
    <FormPanel id="publication" toggle={t.publish} title={t.publish} state={panel}>
      <Form
        error={form.error}
        fields={publishLayout}
        failed={t.failed}
        onSubmit={() => {
          const checked = form.check({
            ...f.values,
            documentKey: f.values.documentKey || undefined,
          });
          if (checked)
            publish.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.published);
              },
            });
        }}
        actions={formActions({ submit: t.submit, submitting: t.saving }, publish.isPending)}
      >
        {/* The document chosen is sent with the form as it is; its title and type are taken up
            only on the button: going through the list with the arrows replaces nothing that was
            typed (RGAA 7.4). */}
        <SelectField
          id="publication-document"
          label={t.documentKey}
          value={f.values.documentKey}
          onChange={(x) => f.set({ documentKey: x.currentTarget.value })}
        >
          <Options
            empty={t.newDocument}
            options={keys.map((d) => ({ value: d.documentKey, label: d.title }))}
          />
        </SelectField>
        {chosen ? (
          <div className="actions">
            <Button
              variant="secondary"
              onClick={() => f.set({ kind: chosen.kind, title: chosen.title })}
            >
              {t.takeUp}
            </Button>
          </div>
        ) : null}
        <SelectField {...f.field("kind")} required>
          <option value="">—</option>
          <Options options={labelled(REFERENCE_DOCUMENT_KINDS, REFERENCE_DOCUMENT_KIND_LABELS)} />
        </SelectField>
        <TextField {...f.field("title")} required className="input input-wide" />
        <div className="field-row">
          <TextField {...f.field("version")} required className="input input-short" />
          <DayField {...f.field("publishedOn")} required />
        </div>
        <TextAreaField {...f.field("summary")} rows={3} />
      </Form>
    </FormPanel>
  );
}

const notifyLayout = fieldLayout("notification", {
  orgIds: ["communes-0", t.communes],
  notifiedOn: ["envoi", t.notifiedOn],
  means: ["moyen", t.means],
});

function NotifyDialog({
  doc,
  onClose,
  onDone,
}: {
  doc: ReferenceDocument;
  onClose(): void;
  onDone: Done;
}) {
  const orgs = useOrganisations();
  const notify = trpc.rgpd.referential.notify.useMutation();
  const form = useSchemaForm(notifyReferenceInput, notify);
  const already = new Set(doc.notifications.map((n) => n.orgId));
  const initial = {
    orgIds: [] as string[],
    notifiedOn: parisToday(),
    means: "Courrier au directeur général des services",
  };
  const f = useFields(initial, form.error, notifyLayout);
  return (
    <Dialog
      open
      title={t.notifyTitle(doc.title, doc.version)}
      onClose={onClose}
      busy={notify.isPending}
      size="wide"
    >
      <Form
        error={form.error}
        fields={notifyLayout}
        failed={t.notifyFailed}
        onSubmit={() => {
          const checked = form.check({ documentId: doc.id, ...f.values });
          if (checked) notify.mutate(checked, { onSuccess: (r) => onDone(t.notified(r.notified)) });
        }}
        actions={formActions({ submit: t.notifySubmit, submitting: t.saving }, notify.isPending, {
          label: messages.cancel,
          onCancel: onClose,
        })}
      >
        <CheckboxGroup
          required
          options={orgs.communes
            .filter((o) => !already.has(o.id))
            .map((o) => ({ value: o.id, label: o.name }))}
          {...f.group("orgIds")}
        />
        <DayField {...f.field("notifiedOn")} required />
        <TextField {...f.field("means")} required className="input input-wide" />
      </Form>
    </Dialog>
  );
}

export function ReferentialPage() {
  const docs = trpc.rgpd.referential.list.useQuery({});
  const utils = trpc.useUtils();
  const [notice, setNotice] = useState("");
  const [notifying, setNotifying] = useState<ReferenceDocument | null>(null);
  const done: Done = async (message) => {
    await utils.rgpd.referential.invalidate();
    setNotifying(null);
    setNotice(message);
  };
  const columns: Column<ReferenceDocument>[] = [
    documentColumn(t.document, (d) => (
      <span className="muted">
        {REFERENCE_DOCUMENT_KIND_LABELS[d.kind]}, version {d.version}
      </span>
    )),
    {
      key: "published",
      header: t.publishedOn,
      cell: (d) => <CalendarDate value={d.publishedOn} />,
    },
    {
      key: "notifications",
      header: t.notifications,
      cell: (d) =>
        d.notifications.length ? (
          // Folded under its count: the line of each of a dozen communes made every row a screen
          // tall, the document's own cell empty beside it.
          <details>
            <summary>
              {t.notificationsSummary(
                d.notifications.length,
                d.notifications.filter((n) => n.acknowledgedOn).length,
              )}
              <span className="visually-hidden">{t.notificationsOf(d.title, d.version)}</span>
            </summary>
            <ul className="plain-list">
              {d.notifications.map((n) => (
                <li key={n.id}>
                  {t.notificationLine(
                    n.orgName,
                    formatCalendarDate(n.notifiedOn),
                    n.acknowledgedOn ? formatCalendarDate(n.acknowledgedOn) : null,
                  )}
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <span className="muted">{t.none}</span>
        ),
    },
    {
      key: "notify",
      header: <span className="visually-hidden">{t.notify}</span>,
      cell: (d) => (
        <Button variant="secondary" onClick={() => setNotifying(d)} of={d.title}>
          {t.notify}
        </Button>
      ),
    },
  ];
  return (
    <KeeperPage title={t.title} lead={t.lead} notice={notice} query={docs}>
      {(rows) => (
        <>
          <PublishForm docs={rows} onDone={done} />
          <DataTable
            layout="cards"
            caption={t.caption(rows.length)}
            columns={columns}
            rows={rows}
            empty={t.empty}
          />
          {notifying ? (
            <NotifyDialog doc={notifying} onClose={() => setNotifying(null)} onDone={done} />
          ) : null}
        </>
      )}
    </KeeperPage>
  );
}
