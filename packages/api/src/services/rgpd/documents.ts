/**
 * Documents of the registers (technical documentation, evidence, answers, reference files): they
 * travel as base64 behind the same authentication, permission and tenancy as every call, are
 * checked like a saisine's attachments (name, declared type, size, first bytes) and, once stored,
 * are never replaced — a new document is added.
 */
import { createHash } from "node:crypto";
import { checkAttachment, type DocumentSubject, matchesFileSignature } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { asc, eq, inArray } from "drizzle-orm";
import { notFound, fieldRefusal } from "../../errors.ts";
import { actorColumns, actorFrom } from "../saisines/history.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { assertPermission, leaveTrail } from "./context.ts";
import { subjectOrg } from "./subjects.ts";

const { rgpdDocuments } = schema;

const refused = (message: string) => fieldRefusal("file", message);

/** The file, decoded and checked, or the reason it is refused (nothing is stored then). */
export function checkedFile(input: { fileName: string; mediaType: string; contentBase64: string }) {
  const base64 = input.contentBase64.replace(/\s+/g, "");
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw refused("Le contenu du fichier est illisible (base64 attendu).");
  const content = Buffer.from(base64, "base64");
  const check = checkAttachment({
    name: input.fileName,
    size: content.length,
    type: input.mediaType,
  });
  if (!check.ok) throw refused(check.error);
  if (!matchesFileSignature(check.extension, content.subarray(0, 64)))
    throw refused(
      `Le contenu du fichier « ${input.fileName} » ne correspond pas à un fichier .${check.extension} : il a été refusé.`,
    );
  return {
    content,
    mediaType: check.mimeType,
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}

export async function uploadDocument(
  ctx: ServiceContext,
  input: {
    subject: DocumentSubject;
    subjectId: string;
    title: string;
    fileName: string;
    mediaType: string;
    contentBase64: string;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const file = checkedFile(input);
  return inTenant(ctx, async (tx) => {
    const orgId = await subjectOrg(tx, ctx.caller, input.subject, input.subjectId);
    const title = input.title || input.fileName;
    const [row] = await tx
      .insert(rgpdDocuments)
      .values({
        orgId,
        subject: input.subject,
        subjectId: input.subjectId,
        title,
        fileName: input.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.content.length,
        sha256: file.sha256,
        content: file.content,
        ...actorColumns(actorFrom(ctx.caller)),
        createdAt: ctx.now(),
      })
      .returning(documentColumns);
    if (!row) throw new Error("document insert returned nothing");
    await leaveTrail(tx, ctx, {
      orgId,
      subject: input.subject,
      subjectId: input.subjectId,
      kind: "document-added",
      summary: `Document joint : ${title} (${input.fileName}).`,
      after: { documentId: row.id, fileName: input.fileName, sha256: file.sha256 },
    });
    return row;
  });
}

const documentColumns = {
  id: rgpdDocuments.id,
  subjectId: rgpdDocuments.subjectId,
  title: rgpdDocuments.title,
  fileName: rgpdDocuments.fileName,
  mediaType: rgpdDocuments.mediaType,
  sizeBytes: rgpdDocuments.sizeBytes,
  sha256: rgpdDocuments.sha256,
  addedBy: rgpdDocuments.actorLabel,
  createdAt: rgpdDocuments.createdAt,
};

/** The documents of one record (their description, not their content), oldest first. */
export function documentsOf(tx: Tx, subjectId: string) {
  return tx
    .select(documentColumns)
    .from(rgpdDocuments)
    .where(eq(rgpdDocuments.subjectId, subjectId))
    .orderBy(asc(rgpdDocuments.createdAt));
}

/** The documents of several records at once (the référentiel's versions, an export). */
export function documentsOfMany(tx: Tx, subjectIds: string[]) {
  if (subjectIds.length === 0) return Promise.resolve([]);
  return tx
    .select(documentColumns)
    .from(rgpdDocuments)
    .where(inArray(rgpdDocuments.subjectId, subjectIds))
    .orderBy(asc(rgpdDocuments.createdAt));
}

export async function downloadDocument(ctx: ServiceContext, input: { documentId: string }) {
  return inTenant(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(rgpdDocuments)
      .where(eq(rgpdDocuments.id, input.documentId));
    if (!row) throw notFound("Document");
    return {
      filename: row.fileName,
      mimeType: row.mediaType,
      base64: row.content.toString("base64"),
    };
  });
}
