/**
 * The « référentiel documentaire » (004 art. 6, V-j): policies, charters, technical sheets and
 * terms of use, each version published by the Métropole and notified to each commune « par
 * courrier au directeur des services » (date, means, acknowledgement). A processing created outside
 * the standard processes after a notification is the commune's own responsibility (V-j).
 */
import {
  frenchDate,
  REFERENCE_DOCUMENT_KIND_LABELS,
  type ReferenceDocumentKind,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { actorFrom } from "../saisines/history.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import {
  assertOperator,
  assertPermission,
  leaveTrail,
  loadRecord,
  recordStep,
  sideOf,
} from "./context.ts";
import { documentsOfMany } from "./documents.ts";

const { organisations, rgpdReferenceDocuments, rgpdReferenceNotifications } = schema;
const d = rgpdReferenceDocuments;
const notif = rgpdReferenceNotifications;

export async function listReferential(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const communeId = sideOf(ctx.caller) === "commune" ? ctx.caller.org.id : (input.orgId ?? null);
  if (communeId && !ctx.caller.visibleOrgIds.includes(communeId)) throw notFound("Commune");
  return inTenant(ctx, async (tx) => {
    const documents = await tx
      .select()
      .from(d)
      .where(eq(d.orgId, ctx.caller.operatorId))
      .orderBy(asc(d.kind), asc(d.title), desc(d.publishedOn));
    const notifications = await tx
      .select({ n: notif, orgName: organisations.name })
      .from(notif)
      .innerJoin(organisations, eq(organisations.id, notif.orgId))
      .where(communeId ? eq(notif.orgId, communeId) : undefined)
      .orderBy(asc(organisations.name));
    const files = await documentsOfMany(
      tx,
      documents.map((x) => x.id),
    );
    return documents.map((doc) => ({
      id: doc.id,
      documentKey: doc.documentKey,
      kind: doc.kind,
      title: doc.title,
      version: doc.version,
      publishedOn: doc.publishedOn,
      summary: doc.summary,
      publishedBy: doc.publishedByLabel,
      files: files.filter((f) => f.subjectId === doc.id),
      notifications: notifications
        .filter((x) => x.n.documentId === doc.id)
        .map(({ n, orgName }) => ({
          id: n.id,
          orgId: n.orgId,
          orgName,
          notifiedOn: n.notifiedOn,
          means: n.means,
          acknowledgedOn: n.acknowledgedOn,
        })),
    }));
  });
}

const slugOf = (title: string) =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

export async function publishReferenceDocument(
  ctx: ServiceContext,
  input: {
    documentKey?: string | undefined;
    kind: ReferenceDocumentKind;
    title: string;
    version: string;
    publishedOn: string;
    summary: string;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  assertOperator(ctx.caller, "La publication du référentiel");
  const operatorId = ctx.caller.operatorId;
  const documentKey = input.documentKey || slugOf(input.title);
  return inTenant(ctx, async (tx) => {
    if (input.documentKey) {
      const [previous] = await tx
        .select()
        .from(d)
        .where(and(eq(d.orgId, operatorId), eq(d.documentKey, input.documentKey)))
        .orderBy(desc(d.publishedOn))
        .limit(1);
      if (!previous) throw notFound("Document du référentiel");
      if (input.publishedOn < previous.publishedOn)
        throw new AppError(
          "BAD_REQUEST",
          "Une nouvelle version ne peut pas précéder la précédente.",
          {
            publishedOn: ["Une nouvelle version ne peut pas précéder la précédente."],
          },
        );
    }
    const [row] = await tx
      .insert(d)
      .values({
        orgId: operatorId,
        documentKey,
        kind: input.kind,
        title: input.title,
        version: input.version,
        publishedOn: input.publishedOn,
        summary: input.summary,
        publishedByLabel: actorFrom(ctx.caller).label,
        createdAt: ctx.now(),
      })
      .returning({ id: d.id });
    if (!row) throw new Error("reference insert returned nothing");
    await leaveTrail(tx, ctx, {
      orgId: operatorId,
      subject: "reference",
      subjectId: row.id,
      kind: "reference-published",
      summary: `${REFERENCE_DOCUMENT_KIND_LABELS[input.kind]} publiée : ${input.title}, version ${input.version} (${frenchDate(input.publishedOn)}).`,
      after: { ...input, documentKey },
    });
    return row;
  });
}

export async function notifyReference(
  ctx: ServiceContext,
  input: { documentId: string; orgIds: string[]; notifiedOn: string; means: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  assertOperator(ctx.caller, "La notification du référentiel");
  for (const orgId of input.orgIds)
    if (!ctx.caller.visibleOrgIds.includes(orgId)) throw notFound("Commune");
  return inTenant(ctx, async (tx) => {
    const [doc] = await tx.select().from(d).where(eq(d.id, input.documentId));
    if (!doc) throw notFound("Document du référentiel");
    if (input.notifiedOn < doc.publishedOn)
      throw new AppError(
        "BAD_REQUEST",
        "Un document ne peut pas être notifié avant sa publication.",
        {
          notifiedOn: ["Un document ne peut pas être notifié avant sa publication."],
        },
      );
    const communes = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(inArray(organisations.id, input.orgIds), eq(organisations.kind, "commune")));
    if (communes.length !== input.orgIds.length) throw notFound("Commune");
    const recordedByLabel = actorFrom(ctx.caller).label;
    for (const { id: orgId } of communes) {
      await tx
        .insert(notif)
        .values({
          orgId,
          documentId: doc.id,
          notifiedOn: input.notifiedOn,
          means: input.means,
          recordedByLabel,
        })
        .onConflictDoNothing();
      await leaveTrail(tx, ctx, {
        orgId,
        subject: "reference",
        subjectId: doc.id,
        kind: "reference-notified",
        summary: `${doc.title} (version ${doc.version}) notifié(e) le ${frenchDate(input.notifiedOn)} : ${input.means}.`,
        after: { documentId: doc.id, notifiedOn: input.notifiedOn, means: input.means },
      });
    }
    return { notified: communes.length };
  });
}

export async function acknowledgeReference(
  ctx: ServiceContext,
  input: { notificationId: string; acknowledgedOn: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  return inTenant(ctx, async (tx) => {
    const row = await loadRecord(tx, notif, input.notificationId, "Notification", true);
    if (row.acknowledgedOn)
      throw new AppError("CONFLICT", "L'accusé de réception est déjà consigné.");
    if (input.acknowledgedOn < row.notifiedOn)
      throw new AppError("BAD_REQUEST", "L'accusé de réception ne peut pas précéder l'envoi.", {
        acknowledgedOn: ["L'accusé de réception ne peut pas précéder l'envoi."],
      });
    return recordStep(
      tx,
      ctx,
      notif,
      { ...row, subject: "reference", subjectId: row.documentId },
      { acknowledgedOn: input.acknowledgedOn },
      {
        kind: "reference-acknowledged",
        summary: `Accusé de réception du ${frenchDate(input.acknowledgedOn)}.`,
        after: { notificationId: row.id, acknowledgedOn: input.acknowledgedOn },
      },
    );
  });
}
