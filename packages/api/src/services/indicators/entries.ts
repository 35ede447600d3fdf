/**
 * Entered measures as they are read: the latest of each indicator and period (the one in force,
 * with how many it replaced), the history of one period, and an entry's evidence file.
 */
import { schema, type Tx } from "@mutu/db";
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import { notFound } from "../../errors.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { prepared } from "../saisines/prepared.ts";

const { indicatorEntries } = schema;

/** Every column but the file's bytes. */
const entryColumns = {
  id: indicatorEntries.id,
  indicator: indicatorEntries.indicator,
  periodKey: indicatorEntries.periodKey,
  measuredOn: indicatorEntries.measuredOn,
  value: indicatorEntries.value,
  note: indicatorEntries.note,
  evidenceUrl: indicatorEntries.evidenceUrl,
  evidenceFileName: indicatorEntries.evidenceFileName,
  evidenceMediaType: indicatorEntries.evidenceMediaType,
  evidenceSizeBytes: indicatorEntries.evidenceSizeBytes,
  actorLabel: indicatorEntries.actorLabel,
  authorFunctions: indicatorEntries.authorFunctions,
  createdAt: indicatorEntries.createdAt,
};

type EntryRow = {
  id: string;
  indicator: string;
  periodKey: string;
  measuredOn: string;
  value: Record<string, unknown>;
  note: string | null;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
  evidenceMediaType: string | null;
  evidenceSizeBytes: number | null;
  actorLabel: string;
  authorFunctions: string[];
  createdAt: Date;
  replaced: number;
};

export function entryOf(row: EntryRow) {
  return {
    id: row.id,
    indicator: row.indicator,
    periodKey: row.periodKey,
    measuredOn: row.measuredOn,
    value: row.value,
    note: row.note,
    evidence: row.evidenceUrl
      ? { kind: "link" as const, url: row.evidenceUrl }
      : {
          kind: "file" as const,
          fileName: row.evidenceFileName ?? "",
          mediaType: row.evidenceMediaType ?? "",
          sizeBytes: row.evidenceSizeBytes ?? 0,
        },
    authorLabel: row.actorLabel,
    authorFunctions: row.authorFunctions,
    createdAt: row.createdAt,
    replaced: row.replaced,
  };
}
export type Entry = ReturnType<typeof entryOf>;

/** The entry in force of each indicator and period overlapping [from, to). */
export async function latestEntries(tx: Tx, orgId: string, from: string, to: string) {
  const rows = await prepared(
    tx
      .selectDistinctOn([indicatorEntries.indicator, indicatorEntries.periodKey], {
        ...entryColumns,
        replaced: sql<number>`(count(*) over (partition by ${indicatorEntries.indicator}, ${indicatorEntries.periodKey}) - 1)::int`,
      })
      .from(indicatorEntries)
      .where(
        and(
          eq(indicatorEntries.orgId, orgId),
          lt(indicatorEntries.periodFrom, to),
          gt(indicatorEntries.periodTo, from),
        ),
      )
      .orderBy(
        indicatorEntries.indicator,
        indicatorEntries.periodKey,
        desc(indicatorEntries.createdAt),
      ),
  );
  return new Map(rows.map((r) => [`${r.indicator}|${r.periodKey}`, entryOf(r)]));
}

/** Every entry of one indicator and period, the one in force first. */
export async function entryHistory(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; indicator: string; period: string },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select(entryColumns)
      .from(indicatorEntries)
      .where(
        and(
          eq(indicatorEntries.orgId, orgId),
          eq(indicatorEntries.indicator, input.indicator),
          eq(indicatorEntries.periodKey, input.period),
        ),
      )
      .orderBy(desc(indicatorEntries.createdAt));
    return { entries: rows.map((row, i) => entryOf({ ...row, replaced: rows.length - 1 - i })) };
  });
}

/** An entry's evidence file (row-level security keeps other tenants' out: « introuvable »). */
export async function evidenceFile(ctx: ServiceContext, input: { entryId: string }) {
  return inTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({
        fileName: indicatorEntries.evidenceFileName,
        mediaType: indicatorEntries.evidenceMediaType,
        content: indicatorEntries.evidenceContent,
      })
      .from(indicatorEntries)
      .where(eq(indicatorEntries.id, input.entryId));
    if (!row?.content || !row.fileName || !row.mediaType) throw notFound("Pièce justificative");
    return {
      filename: row.fileName,
      mimeType: row.mediaType,
      base64: row.content.toString("base64"),
    };
  });
}
