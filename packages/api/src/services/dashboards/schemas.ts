/**
 * Input and output schemas of the dashboards procedures. A dashboard is read for a period key
 * (« 2026 », « 2026-T2 », « 2026-05 »); its counts are those of the lists they open.
 */
import {
  AGE_BUCKETS,
  exportFormatSchema,
  periodKeySchema,
  SAISINE_CHANNELS,
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import { z } from "zod";
import {
  indicatorOutput,
  periodOutput,
  shareOutput,
  volumesOutput,
} from "../indicators/schemas.ts";

const orgId = z.uuid({ error: "Organisation inconnue." });
const centre = z.string().trim().min(1).max(200);

export const communeInput = z.object({ orgId: orgId.optional(), period: periodKeySchema });
export const operatorInput = z.object({ period: periodKeySchema, centre: centre.optional() });
export const trendInput = z.object({
  orgId: orgId.optional(),
  years: z
    .number({ error: "Nombre d'années attendu." })
    .int()
    .min(1, { error: "Un an au moins." })
    .max(10, { error: "Dix ans au plus." })
    .default(10),
});
export const exportInput = z.discriminatedUnion(
  "view",
  [
    communeInput.extend({ view: z.literal("commune"), format: exportFormatSchema }),
    operatorInput.extend({ view: z.literal("operator"), format: exportFormatSchema }),
  ],
  { error: "Tableau de bord : commune ou operator." },
);

const counts = <K extends string>(keys: readonly K[]) =>
  z.array(z.object({ key: z.enum(keys as [K, ...K[]]), count: z.number().int() }));

export const chartsOutput = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      filed: z.number().int(),
      previousYear: z.number().int(),
      closed: z.number().int(),
      backlog: z.number().int(),
      handling: shareOutput,
      resolution: shareOutput,
    }),
  ),
  filed: z.number().int(),
  previousYear: z.number().int(),
  byType: counts(SAISINE_TYPES),
  byNature: counts(SAISINE_NATURES),
  bySubDomain: counts(SUB_DOMAIN_LETTERS),
  byChannel: counts(SAISINE_CHANNELS),
  byCriticality: counts(SAISINE_CRITICALITIES),
  handlingClasses: z.array(z.object({ index: z.number().int(), count: z.number().int() })),
  resolutionClasses: z.array(z.object({ index: z.number().int(), count: z.number().int() })),
  handling: shareOutput,
  resolution: shareOutput,
  firstContact: shareOutput,
  topApplications: z.array(
    z.object({
      application: z.string(),
      incidents: z.number().int(),
      others: z.number().int(),
      total: z.number().int(),
    }),
  ),
});

const backlogOutput = {
  backlog: z.object({
    open: z.number().int(),
    waitingForCommune: z.number().int(),
    dueSoon: z.number().int(),
    breached: z.number().int(),
  }),
  ageing: counts(AGE_BUCKETS.map((b) => b.key)),
};

export const communeOutput = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  period: periodOutput,
  /** An agent who reads only their own saisines sees only their own counts, and no charts. */
  ownOnly: z.boolean(),
  reference: z.boolean(),
  ...backlogOutput,
  charts: chartsOutput.nullable(),
  indicators: z
    .object({
      judgedOn: z.string(),
      referenceYear: z.object({ from: z.string(), to: z.string() }).nullable(),
      firstContact: shareOutput,
      volumes: volumesOutput,
      indicators: z.array(indicatorOutput),
    })
    .nullable(),
});

const summaryOutput = {
  filed: z.number().int(),
  previousYear: z.number().int(),
  open: z.number().int(),
  breached: z.number().int(),
  handling: shareOutput,
  resolution: shareOutput,
  firstContact: shareOutput,
};

export const operatorOutput = z.object({
  period: periodOutput,
  centre: z.string().nullable(),
  centres: z.array(z.string()),
  communes: z.array(
    z.object({
      orgId: z.uuid(),
      name: z.string(),
      centre: z.string().nullable(),
      ...summaryOutput,
    }),
  ),
  byCentre: z.array(
    z.object({ centre: z.string().nullable(), communes: z.number().int(), ...summaryOutput }),
  ),
  total: z.object(summaryOutput),
  ...backlogOutput,
  charts: chartsOutput,
});

const dueCounts = { open: z.number().int(), dueSoon: z.number().int(), breached: z.number().int() };
export const deskOutput = z.object({
  all: z.object({ ...dueCounts, toQualify: z.number().int() }),
  mine: z.object(dueCounts),
  unassigned: z.object(dueCounts),
});

export const trendOutput = z.object({
  orgId: z.uuid().nullable(),
  from: z.string(),
  to: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      filed: z.number().int(),
      closed: z.number().int(),
      handling: shareOutput,
      resolution: shareOutput,
      firstContact: shareOutput,
    }),
  ),
});
