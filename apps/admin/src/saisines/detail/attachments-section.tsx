/** « Pièces jointes »: every file, public or internal, each downloadable. */
import {
  Alert,
  Button,
  type Column,
  DataTable,
  Section,
  Status,
  downloadBase64File,
  formatDateTimeCompact,
  formatFileSize,
  toFormError,
} from "@mutu/ui";
import { COMMENT_VISIBILITY_LABELS } from "@mutu/domain";
import { useState } from "react";
import { messages } from "../../messages.ts";
import { trpc } from "../../trpc.ts";
import type { SaisineDetail } from "../types.ts";

const t = messages.saisines.detail.attachments;

type Attachment = SaisineDetail["attachments"][number];

export function AttachmentsSection({ saisine }: { saisine: SaisineDetail }) {
  const utils = trpc.useUtils();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(attachment: Attachment) {
    setBusy(attachment.id);
    setError(null);
    setStatus(null);
    try {
      const file = await utils.saisines.attachment.fetch({ attachmentId: attachment.id });
      downloadBase64File({
        filename: file.fileName,
        mimeType: file.mediaType,
        base64: file.contentBase64,
      });
      setStatus(t.downloaded(file.fileName));
    } catch (e) {
      setError(toFormError(e).message);
    } finally {
      setBusy(null);
    }
  }

  const columns: Column<Attachment>[] = [
    { key: "name", header: t.name, rowHeader: true, cell: (a) => a.fileName },
    { key: "size", header: t.size, numeric: true, cell: (a) => formatFileSize(a.sizeBytes) },
    {
      key: "visibility",
      header: t.visibility,
      cell: (a) => COMMENT_VISIBILITY_LABELS[a.visibility],
    },
    {
      key: "added",
      header: t.added,
      cell: (a) => t.addedBy(a.actorLabel, formatDateTimeCompact(a.createdAt)),
    },
    {
      key: "download",
      header: <span className="visually-hidden">{t.download}</span>,
      cell: (a) => (
        <Button
          variant="secondary"
          className="button-small"
          busy={busy === a.id}
          busyLabel={t.downloading}
          onClick={() => void download(a)}
        >
          {t.download}
          <span className="visually-hidden">{t.downloadLabel(a.fileName)}</span>
        </Button>
      ),
    },
  ];
  return (
    <Section id="saisine-pieces-jointes" title={messages.saisines.detail.contents.attachments}>
      {saisine.attachments.length ? (
        <DataTable
          caption={t.caption(saisine.attachments.length)}
          columns={columns}
          rows={saisine.attachments}
          rowKey={(a) => a.id}
        />
      ) : (
        <p className="muted">{t.none}</p>
      )}
      {error ? <Alert>{error}</Alert> : null}
      <Status>{status}</Status>
    </Section>
  );
}
