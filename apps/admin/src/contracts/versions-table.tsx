/** The versions of a contract, drafts included: period, state, and the annex of each as a JSON file. */
import { Button, CalendarDate, type Column, DataTable, Link, downloadText } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "@mutu/web";
import { contractsMessages } from "./messages.ts";
import { versionLabel } from "./labels.tsx";
import type { VersionSummary } from "./types.ts";
import { dayBefore } from "@mutu/domain";

const t = contractsMessages.contract;

function state(v: VersionSummary) {
  if (v.status === "draft") return <span className="badge badge-warning">{t.draft}</span>;
  if (v.inForce) return <span className="badge badge-ok">{t.inForce}</span>;
  if (v.effectiveTo === null) return <span className="badge badge-info">{t.future}</span>;
  return <span className="badge badge-off">{t.past}</span>;
}

function DownloadButton({ version }: { version: VersionSummary }) {
  const utils = trpc.useUtils();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const { version: full } = await utils.contracts.version.fetch({ versionId: version.id });
      const name = `annexe-${full.annex.commune.slug}-v${full.seq}.json`;
      downloadText(`${JSON.stringify(full.annex, null, 2)}\n`, name, "application/json");
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button
      variant="secondary"
      className="button-small"
      busy={busy}
      busyLabel={t.downloading}
      onClick={() => void download()}
    >
      {t.download}
      <span className="visually-hidden">{t.downloadLabel(versionLabel(version))}</span>
    </Button>
  );
}

const columns: Column<VersionSummary>[] = [
  { key: "version", header: t.version, rowHeader: true, cell: (v) => versionLabel(v) },
  { key: "subject", header: t.subject, cell: (v) => v.subject ?? "" },
  { key: "state", header: t.state, cell: state },
  {
    key: "signedOn",
    header: t.signedOnCol,
    cell: (v) =>
      v.status === "draft" ? "" : v.signedOn ? <CalendarDate value={v.signedOn} /> : t.undated,
  },
  { key: "from", header: t.from, cell: (v) => <CalendarDate value={v.effectiveFrom} /> },
  {
    key: "to",
    header: t.to,
    cell: (v) => <CalendarDate value={v.effectiveTo ? dayBefore(v.effectiveTo) : null} />,
  },
  {
    key: "actions",
    header: contractsMessages.actions,
    cell: (v) => (
      <div className="inline-actions">
        {v.status === "draft" ? (
          <Link to={`/contrats/avenant?id=${encodeURIComponent(v.id)}`}>
            {t.resume}
            <span className="visually-hidden">{t.resumeLabel(versionLabel(v))}</span>
          </Link>
        ) : null}
        <DownloadButton version={v} />
      </div>
    ),
  },
];

export function VersionsTable({ versions }: { versions: readonly VersionSummary[] }) {
  return <DataTable caption={t.versionsCaption} columns={columns} rows={versions} layout="cards" />;
}
