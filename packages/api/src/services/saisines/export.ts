/**
 * The queue as the person filtered and sorted it, downloaded as CSV, XLSX or ODS: the same scope
 * and filters as the page (queue-scope.ts, query.ts), read page after page in the same
 * transaction, at most EXPORT_MAX_ROWS rows (the file says when it stopped).
 */
import {
  DUE_STATE_LABELS,
  parisToday,
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_STATUS_LABELS,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import {
  type Column,
  type ExportFormat,
  MEDIA_TYPES,
  writeSpreadsheet,
} from "../exports/spreadsheets.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { page, type QueueFilters } from "./query.ts";
import { assertQueueCaller, queueScope } from "./queue-scope.ts";

export const EXPORT_MAX_ROWS = 10_000;
const CHUNK = 1_000;

type Row = Awaited<ReturnType<typeof page>>["items"][number];

const COLUMNS: (Column & { cell(r: Row): string | Date | null })[] = [
  { header: "Référence", width: 18, cell: (r) => r.reference },
  { header: "Commune", width: 24, cell: (r) => r.orgName },
  { header: "Objet", width: 50, cell: (r) => r.title },
  { header: "Type", width: 10, cell: (r) => SAISINE_TYPE_LABELS[r.type] },
  { header: "Sous-domaine", width: 8, cell: (r) => r.subDomain },
  { header: "Nature", width: 14, cell: (r) => SAISINE_NATURE_LABELS[r.nature] },
  { header: "Criticité", width: 13, cell: (r) => SAISINE_CRITICALITY_LABELS[r.criticality] },
  { header: "Statut", width: 20, cell: (r) => SAISINE_STATUS_LABELS[r.status] },
  { header: "Canal", width: 18, cell: (r) => SAISINE_CHANNEL_LABELS[r.channel] },
  { header: "Demandeur", width: 24, cell: (r) => r.requesterLabel },
  { header: "Titulaire", width: 24, cell: (r) => r.assigneeLabel },
  { header: "Fonction du service commun", width: 30, cell: (r) => r.sharedServiceFunction },
  {
    header: "Centre de proximité",
    width: 24,
    cell: (r) => (r.proximityCentre ? (r.proximityCentreName ?? "oui") : null),
  },
  { header: "Déposée le", width: 17, kind: "datetime", cell: (r) => r.createdAt },
  {
    header: "Échéance de prise en compte",
    width: 17,
    kind: "datetime",
    cell: (r) => r.handlingDueAt,
  },
  { header: "Échéance de résolution", width: 17, kind: "datetime", cell: (r) => r.resolutionDueAt },
  {
    header: "Délais",
    width: 16,
    cell: (r) => (r.dueState === "none" ? null : DUE_STATE_LABELS[r.dueState]),
  },
];

export async function exportQueue(
  ctx: ServiceContext,
  input: Omit<QueueFilters, "cursor" | "limit"> & { format: ExportFormat },
) {
  assertQueueCaller(ctx, input);
  const now = ctx.now();
  const rows = await inTenant(ctx, async (tx) => {
    const { where } = await queueScope(tx, ctx, input);
    const all: Row[] = [];
    let cursor: string | undefined;
    do {
      const limit = Math.min(CHUNK, EXPORT_MAX_ROWS + 1 - all.length);
      const next = await page(tx, where, { ...input, cursor, limit }, now, false);
      all.push(...next.items);
      cursor = next.nextCursor ?? undefined;
    } while (cursor && all.length <= EXPORT_MAX_ROWS);
    return all;
  });
  const truncated = rows.length > EXPORT_MAX_ROWS;
  const kept = rows.slice(0, EXPORT_MAX_ROWS);
  const content = await writeSpreadsheet(
    [{ name: "Saisines", columns: COLUMNS, rows: kept.map((r) => COLUMNS.map((c) => c.cell(r))) }],
    input.format,
  );
  return {
    fileName: `saisines-${parisToday(now)}.${input.format}`,
    mediaType: MEDIA_TYPES[input.format],
    contentBase64: content.toString("base64"),
    rows: kept.length,
    truncated,
  };
}
