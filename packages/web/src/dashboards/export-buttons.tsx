/** « Exporter » in CSV, XLSX or ODS: the file the API builds, downloaded, then announced. */
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from "@mutu/domain";
import {
  Alert,
  Button,
  type DownloadableFile,
  downloadBase64File,
  Status,
  toFormError,
} from "@mutu/ui";
import { useState } from "react";
import { dashboardMessages } from "./messages.ts";

const t = dashboardMessages.exports;

export function ExportButtons({
  id,
  fetchFile,
}: {
  id: string;
  fetchFile(format: ExportFormat): Promise<DownloadableFile>;
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(format: ExportFormat) {
    setBusy(format);
    setError(null);
    setDone(null);
    try {
      const file = await fetchFile(format);
      downloadBase64File(file);
      setDone(t.done(file.filename));
    } catch (e) {
      setError(toFormError(e).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="section" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`}>{t.title}</h2>
      <p>{t.lead}</p>
      <ul className="inline-actions plain-list">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <Button
              variant="secondary"
              busy={busy === format}
              busyLabel={t.busy}
              disabled={busy !== null && busy !== format}
              onClick={() => void run(format)}
            >
              {EXPORT_FORMAT_LABELS[format]}
            </Button>
          </li>
        ))}
      </ul>
      {error ? <Alert>{error}</Alert> : null}
      <Status>{done}</Status>
    </section>
  );
}
