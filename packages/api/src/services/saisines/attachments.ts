/**
 * Attachments travel as base64 in the procedure's JSON (behind the same authentication, CSRF
 * check, permission and tenancy as every call). Everything is checked before storage (files.ts);
 * a refusal writes nothing.
 */
import { ATTACHMENT_MAX_PER_SAISINE, isFinalSaisineStatus } from "@mutu/domain";
import { schema } from "@mutu/db";
import { count, eq } from "drizzle-orm";
import { forbidden, notFound } from "../../errors.ts";
import { checkedFile, refusedFile as refused } from "../files.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { canSee, sideOf, shareLockSaisine } from "./access.ts";
import { actorFrom, auditSaisine, insertEvents, recordChange } from "./history.ts";

const { saisineAttachments, saisines } = schema;

export type UploadInput = {
  saisineId: string;
  fileName: string;
  mediaType: string;
  contentBase64: string;
  visibility: "public" | "interne";
};

export async function uploadAttachment(ctx: ServiceContext, input: UploadInput) {
  const { caller } = ctx;
  const side = sideOf(caller);
  if (!caller.permissions.includes(side === "operator" ? "saisines.manage" : "saisines.create"))
    throw forbidden();
  if (side === "commune" && input.visibility === "interne")
    throw refused("Les pièces jointes internes sont réservées au service commun.", "visibility");
  const { fileName, mimeType, content, sha256 } = checkedFile(input);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const row = await shareLockSaisine(tx, caller, input.saisineId);
    if (isFinalSaisineStatus(row.status))
      throw refused("La saisine est close : elle ne reçoit plus de pièce jointe.");
    const [attached] = await tx
      .select({ n: count() })
      .from(saisineAttachments)
      .where(eq(saisineAttachments.saisineId, row.id));
    if ((attached?.n ?? 0) >= ATTACHMENT_MAX_PER_SAISINE)
      throw refused(
        `${ATTACHMENT_MAX_PER_SAISINE} pièces jointes au plus par saisine : celle-ci en a déjà ${attached?.n}.`,
      );
    const actor = actorFrom(caller);
    const [stored] = await tx
      .insert(saisineAttachments)
      .values({
        saisineId: row.id,
        orgId: row.orgId,
        fileName,
        mediaType: mimeType,
        sizeBytes: content.length,
        sha256,
        content,
        visibility: input.visibility,
        actorPersonId: actor.personId,
        actorTokenId: actor.tokenId,
        actorLabel: actor.label,
        actorSide: actor.side,
        createdAt: now,
      })
      .returning({ id: saisineAttachments.id, fileName: saisineAttachments.fileName });
    if (!stored) throw new Error("attachment insert returned nothing");
    const meta = {
      attachmentId: stored.id,
      fileName: stored.fileName,
      mediaType: mimeType,
      sizeBytes: content.length,
      sha256,
    };
    await insertEvents(tx, row, actor, [
      { kind: "attachment", visibility: input.visibility, at: now, payload: meta },
    ]);
    await recordChange(tx, row, "attachment", input.visibility, now);
    await auditSaisine(tx, actor, row, "saisine.attach", null, meta);
    return {
      id: stored.id,
      fileName: stored.fileName,
      mediaType: mimeType,
      sizeBytes: content.length,
      sha256,
      createdAt: now,
    };
  });
}

export async function downloadAttachment(ctx: ServiceContext, input: { attachmentId: string }) {
  return inTenant(ctx, async (tx) => {
    const [found] = await tx
      .select({ attachment: saisineAttachments, saisine: saisines })
      .from(saisineAttachments)
      .innerJoin(saisines, eq(saisines.id, saisineAttachments.saisineId))
      .where(eq(saisineAttachments.id, input.attachmentId));
    if (
      !found ||
      !canSee(ctx.caller, found.saisine) ||
      (sideOf(ctx.caller) === "commune" && found.attachment.visibility !== "public")
    )
      throw notFound("Pièce jointe");
    const a = found.attachment;
    return {
      id: a.id,
      saisineId: a.saisineId,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      contentBase64: a.content.toString("base64"),
    };
  });
}
