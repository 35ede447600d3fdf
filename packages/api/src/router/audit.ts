/** The audit trail: browse with filters, verify the hash chains. */
import { auditFilterInput, instantOutput } from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listAudit, verifyAudit } from "../services/audit/list.ts";
import { requirePermission } from "../trpc.ts";

const entry = z.object({
  seq: z.number(),
  at: instantOutput,
  orgId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  /** The action in French (« Réunion planifiée »), « Autre action » for one this version does not know. */
  actionLabel: z.string(),
  entity: z.string().nullable(),
  /** The kind of object in French (« Réunion »), null when the entry is about none. */
  entityKindLabel: z.string().nullable(),
  entityId: z.string().nullable(),
  /** The object's name (a saisine's reference, a person's name), null when out of reach. */
  entityLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

export const auditRouter = {
  list: requirePermission("audit.read")
    .input(auditFilterInput)
    .output(z.object({ entries: z.array(entry), nextCursor: z.number().nullable() }))
    .query(({ ctx, input }) => listAudit(ctx, input)),
  verify: requirePermission("audit.read")
    .output(
      z.array(
        z.object({
          chain: z.string(),
          entries: z.number(),
          ok: z.boolean(),
          brokenAtSeq: z.number().optional(),
          reason: z.string().optional(),
        }),
      ),
    )
    .query(({ ctx }) => verifyAudit(ctx)),
} satisfies TRPCRouterRecord;
