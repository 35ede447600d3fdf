/**
 * « Contrats »: every contract and convention of the member communes with its status, next
 * renewal or end, and the amendments in preparation; importing an annex from a JSON file.
 */
import {
  Button,
  type Column,
  DataTable,
  Link,
  Loaded,
  Page,
  Status,
  formatNumber,
  useRoute,
} from "@mutu/ui";
import { useRef, useState } from "react";
import { can, trpc, useSession } from "@mutu/web";
import { membershipHref } from "../memberships/href.ts";
import { contractsMessages } from "./messages.ts";
import { ImportAnnexForm } from "./import-annex-form.tsx";
import { deadlineText, StatusBadge } from "./labels.tsx";
import type { ContractSummary } from "./types.ts";

const t = contractsMessages;

/** Where a row leads: a contract's page, or the membership of a convention's member. */
export function contractHref(c: Pick<ContractSummary, "id" | "kind" | "orgId">) {
  return c.kind === "convention"
    ? membershipHref(c.orgId)
    : `/contrats/contrat?id=${encodeURIComponent(c.id)}`;
}

const columns: Column<ContractSummary>[] = [
  { key: "commune", header: t.commune, rowHeader: true, cell: (c) => c.orgName },
  { key: "kind", header: t.kind, cell: (c) => t.kinds[c.kind] },
  { key: "status", header: t.status, cell: (c) => <StatusBadge status={c.status} /> },
  { key: "deadline", header: t.deadline, cell: (c) => deadlineText(c) },
  {
    key: "pending",
    header: t.pending,
    numeric: true,
    cell: (c) => (c.kind === "engagement" ? formatNumber(c.pendingAmendments ?? 0) : ""),
  },
  {
    key: "actions",
    header: t.actions,
    cell: (c) => (
      <Link to={contractHref(c)}>
        {t.open}
        <span className="visually-hidden">{t.openLabel(t.kinds[c.kind], c.orgName)}</span>
      </Link>
    ),
  },
];

export function ContractsPage() {
  const me = useSession();
  const route = useRoute();
  const list = trpc.contracts.list.useQuery({});
  const canManage = can(me, "contracts.manage");
  const [importing, setImporting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const notice = (route.state as { notice?: unknown } | null)?.notice;

  return (
    <Page title={t.title} lead={t.lead}>
      <Status>{status ?? (typeof notice === "string" ? notice : null)}</Status>
      {canManage ? (
        <>
          <div className="page-actions">
            <Button
              ref={toggle}
              variant="secondary"
              aria-expanded={importing}
              aria-controls="import-annexe"
              onClick={() => {
                setStatus(null);
                setImporting(!importing);
              }}
            >
              {t.import.toggle}
            </Button>
          </div>
          <section
            id="import-annexe"
            className="form-panel"
            aria-labelledby="import-annexe-titre"
            hidden={!importing}
          >
            <h2 id="import-annexe-titre">{t.import.title}</h2>
            <ImportAnnexForm
              onCancel={() => {
                setImporting(false);
                toggle.current?.focus();
              }}
              onImported={(message) => {
                setImporting(false);
                setStatus(message);
                toggle.current?.focus();
              }}
            />
          </section>
        </>
      ) : null}
      <Loaded query={list} loadingLabel={t.loading}>
        {(rows) => (
          <DataTable
            caption={t.caption(formatNumber(rows.length))}
            columns={columns}
            rows={rows}
            rowKey={(c) => c.id}
          />
        )}
      </Loaded>
    </Page>
  );
}
