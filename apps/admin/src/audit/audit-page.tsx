/**
 * « Journal d'audit »: the entries the person may see, newest first, filtered, paged with
 * « Charger plus »; and the integrity check of the chains.
 */
import {
  type Column,
  DataTable,
  DateTime,
  Page,
  PagedRows,
  formatNumber,
  useFormError,
  useRoute,
} from "@mutu/ui";
import { AUDIT_FIELD_LABELS, auditValueText } from "@mutu/domain";
import { type RouterOutputs, trpc } from "@mutu/web";
import { auditMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { AuditFiltersForm, filtersFrom } from "./audit-filters.tsx";
import { VerifyPanel } from "./verify-panel.tsx";

const t = auditMessages;
const PAGE_SIZE = 50;

type Entry = RouterOutputs["audit"]["list"]["entries"][number];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The fields of « avant » and « après » side by side, each named and said in French. */
function changes(entry: Entry) {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [
    ...new Set([
      ...(isRecord(entry.before) ? Object.keys(before) : []),
      ...(isRecord(entry.after) ? Object.keys(after) : []),
    ]),
  ];
  return keys.map((key) => ({
    key,
    label: AUDIT_FIELD_LABELS[key] ?? key,
    before: key in before ? auditValueText(key, before[key], entry.action) : null,
    after: key in after ? auditValueText(key, after[key], entry.action) : null,
    value: key in after ? after[key] : before[key],
  }));
}

/** A value as people read it; a document (a fiche, a measure) one named field a line. */
function FieldValue({ field, value, action }: { field: string; value: unknown; action: string }) {
  if (!isRecord(value) || Object.keys(value).length === 0)
    return <>{auditValueText(field, value, action)}</>;
  return (
    <dl className="audit-nested">
      {Object.entries(value).map(([key, inner]) => (
        <div key={key}>
          <dt>{AUDIT_FIELD_LABELS[key] ?? key}</dt>
          <dd>
            <FieldValue field={key} value={inner} action={action} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Details({ entry }: { entry: Entry }) {
  const rows = changes(entry);
  return (
    <details>
      <summary>
        {t.showDetails}
        <span className="visually-hidden">{t.detailsOf(entry.seq)}</span>
      </summary>
      {rows.length ? (
        <dl className="audit-details">
          {rows.map((r) => (
            <div key={r.key} className="audit-change">
              <dt>{r.label}</dt>
              <dd>
                {r.before !== null && r.after !== null && r.before !== r.after ? (
                  <>
                    {r.before} <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> {t.becomes} </span> {r.after}
                  </>
                ) : (
                  <FieldValue field={r.key} value={r.value} action={entry.action} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t.noDetails}</p>
      )}
      <p className="audit-hash">
        {t.hash} : <code className="hash">{entry.hash}</code>
      </p>
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
      cell: (e) => e.actionLabel,
    },
    {
      key: "target",
      header: t.target,
      cell: (e) =>
        e.entity ? (
          <span className="cell-stack">
            <span>{e.entityKindLabel}</span>
            {e.entityLabel ? <strong>{e.entityLabel}</strong> : null}
          </span>
        ) : null,
    },
    { key: "details", header: t.details, cell: (e) => <Details entry={e} /> },
  ];

  return (
    <Page title={t.title} lead={t.lead}>
      <AuditFiltersForm current={filters} organisations={orgs.list} refusal={refusal} />
      {/* A refusal of the filters is shown on the filters themselves. */}
      {refusal ? null : (
        <PagedRows list={list} rowsOf={(page) => page.entries} wording={t}>
          {(rows) => (
            <DataTable
              caption={t.caption(formatNumber(rows.length), Boolean(list.hasNextPage))}
              columns={columns}
              rows={rows}
              rowKey={(e) => String(e.seq)}
              layout="cards"
            />
          )}
        </PagedRows>
      )}
      <VerifyPanel />
    </Page>
  );
}
