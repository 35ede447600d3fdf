/** « Exporter » in CSV, XLSX or ODS: the file the API builds, downloaded, then announced. */
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from "@mutu/domain";
import { Alert, Button, type DownloadableFile, Status, useDownload } from "@mutu/ui";
import { dashboardMessages } from "./messages.ts";

const t = dashboardMessages.exports;

export function ExportButtons({
  id,
  fetchFile,
}: {
  id: string;
  fetchFile(format: ExportFormat): Promise<DownloadableFile>;
}) {
  const { busy, error, done, run } = useDownload<ExportFormat>(t.done);

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
              onClick={() => void run(format, () => fetchFile(format))}
            >
              {EXPORT_FORMAT_LABELS[format]}
            </Button>
          </li>
        ))}
      </ul>
      {error ? <Alert>{error.message}</Alert> : null}
      <Status>{done}</Status>
    </section>
  );
}
