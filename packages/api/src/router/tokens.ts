/** API tokens for other internal tools. */
import { createTokenInput, tokenIdInput, instantOutput } from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { createToken, listTokens, revokeToken } from "../services/tokens/manage.ts";
import { requirePermission } from "../trpc.ts";

export const tokensRouter = {
  list: requirePermission("tokens.manage")
    .output(
      z.array(
        z.object({
          id: z.string(),
          orgId: z.string(),
          name: z.string(),
          displayPrefix: z.string(),
          permissions: z.array(z.string()),
          createdAt: instantOutput,
          expiresAt: instantOutput,
          revokedAt: instantOutput.nullable(),
          lastUsedAt: instantOutput.nullable(),
          /** Who answers for it: its creator, or the colleague it was entrusted to. */
          createdById: z.string(),
          createdByName: z.string().nullable(),
        }),
      ),
    )
    .query(({ ctx }) => listTokens(ctx)),
  create: requirePermission("tokens.manage")
    .meta({ tokens: "refused" })
    .input(createTokenInput)
    .output(
      z.object({
        id: z.string(),
        name: z.string(),
        expiresAt: instantOutput,
        displayPrefix: z.string(),
        secret: z.string(),
      }),
    )
    .mutation(({ ctx, input }) => createToken(ctx, input)),
  revoke: requirePermission("tokens.manage")
    .input(tokenIdInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => revokeToken(ctx, input)),
} satisfies TRPCRouterRecord;
