/**
 * What an annex needs of one commune of the seed facts (`packages/db/src/seed/data/communes.json`, a
 * copy of shared/reference/communes.json: facts extracted from seeds 000, 001 and 004). Read
 * loosely, it is a hand-made extraction with optional fields and notes; anything else is ignored.
 */
import { z } from "zod";

const str = z.string().nullable().optional();
const intervalsJson = z
  .array(z.tuple([z.string(), z.string()]))
  .nullable()
  .optional();
export const weekJson = z
  .object({
    mon: intervalsJson,
    tue: intervalsJson,
    wed: intervalsJson,
    thu: intervalsJson,
    fri: intervalsJson,
    sat: intervalsJson,
    sun: intervalsJson,
  })
  .nullable()
  .optional();
export const cellJson = z.object({ commune: str, serviceCommun: str, note: str });
export const rowJson = z.object({ A: cellJson, B: cellJson, C: cellJson, D: cellJson });

/** One commune of communes.json, as far as its annex goes. */
export const seedFactsCommuneSchema = z.object({
  name: z.string(),
  slug: z.string(),
  mayorName: str,
  signatory: z.object({ name: z.string(), role: z.string() }).nullable().optional(),
  contractSignedOn: str,
  amendments: z
    .array(
      z.object({
        number: z.number().nullable().optional(),
        signedOn: str,
        effectiveOn: str,
        subject: str,
      }),
    )
    .default([]),
  includesCCAS: z.boolean().nullable().optional(),
  perimeterHeading: str,
  subDomainsMutualised: z.array(z.string()).optional(),
  exclusions: z.array(z.string()).default([]),
  additionalActivities: z.array(z.string()).default([]),
  priorities: z
    .array(
      z.union([
        z.string(),
        z.object({ title: str, nature: str, object: str, stakes: str, text: str }),
      ]),
    )
    .default([]),
  prioritiesNote: str,
  governance: z.array(z.object({ body: z.string(), frequency: str, note: str })).default([]),
  responsibleForCommune: str,
  responsibleForServiceCommun: str,
  saisineMatrix: z.object({ ordinaire: rowJson, urgence: rowJson, exceptionnelle: rowJson }),
  saisineNote: str,
  indicators: z
    .array(
      z.object({
        engagement: z.string(),
        indicator: z.string(),
        label: z.string(),
        periodicity: str,
        source: str,
        observedLevel: str,
        conditions: str,
        subDomainColumn: str,
        note: str,
      }),
    )
    .default([]),
  indicatorsNote: str,
  rpoRtoNote: str,
  supportHours: z
    .object({
      asWritten: str,
      parsed: weekJson,
      onCall: weekJson,
      onCallCouncil: str,
      parseNote: str,
    })
    .nullable()
    .optional(),
  projectDaysPerYear: z.number().nullable().optional(),
  projectDaysNote: str,
  rgpd: z
    .object({
      dpoShared: z.boolean().nullable().optional(),
      breachesManagedBy: str,
      requestsOfDataSubjectsManagedBy: str,
      subProcessorSelection: str,
      legacyProcessingInventoryDue: str,
    })
    .nullable()
    .optional(),
  applications: z
    .array(
      z.object({
        name: z.string(),
        vendor: str,
        description: str,
        responsibility: z.string(),
        note: str,
      }),
    )
    .nullable()
    .optional(),
  duplicateSection: z
    .object({ sourceLines: z.array(z.number()).optional(), identity: str, differences: str })
    .optional(),
  originalContract: z
    .object({
      file: z.string(),
      mayorAtSignature: str,
      metropolePresident: str,
      annexDifferencesVs2018: str,
      lines: z.array(z.number()).optional(),
    })
    .optional(),
  sourceLines: z.array(z.number()).optional(),
});
export type SeedFactsCommune = z.infer<typeof seedFactsCommuneSchema>;

export const sourceIssueSchema = z.object({
  file: z.string(),
  lines: z.array(z.number()).default([]),
  issue: z.string(),
});

/**
 * 'current': the annex in force after the 2018 RGPD amendment (seed 004).
 * 'original': the annex signed with the contract itself — only Bègles has it (seed 000).
 */
export type AnnexVariant = "current" | "original";

export type AnnexFromSeedFactsOptions = {
  /** communes.json `sourceIssues`: those located in this commune's lines are kept on the annex. */
  sourceIssues?: unknown;
};
