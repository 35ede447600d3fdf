/** Re-computing the hash chains on demand and saying, chain by chain, whether they hold. */
import {
  Alert,
  Button,
  type Column,
  DataTable,
  Status,
  formatNumber,
  plural,
  toFormError,
} from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { auditMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";

const t = auditMessages.verify;

type Report = RouterOutputs["audit"]["verify"][number];

export function VerifyPanel() {
  const orgs = useOrganisations();
  // Run only when asked: it reads every entry of every chain.
  const verify = trpc.audit.verify.useQuery(undefined, { enabled: false, gcTime: 0, retry: false });
  const reports = verify.data;
  const broken = reports?.filter((r) => !r.ok) ?? [];
  const entries = reports?.reduce((sum, r) => sum + r.entries, 0) ?? 0;

  const columns: Column<Report>[] = [
    {
      key: "chain",
      header: t.chain,
      rowHeader: true,
      cell: (r) => (r.chain === "global" ? t.global : orgs.nameOf(r.chain)),
    },
    { key: "entries", header: t.entries, numeric: true, cell: (r) => formatNumber(r.entries) },
    {
      key: "result",
      header: t.result,
      cell: (r) =>
        r.ok ? (
          <span className="badge badge-ok">{t.ok}</span>
        ) : (
          <strong className="text-danger">{t.broken(r.brokenAtSeq, r.reason)}</strong>
        ),
    },
  ];

  return (
    <section className="section" aria-labelledby="journal-integrite">
      <h2 id="journal-integrite">{t.title}</h2>
      <p className="prose">{t.intro}</p>
      <Button onClick={() => void verify.refetch()} busy={verify.isFetching} busyLabel={t.running}>
        {t.button}
      </Button>
      <Status>
        {reports && !verify.isFetching && broken.length === 0
          ? t.allOk(plural(reports.length, ...t.chains), plural(entries, ...t.entriesWord))
          : null}
      </Status>
      {verify.error ? <Alert>{toFormError(verify.error).message}</Alert> : null}
      {reports && broken.length > 0 ? <Alert>{t.someBroken(broken.length)}</Alert> : null}
      {reports ? (
        <DataTable caption={t.caption} columns={columns} rows={reports} rowKey={(r) => r.chain} />
      ) : null}
    </section>
  );
}
