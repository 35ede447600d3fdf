/**
 * Output schemas of the queue's own procedures: its counts per status, its saved views, and the
 * file of its export.
 */
import { SAISINE_STATUSES, instantOutput } from "@mutu/domain";
import { z } from "zod";

const instant = instantOutput;
const statusOutput = z.enum(SAISINE_STATUSES);

export const countsOutput = z.object({
  counts: z.array(z.object({ status: statusOutput, count: z.number(), capped: z.boolean() })),
  total: z.number(),
  totalCapped: z.boolean(),
});

const viewFilters = z.record(z.string(), z.string());
export const viewsOutput = z.object({
  builtIn: z.array(z.object({ id: z.string(), name: z.string(), filters: viewFilters })),
  views: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      shared: z.boolean(),
      mine: z.boolean(),
      createdByLabel: z.string(),
      filters: viewFilters,
      dropped: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
      updatedAt: instant,
    }),
  ),
});
export const savedViewOutput = z.object({ id: z.string(), filters: viewFilters });

export const exportOutput = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
  rows: z.number(),
  truncated: z.boolean(),
});
