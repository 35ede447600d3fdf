/**
 * Input and output schemas of the contracts procedures. Calendar dates cross the API as
 * 'YYYY-MM-DD' strings, instants as ISO strings (instantOutput). The annex goes out through
 * annexSchema again (~0.3 ms for the largest): jsonb does not keep key order, the schema restores it.
 */
import { type AnnexChange, annexSchema, instantOutput, isoDateSchema } from "@mutu/domain";
import { z } from "zod";

const calendarDate = z.string();

export const contractIdInput = z.object({ contractId: z.uuid("Contrat inconnu.") });
export const versionIdInput = z.object({ versionId: z.uuid("Version inconnue.") });
export const optionalOrgInput = z.object({ orgId: z.uuid("Organisation inconnue.").optional() });

export const contractStatusOutput = z.enum(["draft", "signed", "in-force", "ended"]);

export const contractSummaryOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  operatorId: z.string(),
  kind: z.enum(["engagement", "convention"]),
  title: z.string(),
  signedOn: calendarDate.nullable(),
  effectiveFrom: calendarDate.nullable(),
  noticeGivenOn: calendarDate.nullable(),
  /** Exclusive: the first day the contract no longer binds. */
  effectiveTo: calendarDate.nullable(),
  lastDayInForce: calendarDate.nullable(),
  terminationRef: z.string().nullable(),
  tariffCode: z.string().nullable(),
  status: contractStatusOutput,
  nextRenewal: z
    .object({
      kind: z.enum(["anniversary", "post-election"]),
      renewsOn: calendarDate,
      termNumber: z.number().nullable(),
      electionYear: z.number().nullable(),
    })
    .nullable(),
  /** Drafts in preparation; null for communes, who see published versions only. */
  pendingAmendments: z.number().nullable(),
});

export const versionSummaryOutput = z.object({
  id: z.string(),
  contractId: z.string(),
  seq: z.number(),
  kind: z.enum(["original", "amendment"]),
  amendmentNumber: z.number().nullable(),
  subject: z.string().nullable(),
  status: z.enum(["draft", "signed"]),
  signedOn: calendarDate.nullable(),
  effectiveFrom: calendarDate.nullable(),
  /** Exclusive end of the version's period: the next version's effective date. */
  effectiveTo: calendarDate.nullable(),
  /** In force today (Paris calendar). */
  inForce: z.boolean(),
  basedOnId: z.string().nullable(),
  createdAt: instantOutput,
  publishedAt: instantOutput.nullable(),
});

export const versionDetailOutput = versionSummaryOutput.extend({ annex: annexSchema });

export const contractWithVersionOutput = z.object({
  contract: contractSummaryOutput,
  version: versionDetailOutput,
});

export const annexChangeOutput = z.object({
  kind: z.enum(["added", "removed", "changed"]),
  path: z.array(z.string()),
  label: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
}) satisfies z.ZodType<AnnexChange>;

const subjectInput = z
  .string({ error: "Objet attendu." })
  .max(500, "L'objet ne doit pas dépasser 500 caractères.")
  .nullable();

export const draftAmendmentInput = contractIdInput.extend({ subject: subjectInput.optional() });

export const updateDraftInput = versionIdInput.extend({
  subject: subjectInput.optional(),
  amendmentNumber: z
    .number({ error: "Numéro d'avenant attendu." })
    .int("Le numéro d'avenant est un nombre entier.")
    .positive("Le numéro d'avenant est positif.")
    .nullable()
    .optional(),
  /** The whole annex as edited; validated like an import (annexSchema), problems by field path. */
  annex: z.unknown().optional(),
});

export const signAmendmentInput = versionIdInput.extend({
  signedOn: isoDateSchema,
  effectiveFrom: isoDateSchema,
});

export const importAnnexInput = z.object({
  orgId: z.uuid("Organisation inconnue."),
  /** The JSON file's text, as read by the browser (or another tool). */
  content: z
    .string({ error: "Contenu du fichier attendu." })
    .min(1, "Le fichier est vide.")
    .max(5_000_000, "Le fichier dépasse 5 Mo."),
});
