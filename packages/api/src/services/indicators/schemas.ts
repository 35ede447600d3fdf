/**
 * Input and output schemas of the indicators procedures, from the domain's: a period is a key
 * (« 2025 », « 2025-T4 », « 2025-11 »), an entry is the domain's `indicatorEntryInput`, figures are
 * the domain's results. Nothing measured reads « Non mesuré » (null), never 0.
 */
import {
  ENTERED_INDICATORS,
  exportFormatSchema,
  indicatorEntryInput,
  instantOutput,
  PERIODICITIES,
  periodKeySchema,
} from "@mutu/domain";
import { z } from "zod";

const orgId = z.uuid({ error: "Organisation inconnue." });

export const periodInput = z.object({ orgId: orgId.optional(), period: periodKeySchema });
export const enterInput = indicatorEntryInput;
export const entriesInput = z.object({
  orgId: orgId.optional(),
  indicator: z.enum(ENTERED_INDICATORS, { error: "Indicateur sans mesure à saisir." }),
  period: periodKeySchema,
});
export const evidenceInput = z.object({ entryId: z.uuid({ error: "Mesure inconnue." }) });
export const exportInput = periodInput.extend({ format: exportFormatSchema });

export const shareOutput = z.object({
  met: z.number().int(),
  total: z.number().int(),
  percent: z.number().nullable(),
});
export const statusOutput = z.enum(["not-measured", "reference", "measured", "kept", "missed"]);
export const periodOutput = z.object({
  key: z.string(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
  ended: z.boolean(),
});
export const volumesOutput = z.object({
  current: z.number().int(),
  previous: z.number().int(),
  changePercent: z.number().nullable(),
});

export const delayResultOutput = z.object({
  code: z.string(),
  count: z.number().int(),
  statistics: z.object({ median: z.number().nullable(), p90: z.number().nullable() }).nullable(),
  compliance: shareOutput,
  rules: z.array(
    shareOutput.extend({
      description: z.string(),
      requiredPercent: z.number(),
      kept: z.boolean().nullable(),
    }),
  ),
  status: statusOutput,
});

const evidenceOutput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("link"), url: z.string() }),
  z.object({
    kind: z.literal("file"),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
  }),
]);

export const entryOutput = z.object({
  id: z.uuid(),
  indicator: z.string(),
  periodKey: z.string(),
  measuredOn: z.string(),
  value: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  evidence: evidenceOutput,
  authorLabel: z.string(),
  authorFunctions: z.array(z.string()),
  createdAt: instantOutput,
  /** Earlier entries of the same period this one replaced. */
  replaced: z.number().int(),
});

const measureOutput = z.object({
  period: periodOutput,
  result: z.object({
    headline: z.string(),
    figures: z.array(z.object({ label: z.string(), value: z.string() })),
    status: statusOutput,
  }),
  entry: entryOutput.nullable(),
});

export const indicatorOutput = z.object({
  code: z.string(),
  engagement: z.string(),
  label: z.string(),
  subDomain: z.string(),
  periodicity: z.string().nullable(),
  periodicityOptions: z.array(z.enum(PERIODICITIES)),
  source: z.string().nullable(),
  observedLevel: z.string().nullable(),
  target: z.string(),
  targetKind: z.string(),
  measure: z.enum(["computed", "projects", "entered", "untracked"]),
  /** Computed: which saisines it measures. */
  scope: z.string().nullable(),
  delay: delayResultOutput.nullable(),
  /** Entered: the measure of each period of its periodicity the period asked covers. */
  measures: z.array(measureOutput),
});

export const listOutput = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  period: periodOutput,
  /** The day the annex in force was read on (the period's last day, or today). */
  judgedOn: z.string(),
  annexVersionId: z.uuid(),
  reference: z.boolean(),
  referenceYear: z.object({ from: z.string(), to: z.string() }).nullable(),
  firstContact: shareOutput,
  volumes: volumesOutput,
  indicators: z.array(indicatorOutput),
});

export const enteredOutput = entryOutput;
export const entriesOutput = z.object({ entries: z.array(entryOutput) });
export const fileOutput = z.object({
  filename: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
