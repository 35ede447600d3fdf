/**
 * Indicators: a commune's indicators for a period (computed from its saisines, entered with their
 * evidence, or not tracked), the measures the shared service enters, their history and evidence,
 * and exports. Reading needs `indicators.read`; entering, `indicators.manage` (operator side).
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { entryHistory, evidenceFile } from "../services/indicators/entries.ts";
import { enterMeasure } from "../services/indicators/enter.ts";
import { exportIndicators } from "../services/indicators/export.ts";
import { listIndicators } from "../services/indicators/list.ts";
import {
  enteredOutput,
  enterInput,
  entriesInput,
  entriesOutput,
  evidenceInput,
  exportInput,
  fileOutput,
  listOutput,
  periodInput,
} from "../services/indicators/schemas.ts";
import { requirePermission } from "../trpc.ts";

const read = requirePermission("indicators.read");
const manage = requirePermission("indicators.manage");

export const indicatorsRouter = {
  list: read
    .input(periodInput)
    .output(listOutput)
    .query(({ ctx, input }) => listIndicators(ctx, input)),
  enter: manage
    .input(enterInput)
    .output(enteredOutput)
    .mutation(({ ctx, input }) => enterMeasure(ctx, input)),
  entries: read
    .input(entriesInput)
    .output(entriesOutput)
    .query(({ ctx, input }) => entryHistory(ctx, input)),
  evidence: read
    .input(evidenceInput)
    .output(fileOutput)
    .query(({ ctx, input }) => evidenceFile(ctx, input)),
  export: read
    .input(exportInput)
    .output(fileOutput)
    .query(({ ctx, input }) => exportIndicators(ctx, input)),
} satisfies TRPCRouterRecord;
