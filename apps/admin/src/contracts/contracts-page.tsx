/**
 * « Contrats »: every contract and convention of the member communes with its status, next
 * renewal or end, and the amendments in preparation; importing an annex from a JSON file.
 */
import {
  type Column,
  FormPanel,
  Link,
  Page,
  Status,
  formatNumber,
  useFormPanel,
  useNotice,
  LoadedTable,
} from "@mutu/ui";
import { useState } from "react";
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
  const list = trpc.contracts.list.useQuery({});
  const canManage = can(me, "contracts.manage");
  const importing = useFormPanel();
  const [status, setStatus] = useState<string | null>(null);
  const notice = useNotice();

  return (
    <Page title={t.title} lead={t.lead}>
      <Status>{status ?? notice}</Status>
      {canManage ? (
        <FormPanel
          id="import-annexe"
          toggle={t.import.toggle}
          title={t.import.title}
          state={importing}
          onToggle={() => setStatus(null)}
        >
          <ImportAnnexForm
            onCancel={importing.close}
            onImported={(message) => {
              importing.close();
              setStatus(message);
            }}
          />
        </FormPanel>
      ) : null}
      <LoadedTable
        query={list}
        loadingLabel={t.loading}
        caption={(n) => t.caption(formatNumber(n))}
        columns={columns}
        layout="cards"
      />
    </Page>
  );
}
