/**
 * Input and output schemas of the contracts procedures. What people enter is the domain's
 * (`signAmendmentInput`…, the same schemas the forms check). Calendar dates cross the API as
 * 'YYYY-MM-DD' strings, instants as ISO strings (instantOutput). The annex goes out through
 * annexSchema again (~0.3 ms for the largest): jsonb does not keep key order, the schema restores it.
 */
import { type AnnexChange, annexSchema, instantOutput } from "@mutu/domain";
import { z } from "zod";

const calendarDate = z.string();

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
