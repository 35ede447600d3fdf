/** Arbitrations of disagreements about saisines: raise, record each level held, list. */
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  listArbitrations,
  raiseArbitration,
  recordArbitrationLevel,
} from "../services/arbitrations/manage.ts";
import { requirePermission } from "../trpc.ts";
import {
  arbitrationOutput,
  listArbitrationsInput,
  raiseArbitrationInput,
  recordArbitrationInput,
} from "../services/arbitrations/schemas.ts";

const read = requirePermission("saisines.read");

export const arbitrationsRouter = {
  raise: read
    .input(raiseArbitrationInput)
    .output(arbitrationOutput)
    .mutation(({ ctx, input }) => raiseArbitration(ctx, input)),
  recordDecision: requirePermission("saisines.manage")
    .input(recordArbitrationInput)
    .output(arbitrationOutput)
    .mutation(({ ctx, input }) => recordArbitrationLevel(ctx, input)),
  list: read
    .input(listArbitrationsInput)
    .output(z.array(arbitrationOutput))
    .query(({ ctx, input }) => listArbitrations(ctx, input)),
} satisfies TRPCRouterRecord;
