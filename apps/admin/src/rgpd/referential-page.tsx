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
  Dialog,
  Form,
  FormPanel,
  Loaded,
  SelectField,
  Status,
  TextAreaField,
  TextField,
  fieldError,
  formatCalendarDate,
  useFormPanel,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type ReferenceDocument, RgpdPage, rgpdMessages } from "@mutu/web/rgpd";
import { useState } from "react";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

const t = rgpdAdminMessages.referential;
type Done = (message: string) => Promise<void>;

function PublishForm({ docs, onDone }: { docs: readonly ReferenceDocument[]; onDone: Done }) {
  const panel = useFormPanel();
  const publish = trpc.rgpd.referential.publish.useMutation();
  const form = useSchemaForm(publishReferenceDocumentInput, publish);
  const [v, setV] = useState({
    documentKey: "",
    kind: "",
    title: "",
    version: "",
    publishedOn: parisToday(),
    summary: "",
  });
  const set = (c: Partial<typeof v>) => setV((x) => ({ ...x, ...c }));
  const e = form.error?.fieldErrors;
  const keys = [...new Map(docs.map((d) => [d.documentKey, d])).values()];
  return (
    <FormPanel id="publication" toggle={t.publish} title={t.publish} state={panel}>
      <Form
        error={form.error}
        fields={[
          { name: "kind", id: "publication-type", label: t.kind },
          { name: "title", id: "publication-titre", label: t.titleField },
          { name: "version", id: "publication-version", label: t.version },
          { name: "publishedOn", id: "publication-date", label: t.publishedOn },
        ]}
        failed={t.failed}
        onSubmit={() => {
          const checked = form.check({ ...v, documentKey: v.documentKey || undefined });
          if (checked)
            publish.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(t.published);
              },
            });
        }}
        actions={{ submit: t.submit, submitting: t.saving, pending: publish.isPending }}
      >
        <SelectField
          id="publication-document"
          label={t.documentKey}
          value={v.documentKey}
          onChange={(x) => {
            const key = x.currentTarget.value;
            const doc = keys.find((d) => d.documentKey === key);
            set(doc ? { documentKey: key, kind: doc.kind, title: doc.title } : { documentKey: "" });
          }}
        >
          <option value="">{t.newDocument}</option>
          {keys.map((d) => (
            <option key={d.documentKey} value={d.documentKey}>
              {d.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="publication-type"
          label={t.kind}
          required
          value={v.kind}
          onChange={(x) => set({ kind: x.currentTarget.value })}
          error={fieldError(e, "kind")}
        >
          <option value="">—</option>
          {REFERENCE_DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {REFERENCE_DOCUMENT_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="publication-titre"
          label={t.titleField}
          required
          className="input input-wide"
          value={v.title}
          onChange={(x) => set({ title: x.currentTarget.value })}
          error={fieldError(e, "title")}
        />
        <div className="field-row">
          <TextField
            id="publication-version"
            label={t.version}
            required
            className="input input-short"
            value={v.version}
            onChange={(x) => set({ version: x.currentTarget.value })}
            error={fieldError(e, "version")}
          />
          <TextField
            id="publication-date"
            label={t.publishedOn}
            type="date"
            required
            className="input input-short"
            value={v.publishedOn}
            onChange={(x) => set({ publishedOn: x.currentTarget.value })}
            error={fieldError(e, "publishedOn")}
          />
        </div>
        <TextAreaField
          id="publication-resume"
          label={t.summary}
          rows={3}
          value={v.summary}
          onChange={(x) => set({ summary: x.currentTarget.value })}
          error={fieldError(e, "summary")}
        />
      </Form>
    </FormPanel>
  );
}

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
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [notifiedOn, setNotifiedOn] = useState(parisToday());
  const [means, setMeans] = useState("Courrier au directeur général des services");
  const e = form.error?.fieldErrors;
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
        fields={[
          { name: "orgIds", id: "notification-communes-0", label: t.communes },
          { name: "notifiedOn", id: "notification-envoi", label: t.notifiedOn },
          { name: "means", id: "notification-moyen", label: t.means },
        ]}
        failed={t.notifyFailed}
        onSubmit={() => {
          const checked = form.check({ documentId: doc.id, orgIds, notifiedOn, means });
          if (checked) notify.mutate(checked, { onSuccess: (r) => onDone(t.notified(r.notified)) });
        }}
        actions={{
          submit: t.notifySubmit,
          submitting: t.saving,
          pending: notify.isPending,
          cancel: { label: "Annuler", onCancel: onClose },
        }}
      >
        <CheckboxGroup
          id="notification-communes"
          legend={t.communes}
          required
          options={orgs.list
            .filter((o) => o.kind === "commune" && !already.has(o.id))
            .map((o) => ({ value: o.id, label: o.name }))}
          value={orgIds}
          onChange={setOrgIds}
          error={fieldError(e, "orgIds")}
        />
        <TextField
          id="notification-envoi"
          label={t.notifiedOn}
          type="date"
          required
          className="input input-short"
          value={notifiedOn}
          onChange={(x) => setNotifiedOn(x.currentTarget.value)}
          error={fieldError(e, "notifiedOn")}
        />
        <TextField
          id="notification-moyen"
          label={t.means}
          required
          className="input input-wide"
          value={means}
          onChange={(x) => setMeans(x.currentTarget.value)}
          error={fieldError(e, "means")}
        />
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
    {
      key: "title",
      header: t.document,
      rowHeader: true,
      cell: (d) => (
        <>
          {d.title}
          <br />
          <span className="muted">
            {REFERENCE_DOCUMENT_KIND_LABELS[d.kind]}, version {d.version}
          </span>
        </>
      ),
    },
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
        ) : (
          <span className="muted">{t.none}</span>
        ),
    },
    {
      key: "notify",
      header: <span className="visually-hidden">{t.notify}</span>,
      cell: (d) => (
        <Button variant="secondary" onClick={() => setNotifying(d)}>
          {t.notify}
          <span className="visually-hidden"> — {d.title}</span>
        </Button>
      ),
    },
  ];
  return (
    <AdminRgpd picker={false}>
      <RgpdPage
        title={t.title}
        lead={t.lead}
        back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
      >
        <Status>{notice}</Status>
        <Loaded query={docs} loadingLabel={rgpdMessages.loading}>
          {(rows) => (
            <>
              <PublishForm docs={rows} onDone={done} />
              <DataTable
                caption={t.caption(rows.length)}
                columns={columns}
                rows={rows}
                rowKey={(d) => d.id}
                empty={t.empty}
              />
            </>
          )}
        </Loaded>
        {notifying ? (
          <NotifyDialog doc={notifying} onClose={() => setNotifying(null)} onDone={done} />
        ) : null}
      </RgpdPage>
    </AdminRgpd>
  );
}
