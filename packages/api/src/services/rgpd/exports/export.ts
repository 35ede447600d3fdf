/**
 * Exporting a commune's registers: one register in one format (PDF, CSV, ODS, JSON), or the
 * commune's full file — every register in every format and the documents attached to its records —
 * as one zip archive (V-h: the commune can see every register and the technical documentation
 * concerning it). Files travel in the procedure's output, base64, behind the same authentication,
 * permission and tenancy as every read; each export is written to the audit trail.
 */
import { frenchDateTime } from "@mutu/domain";
import { openAuditChain, schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { strToU8, zipSync, type Zippable } from "fflate";
import { actorOf } from "../../../auth/caller.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../../tenant.ts";
import { orgOf, today } from "../context.ts";
import { writeSpreadsheet } from "../../exports/spreadsheets.ts";
import { jsonOf, sheetOf } from "./formats.ts";
import { pdfOf } from "./pdf.ts";
import {
  REGISTER_FILES,
  REGISTER_TITLES,
  REGISTERS,
  type Register,
  registerRecords,
} from "./registers.ts";

const { rgpdDocuments } = schema;

export const EXPORT_FORMATS = ["pdf", "csv", "ods", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const MIME: Record<ExportFormat | "zip", string> = {
  pdf: "application/pdf",
  csv: "text/csv;charset=utf-8",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  json: "application/json",
  zip: "application/zip",
};

type Edition = { organisation: string; controller: boolean; editedAt: string; editedBy: string };

async function render(
  format: ExportFormat,
  register: Register,
  edition: Edition,
  content: Awaited<ReturnType<typeof registerRecords>>,
) {
  const title = REGISTER_TITLES[register];
  const doc = { ...edition, title, register, ...content };
  if (format === "pdf") return pdfOf(doc);
  if (format === "json") return jsonOf(doc);
  return writeSpreadsheet([sheetOf(title, content.records)], format);
}

async function edition(ctx: ServiceContext, orgId: string) {
  return inTenant(ctx, async (tx) => {
    const org = await orgOf(tx, orgId);
    return {
      org,
      edition: {
        organisation: org.name,
        controller: org.kind === "commune",
        editedAt: frenchDateTime(ctx.now()),
        editedBy: actorOf(ctx.caller).label,
      },
    };
  });
}

async function auditExport(ctx: ServiceContext, orgId: string, what: object) {
  await inTenant(ctx, async (tx) =>
    (await openAuditChain(tx, orgId)).append({
      orgId,
      actor: actorOf(ctx.caller),
      action: "rgpd.export",
      entity: "register",
      entityId: orgId,
      after: what,
    }),
  );
}

export async function exportRegister(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; register: Register; format: ExportFormat },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const day = today(ctx);
  const { org, edition: e } = await edition(ctx, orgId);
  const content = await inTenant(ctx, (tx) => registerRecords(tx, ctx, orgId, input.register, day));
  const file = await render(input.format, input.register, e, content);
  await auditExport(ctx, orgId, { register: input.register, format: input.format });
  return {
    filename: `${REGISTER_FILES[input.register]}-${org.slug}-${day}.${input.format}`,
    mimeType: MIME[input.format],
    base64: file.toString("base64"),
  };
}

/** A name safe in any archive tool: no path, no control character. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\p{Cc}]/gu, "_").slice(0, 120);

export async function exportArchive(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const day = today(ctx);
  const { org, edition: e } = await edition(ctx, orgId);
  const files: Zippable = {};
  const registers = REGISTERS.filter((r) => r !== "processors" || org.kind === "commune");
  for (const register of registers) {
    const content = await inTenant(ctx, (tx) => registerRecords(tx, ctx, orgId, register, day));
    for (const format of EXPORT_FORMATS)
      files[`${REGISTER_FILES[register]}.${format}`] = await render(format, register, e, content);
  }
  const documents = await inTenant(ctx, (tx) =>
    tx.select().from(rgpdDocuments).where(eq(rgpdDocuments.orgId, orgId)),
  );
  for (const d of documents)
    files[
      `documents/${d.subject}-${d.subjectId.slice(0, 8)}-${d.id.slice(0, 8)}-${safeName(d.fileName)}`
    ] = d.content;
  files["LISEZMOI.txt"] = strToU8(
    [
      `Dossier RGPD — ${org.name}`,
      `Édité le ${e.editedAt} par ${e.editedBy}, depuis mutu.`,
      "",
      ...registers.map(
        (r) => `${REGISTER_FILES[r]}.* : ${REGISTER_TITLES[r]} (PDF, CSV, ODS, JSON).`,
      ),
      "documents/ : la documentation technique et les pièces jointes aux enregistrements.",
      "",
    ].join("\r\n"),
  );
  const zipped = Buffer.from(zipSync(files, { level: 6 }));
  await auditExport(ctx, orgId, { archive: true, documents: documents.length });
  return {
    filename: `dossier-rgpd-${org.slug}-${day}.zip`,
    mimeType: MIME.zip,
    base64: zipped.toString("base64"),
  };
}
