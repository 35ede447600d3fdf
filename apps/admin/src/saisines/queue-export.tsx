/**
 * The filtered queue, as sorted, downloaded as CSV, XLSX or ODS (at most 10 000 saisines; the
 * person is told when there were more).
 */
import { Button, downloadBase64File } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { useState } from "react";
import { saisinesMessages } from "./messages.ts";
import type { QueueInput } from "./types.ts";

const t = saisinesMessages.export;
const FORMATS = ["csv", "xlsx", "ods"] as const;

export function QueueExport({
  input,
  onDone,
}: {
  input: Omit<QueueInput, "limit" | "cursor">;
  onDone(message: string): void;
}) {
  const utils = trpc.useUtils();
  const [busy, setBusy] = useState<(typeof FORMATS)[number] | null>(null);

  async function download(format: (typeof FORMATS)[number]) {
    setBusy(format);
    try {
      const file = await utils.saisines.export.fetch({ ...input, format });
      downloadBase64File({
        filename: file.fileName,
        mimeType: file.mediaType,
        base64: file.contentBase64,
      });
      onDone(t.done(file.fileName, file.rows, file.truncated));
    } catch {
      onDone(t.failed);
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset className="inline-actions queue-export">
      <legend className="queue-export-legend">{t.label}</legend>
      {FORMATS.map((format) => (
        <Button
          key={format}
          variant="secondary"
          busy={busy === format}
          busyLabel={t.busy}
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {t.formats[format]}
        </Button>
      ))}
    </fieldset>
  );
}
