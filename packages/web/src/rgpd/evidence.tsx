/**
 * What every record of the registers shows at its foot: its steps (who did what, when — the
 * evidence of V-b and V-d), its documents with a form to join one, and the 72-hour countdown a
 * breach runs against.
 */
import { uploadRgpdDocumentInput } from "@mutu/domain";
import {
  Button,
  type Column,
  DataTable,
  DateTime,
  fieldLayout,
  Form,
  FormPanel,
  Section,
  Status,
  TextField,
  downloadBase64File,
  fieldError,
  formActions,
  formatFileSize,
  readFileAsBase64,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { useEffect, useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { rgpdMessages } from "./messages.ts";
import type { RgpdDocument, RgpdEvent } from "./types.ts";

export function EvidenceSection({ events }: { events: readonly RgpdEvent[] }) {
  const t = rgpdMessages.evidence;
  const columns: Column<RgpdEvent>[] = [
    { key: "at", header: t.at, cell: (e) => <DateTime value={e.at} format="compact" /> },
    {
      key: "what",
      header: t.what,
      rowHeader: true,
      cell: (e) => <span className="text-block">{e.summary}</span>,
    },
    { key: "who", header: t.who, cell: (e) => e.actor },
  ];
  return (
    <Section id="preuves" title={t.title} lead={t.lead}>
      <DataTable
        layout="cards"
        caption={t.caption}
        columns={columns}
        rows={events}
        rowKey={(e) => `${e.at}-${e.kind}-${e.summary}`}
        empty={t.empty}
      />
    </Section>
  );
}

const docFields = fieldLayout("document", {
  title: ["intitule", rgpdMessages.documents.titleField],
  fileName: ["fichier", rgpdMessages.documents.file],
});

export function DocumentsSection({
  subject,
  subjectId,
  documents,
  canAdd,
  onAdded,
}: {
  subject: "processing" | "breach" | "request" | "reference";
  subjectId: string;
  documents: readonly RgpdDocument[];
  canAdd: boolean;
  onAdded(): Promise<unknown>;
}) {
  const t = rgpdMessages.documents;
  const utils = trpc.useUtils();
  const upload = trpc.rgpd.documents.upload.useMutation();
  const form = useSchemaForm(uploadRgpdDocumentInput, upload);
  const panel = useFormPanel();
  const f = useFields({ title: "" }, form.error, docFields);
  const { title } = f.values;
  const [file, setFile] = useState<File | null>(null);
  const [notice, setNotice] = useState("");

  async function download(doc: RgpdDocument) {
    downloadBase64File(await utils.rgpd.documents.download.fetch({ documentId: doc.id }));
  }

  async function submit() {
    const contentBase64 = file ? await readFileAsBase64(file) : "";
    const checked = form.check(
      {
        subject,
        subjectId,
        title,
        fileName: file?.name ?? "",
        mediaType: file?.type ?? "",
        contentBase64,
      },
      (errors) => {
        if (!file) errors.fileName = [t.chooseFile];
      },
    );
    if (!checked) return;
    upload.mutate(checked, {
      async onSuccess() {
        await onAdded();
        setNotice(t.added_(title || file?.name || ""));
        f.reset();
        setFile(null);
        panel.close();
      },
    });
  }

  const columns: Column<RgpdDocument>[] = [
    {
      key: "name",
      header: t.name,
      rowHeader: true,
      cell: (d) => (
        <>
          {d.title}
          <br />
          <span className="muted">{d.fileName}</span>
        </>
      ),
    },
    {
      key: "added",
      header: t.added,
      cell: (d) => (
        <>
          {d.addedBy}, <DateTime value={d.createdAt} format="compact" />
        </>
      ),
    },
    { key: "size", header: t.size, numeric: true, cell: (d) => formatFileSize(d.sizeBytes) },
    {
      key: "download",
      header: <span className="visually-hidden">{t.download}</span>,
      cell: (d) => (
        <Button variant="link" onClick={() => void download(d)}>
          {t.download}
          <span className="visually-hidden"> {d.title}</span>
        </Button>
      ),
    },
  ];
  return (
    <Section id="documents" title={t.title} lead={t.lead}>
      <Status>{notice}</Status>
      <DataTable
        layout="cards"
        caption={t.caption(documents.length)}
        columns={columns}
        rows={documents}
        empty={t.empty}
      />
      {canAdd ? (
        <FormPanel id="document-ajout" toggle={t.add} title={t.add} headingLevel={3} state={panel}>
          <Form
            error={form.error}
            fields={docFields}
            failed={t.failed}
            onSubmit={submit}
            actions={formActions(t, upload.isPending)}
          >
            <TextField {...f.field("title")} hint={t.titleHint} />
            <TextField
              id="document-fichier"
              label={t.file}
              hint={t.fileHint}
              type="file"
              required
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
              error={[
                ...fieldError(form.error?.fieldErrors, "fileName"),
                ...fieldError(form.error?.fieldErrors, "file"),
              ]}
            />
          </Form>
        </FormPanel>
      ) : null}
    </Section>
  );
}

/** Hours and minutes left before `deadline` (or past it), refreshed every minute. */
export function Countdown({ deadline, stopped }: { deadline: string; stopped?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (stopped) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [stopped]);
  const left = new Date(deadline).getTime() - now;
  const minutes = Math.floor(Math.abs(left) / 60_000);
  const text =
    left >= 0
      ? rgpdMessages.countdown.remaining(Math.floor(minutes / 60), minutes % 60)
      : rgpdMessages.countdown.overdue(Math.floor(minutes / 60), minutes % 60);
  return <span className={left >= 0 ? "badge badge-warning" : "badge badge-danger"}>{text}</span>;
}
