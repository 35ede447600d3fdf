/**
 * « Journal d'audit »: the entries the person may see, newest first, filtered, paged with
 * « Charger plus »; and the integrity check of the chains.
 */
import {
  type Column,
  DataTable,
  DateTime,
  Loaded,
  Page,
  Status,
  formatNumber,
  useFormError,
  useRoute,
  LoadMoreButton,
  useLoadMore,
} from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { auditMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { AuditFiltersForm, filtersFrom } from "./audit-filters.tsx";
import { VerifyPanel } from "./verify-panel.tsx";

const t = auditMessages;
const PAGE_SIZE = 50;

type Entry = RouterOutputs["audit"]["list"]["entries"][number];

function json(value: unknown) {
  return JSON.stringify(value, null, 2);
}

function Details({ entry }: { entry: Entry }) {
  return (
    <details>
      <summary>
        {t.showDetails}
        <span className="visually-hidden">{t.detailsOf(entry.seq)}</span>
      </summary>
      <dl className="audit-details">
        {entry.before !== null && entry.before !== undefined ? (
          <>
            <dt>{t.before}</dt>
            <dd>
              <pre>{json(entry.before)}</pre>
            </dd>
          </>
        ) : null}
        {entry.after !== null && entry.after !== undefined ? (
          <>
            <dt>{t.after}</dt>
            <dd>
              <pre>{json(entry.after)}</pre>
            </dd>
          </>
        ) : null}
        <dt>{t.hash}</dt>
        <dd>
          <code className="hash">{entry.hash}</code>
        </dd>
      </dl>
    </details>
  );
}

export function AuditPage() {
  const { search } = useRoute();
  const orgs = useOrganisations();
  const filters = filtersFrom(search);
  // « N entrées affichées » belongs to the list it counted, not to the next filters'.
  const list = trpc.audit.list.useInfiniteQuery(
    { ...filters, limit: PAGE_SIZE },
    { getNextPageParam: (last) => last.nextCursor ?? undefined },
  );
  const { status, loadMore } = useLoadMore(list, t.loaded, (page) => page.entries);
  const error = useFormError(list.error);
  const refusal = error && Object.keys(error.fieldErrors).length ? list.error : null;

  const columns: Column<Entry>[] = [
    { key: "seq", header: t.seq, numeric: true, rowHeader: true, cell: (e) => e.seq },
    { key: "at", header: t.at, cell: (e) => <DateTime value={e.at} format="compact" /> },
    { key: "org", header: t.org, cell: (e) => orgs.nameOf(e.orgId) ?? t.noOrg },
    { key: "actor", header: t.author, cell: (e) => e.actorLabel ?? t.system },
    {
      key: "action",
      header: t.what,
      cell: (e) => (
        <>
          {t.actions[e.action] ?? e.action}
          <br />
          <code>{e.action}</code>
        </>
      ),
    },
    {
      key: "target",
      header: t.target,
      cell: (e) =>
        e.entity ? (
          <>
            {t.entities[e.entity] ?? e.entity}
            {e.entityId ? (
              <>
                <br />
                <code className="hash">{e.entityId}</code>
              </>
            ) : null}
          </>
        ) : null,
    },
    { key: "details", header: t.details, cell: (e) => <Details entry={e} /> },
  ];

  return (
    <Page title={t.title} lead={t.lead}>
      <AuditFiltersForm current={filters} organisations={orgs.list} refusal={refusal} />
      {/* A refusal of the filters is shown on the filters themselves. */}
      {refusal ? null : (
        <Loaded query={list}>
          {(data) => {
            const rows = data.pages.flatMap((page) => page.entries);
            return (
              <>
                <DataTable
                  caption={t.caption(formatNumber(rows.length), Boolean(list.hasNextPage))}
                  columns={columns}
                  rows={rows}
                  rowKey={(e) => String(e.seq)}
                />
                <LoadMoreButton
                  list={list}
                  onLoad={loadMore}
                  label={t.more}
                  busyLabel={t.loadingMore}
                />
              </>
            );
          }}
        </Loaded>
      )}
      <Status>{status}</Status>
      <VerifyPanel />
    </Page>
  );
}
