/**
 * Shared processing (a common HR tool, the citizen portal): defined once by the Métropole, adopted
 * by communes into their own registers — each stays the controller —, and every later version
 * reaches each adopter as a proposal the commune accepts (its record takes the new shared fields,
 * its own part kept) or declines with its reasons (the divergence shows in its register).
 */
import {
  adoptShared,
  applySharedVersion,
  type ProcessingContentInput,
  processingContentSchema,
  proposalsFor,
  registerColumns,
  SHARED_FIELD_LABELS,
  sharedDifferences,
} from "@mutu/domain";
import { openAuditChain, schema, type Tx } from "@mutu/db";
import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import { actorColumns, actorFrom } from "../saisines/history.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import {
  assertOperator,
  assertPermission,
  leaveTrail,
  loadRecord,
  orgOf,
  sideOf,
  today,
} from "./context.ts";
import { insertProcessing } from "./processing-write.ts";
import { loadProcessing } from "./processing-view.ts";
import { replanRetention } from "./retention-plan.ts";

const {
  organisations,
  rgpdProcessings,
  rgpdSharedProcessings,
  rgpdSharedProposals,
  rgpdSharedVersions,
} = schema;

export async function listShared(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = input.orgId
    ? targetOrgId(ctx.caller, input.orgId)
    : ctx.caller.org.kind === "commune"
      ? ctx.caller.org.id
      : null;
  return inTenant(ctx, async (tx) => {
    const templates = await tx
      .select()
      .from(rgpdSharedProcessings)
      .where(eq(rgpdSharedProcessings.orgId, ctx.caller.operatorId))
      .orderBy(asc(rgpdSharedProcessings.name));
    const adopters = await tx
      .select({
        sharedId: rgpdProcessings.sharedId,
        orgId: rgpdProcessings.orgId,
        processingId: rgpdProcessings.id,
        version: rgpdProcessings.sharedVersion,
      })
      .from(rgpdProcessings)
      .where(isNotNull(rgpdProcessings.sharedId));
    return templates.map((t) => {
      const own = adopters.filter((a) => a.sharedId === t.id);
      const mine = orgId ? own.find((a) => a.orgId === orgId) : undefined;
      return {
        id: t.id,
        name: t.name,
        version: t.version,
        description: t.content.description,
        updatedAt: t.updatedAt,
        adopters: own.length,
        behind: own.filter((a) => (a.version ?? 0) < t.version).length,
        adoptedBy: mine ? { processingId: mine.processingId, version: mine.version } : null,
      };
    });
  });
}

const SHARED = "Traitement partagé";

/** A shared processing of `operatorId` (locked for a change when `lock`); another's is not found. */
async function loadTemplate(tx: Tx, sharedId: string, operatorId: string, lock = false) {
  const template = await loadRecord(tx, rgpdSharedProcessings, sharedId, SHARED, lock);
  if (template.orgId !== operatorId) throw notFound(SHARED);
  return template;
}

export async function getShared(ctx: ServiceContext, input: { sharedId: string }) {
  return inTenant(ctx, async (tx) => {
    const template = await loadRecord(tx, rgpdSharedProcessings, input.sharedId, SHARED);
    const history = await tx
      .select()
      .from(rgpdSharedVersions)
      .where(eq(rgpdSharedVersions.sharedId, template.id))
      .orderBy(desc(rgpdSharedVersions.version));
    const versions = history.map((v) => ({
      version: v.version,
      changeNote: v.changeNote,
      publishedBy: v.actorLabel,
      publishedAt: v.createdAt,
    }));
    /** Each adopter is compared with the version it adopted (being behind is not diverging). */
    const contentOf = (version: number | null) =>
      history.find((v) => v.version === version)?.content ?? template.content;
    const adopters = await tx
      .select({
        processingId: rgpdProcessings.id,
        orgId: rgpdProcessings.orgId,
        orgName: organisations.name,
        number: rgpdProcessings.number,
        status: rgpdProcessings.status,
        version: rgpdProcessings.sharedVersion,
        content: rgpdProcessings.content,
      })
      .from(rgpdProcessings)
      .innerJoin(organisations, eq(organisations.id, rgpdProcessings.orgId))
      .where(eq(rgpdProcessings.sharedId, template.id))
      .orderBy(asc(organisations.name));
    return {
      id: template.id,
      name: template.name,
      version: template.version,
      content: template.content,
      versions,
      adopters: adopters.map(({ content, ...a }) => ({
        ...a,
        divergences: sharedDifferences(content, contentOf(a.version)).map(
          (f) => SHARED_FIELD_LABELS[f],
        ),
      })),
    };
  });
}

export async function saveShared(
  ctx: ServiceContext,
  input: {
    sharedId?: string | undefined;
    version?: number | undefined;
    content: ProcessingContentInput;
    changeNote: string;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  assertOperator(ctx.caller, "Définir un traitement partagé");
  const content = processingContentSchema.parse(input.content);
  const operatorId = ctx.caller.operatorId;
  const actor = actorColumns(actorFrom(ctx.caller));
  return inTenant(ctx, async (tx) => {
    const now = ctx.now();
    if (!input.sharedId) {
      const [created] = await tx
        .insert(rgpdSharedProcessings)
        .values({
          orgId: operatorId,
          name: content.name,
          version: 1,
          content,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!created) throw new Error("shared insert returned nothing");
      await tx.insert(rgpdSharedVersions).values({
        sharedId: created.id,
        orgId: operatorId,
        version: 1,
        content,
        changeNote: input.changeNote || "Première version.",
        ...actor,
        createdAt: now,
      });
      await leaveTrail(tx, ctx, {
        orgId: operatorId,
        subject: "shared",
        subjectId: created.id,
        kind: "shared-defined",
        summary: `Traitement partagé défini : ${content.name}.`,
        after: { content },
      });
      return { id: created.id, version: 1, proposals: 0 };
    }
    const template = await loadTemplate(tx, input.sharedId, operatorId, true);
    if (input.version !== template.version)
      throw new AppError("CONFLICT", "Ce traitement partagé a changé entre-temps : rechargez-le.");
    const version = template.version + 1;
    await tx
      .update(rgpdSharedProcessings)
      .set({ name: content.name, version, content, updatedAt: now })
      .where(eq(rgpdSharedProcessings.id, template.id));
    await tx.insert(rgpdSharedVersions).values({
      sharedId: template.id,
      orgId: operatorId,
      version,
      content,
      changeNote: input.changeNote,
      ...actor,
      createdAt: now,
    });
    // Older proposals still open give way to this one: each commune decides on the latest.
    await tx
      .update(rgpdSharedProposals)
      .set({ status: "superseded", decidedAt: now })
      .where(
        and(
          eq(rgpdSharedProposals.sharedId, template.id),
          eq(rgpdSharedProposals.status, "pending"),
        ),
      );
    const adopters = await tx
      .select({
        processingId: rgpdProcessings.id,
        orgId: rgpdProcessings.orgId,
        adoptedVersion: rgpdProcessings.sharedVersion,
      })
      .from(rgpdProcessings)
      .where(
        and(
          eq(rgpdProcessings.sharedId, template.id),
          inArray(rgpdProcessings.status, ["draft", "in-force"]),
        ),
      );
    const proposals = proposalsFor(
      adopters.map((a) => ({
        processingId: a.processingId,
        adoptedVersion: a.adoptedVersion ?? 0,
      })),
      version,
    );
    for (const p of proposals) {
      const orgId = adopters.find((a) => a.processingId === p.processingId)?.orgId ?? "";
      await tx.insert(rgpdSharedProposals).values({
        orgId,
        processingId: p.processingId,
        sharedId: template.id,
        fromVersion: p.fromVersion,
        toVersion: p.toVersion,
        status: "pending",
        createdAt: now,
      });
      await leaveTrail(tx, ctx, {
        orgId,
        subject: "processing",
        subjectId: p.processingId,
        kind: "shared-proposed",
        summary: `Nouvelle version ${version} du traitement partagé proposée à la commune : ${
          sharedDifferences(template.content, content)
            .map((f) => SHARED_FIELD_LABELS[f].toLowerCase())
            .join(", ") || "sans changement de fond"
        }.`,
        after: { sharedId: template.id, fromVersion: p.fromVersion, toVersion: version },
      });
    }
    await leaveTrail(tx, ctx, {
      orgId: operatorId,
      subject: "shared",
      subjectId: template.id,
      kind: "shared-versioned",
      summary: `Version ${version} publiée, proposée à ${proposals.length} commune(s).`,
      before: { version: template.version, content: template.content },
      after: { version, content, changeNote: input.changeNote },
    });
    return { id: template.id, version, proposals: proposals.length };
  });
}

export async function adoptSharedProcessing(
  ctx: ServiceContext,
  input: { sharedId: string; orgId?: string | undefined; service: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const orgId = targetOrgId(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const org = await orgOf(tx, orgId);
    if (org.kind !== "commune")
      throw new AppError("BAD_REQUEST", "Un traitement partagé est adopté par une commune.");
    const template = await loadTemplate(tx, input.sharedId, ctx.caller.operatorId);
    // Under the commune's audit lock: two adoptions at once cannot both pass this check.
    const chain = await openAuditChain(tx, orgId);
    const [already] = await tx
      .select({ n: count() })
      .from(rgpdProcessings)
      .where(and(eq(rgpdProcessings.orgId, orgId), eq(rgpdProcessings.sharedId, template.id)));
    if ((already?.n ?? 0) > 0)
      throw new AppError(
        "CONFLICT",
        "La commune a déjà adopté ce traitement partagé : il est à son registre.",
      );
    const content = adoptShared(template.content, {
      service: input.service,
      estimatedPersons: null,
      remediation: null,
    });
    return insertProcessing(
      tx,
      ctx,
      orgId,
      content,
      { sharedId: template.id, sharedVersion: template.version },
      `Traitement partagé adopté (version ${template.version}) : la commune en est responsable de traitement.`,
      chain,
    );
  });
}

export async function decideProposal(
  ctx: ServiceContext,
  input: { proposalId: string; accept: boolean; reason: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  if (sideOf(ctx.caller) !== "commune")
    throw new AppError(
      "FORBIDDEN",
      "La commune, responsable de traitement, décide seule d'accepter une nouvelle version.",
    );
  return inTenant(ctx, async (tx) => {
    const [proposal] = await tx
      .select()
      .from(rgpdSharedProposals)
      .where(eq(rgpdSharedProposals.id, input.proposalId))
      .for("update");
    if (!proposal) throw notFound("Proposition");
    if (proposal.status !== "pending")
      throw new AppError("CONFLICT", "Cette proposition a déjà été tranchée ou remplacée.");
    const row = await loadProcessing(tx, proposal.processingId, true);
    if (row.status === "awaiting-opinion")
      throw new AppError("CONFLICT", "Le DPO examine ce traitement : décidez après son avis.");
    const now = ctx.now();
    const who = actorFrom(ctx.caller).label;
    await tx
      .update(rgpdSharedProposals)
      .set({
        status: input.accept ? "accepted" : "declined",
        decidedAt: now,
        decidedByLabel: who,
        reason: input.reason,
      })
      .where(eq(rgpdSharedProposals.id, proposal.id));
    if (input.accept) {
      const [version] = await tx
        .select()
        .from(rgpdSharedVersions)
        .where(
          and(
            eq(rgpdSharedVersions.sharedId, proposal.sharedId),
            eq(rgpdSharedVersions.version, proposal.toVersion),
          ),
        );
      if (!version) throw notFound("Version du traitement partagé");
      const content = applySharedVersion(row.content, version.content);
      const org = await orgOf(tx, row.orgId);
      await tx
        .update(rgpdProcessings)
        .set({
          content,
          revision: row.revision + 1,
          sharedVersion: proposal.toVersion,
          ...registerColumns(content, org.kind),
          updatedAt: now,
        })
        .where(eq(rgpdProcessings.id, row.id));
      if (row.status === "in-force") await replanRetention(tx, { ...row, content }, today(ctx));
    } else {
      // Declined: the record keeps its content; it now diverges from the template, on record.
      await tx
        .update(rgpdProcessings)
        .set({ sharedVersion: proposal.toVersion, updatedAt: now })
        .where(eq(rgpdProcessings.id, row.id));
    }
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.id,
      kind: input.accept ? "shared-accepted" : "shared-declined",
      summary: input.accept
        ? `Version ${proposal.toVersion} du traitement partagé acceptée par la commune.`
        : `Version ${proposal.toVersion} du traitement partagé refusée par la commune : ${input.reason}`,
      after: { proposalId: proposal.id, accept: input.accept, reason: input.reason },
    });
    return { id: row.id };
  });
}
