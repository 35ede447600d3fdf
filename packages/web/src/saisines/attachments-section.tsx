/**
 * « Pièces jointes »: the files the person may read, each downloadable. The service commun sees
 * the internal ones too, with a column saying who may read each.
 */
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
import { trpc } from "../trpc.ts";
import { saisineMessages } from "./messages.ts";
import type { SaisineDetail } from "./types.ts";

const t = saisineMessages.attachments;

type Attachment = SaisineDetail["attachments"][number];

type AttachmentsSectionProps = {
  saisine: SaisineDetail;
  /** Show who may read each file (public or internal). */
  showVisibility?: boolean;
};

export function AttachmentsSection({ saisine, showVisibility = false }: AttachmentsSectionProps) {
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
    ...(showVisibility
      ? [
          {
            key: "visibility",
            header: t.visibility,
            cell: (a: Attachment) => COMMENT_VISIBILITY_LABELS[a.visibility],
          },
        ]
      : []),
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
    <Section id="saisine-pieces-jointes" title={t.title}>
      {saisine.attachments.length ? (
        <DataTable
          layout="cards"
          caption={t.caption(saisine.attachments.length)}
          columns={columns}
          rows={saisine.attachments}
        />
      ) : (
        <p className="muted">{t.none}</p>
      )}
      {error ? <Alert>{error}</Alert> : null}
      <Status>{status}</Status>
    </Section>
  );
}
