/**
 * The annex of a Bordeaux-model contrat d'engagement (seeds 000, 001, 004) as data: what is
 * mutualised, who asks whom, which indicators prove the contract is kept, the support hours,
 * governance, applications and — from the 2018 amendments — the RGPD options.
 *
 * The shape follows what the deliberations really contain, flaws included: unfilled template
 * text, days the source never mentions, empty matrix cells and sub-domains lettered differently
 * stay representable (null, `asWritten`, `sourceIssues`) instead of being "fixed" on import.
 */
import { z } from "zod";
import { indicatorTargetSchema } from "./indicator-targets.ts";
import { supportHoursSchema } from "./annex-hours.ts";
import { isoDateSchema } from "./calendar.ts";
import { choose } from "../errors/field-errors.ts";

export const SUB_DOMAIN_LETTERS = ["A", "B", "C", "D"] as const;
export type SubDomainLetter = (typeof SUB_DOMAIN_LETTERS)[number];
export const subDomainLetterSchema = z.enum(SUB_DOMAIN_LETTERS, {
  error: choose(
    "Choisissez le sous-domaine concerné.",
    "Sous-domaine inconnu : A, B, C ou D attendu.",
  ),
});

export { SAISINE_NATURES, type SaisineNature } from "./saisine-kinds.ts";

const textSchema = z
  .string({ error: "Texte attendu." })
  .trim()
  .min(1, { message: "Ce texte ne peut pas être vide." });
const optionalTextSchema = z.string({ error: "Texte attendu, ou aucune valeur." }).nullable();

// --- Indicators -----------------------------------------------------------------------------------

export const PERIODICITIES = ["monthly", "quarterly", "annual"] as const;

const indicatorSchema = z.object({
  code: z
    .string({ error: "Code d'indicateur attendu." })
    .regex(/^\d+(\.\d+)+$/, { message: "Code d'indicateur invalide (ex. 3.3.1)." }),
  engagement: z
    .string({ error: "Code d'engagement attendu." })
    .regex(/^\d+\.\d+$/, { message: "Code d'engagement invalide (ex. 3.3)." }),
  label: textSchema,
  // Canonical letter of the Bordeaux model (engagement 1 → A … 4 → D) …
  subDomain: subDomainLetterSchema,
  // … and the letter the table printed, which differs where a commune has 3 sub-domains.
  subDomainAsWritten: optionalTextSchema,
  periodicity: optionalTextSchema,
  periodicityOptions: z.array(z.enum(PERIODICITIES, { error: "Périodicité inconnue." })),
  source: optionalTextSchema,
  // null = "non mesuré": the honest state before a first measure.
  observedLevel: optionalTextSchema,
  observedLevelAsWritten: optionalTextSchema,
  conditions: optionalTextSchema,
  target: indicatorTargetSchema,
  notes: z.array(z.string()),
});
export type AnnexIndicator = z.infer<typeof indicatorSchema>;

const engagementSchema = z.object({
  code: z
    .string({ error: "Code d'engagement attendu." })
    .regex(/^\d+\.\d+$/, { message: "Code d'engagement invalide (ex. 3.3)." }),
  label: optionalTextSchema,
});

// --- Perimeter, priorities, governance ------------------------------------------------------------

const subDomainSchema = z.object({
  title: textSchema,
  // Letter printed by the source for this sub-domain (Le Taillan prints B's projects as "A").
  letterAsWritten: optionalTextSchema,
  mutualised: z.boolean({ error: "Vrai ou faux attendu." }),
  activities: z.array(textSchema),
  exclusions: z.array(textSchema),
});
export type AnnexSubDomain = z.infer<typeof subDomainSchema>;

const prioritySchema = z
  .object({
    title: optionalTextSchema,
    text: optionalTextSchema,
    nature: optionalTextSchema,
    objective: optionalTextSchema,
    stakes: optionalTextSchema,
  })
  .refine((priority) => Boolean(priority.title || priority.text), {
    message: "Une priorité doit avoir un titre ou un texte.",
  });
export type AnnexPriority = z.infer<typeof prioritySchema>;

const governanceBodySchema = z.object({
  body: textSchema,
  frequency: optionalTextSchema,
  note: optionalTextSchema,
});

const saisineCellSchema = z.object({
  communeFunction: optionalTextSchema,
  sharedServiceFunction: optionalTextSchema,
  note: optionalTextSchema,
});
export type SaisineCell = z.infer<typeof saisineCellSchema>;

const saisineRowSchema = z.object({
  A: saisineCellSchema,
  B: saisineCellSchema,
  C: saisineCellSchema,
  D: saisineCellSchema,
});

export const APPLICATION_RESPONSIBILITIES = ["shared-service", "commune", "shared"] as const;

const applicationSchema = z.object({
  name: textSchema,
  vendor: optionalTextSchema,
  description: optionalTextSchema,
  responsibility: z.enum(APPLICATION_RESPONSIBILITIES, {
    error: "Responsabilité inconnue : shared-service, commune ou shared attendu.",
  }),
  note: optionalTextSchema,
});
export type AnnexApplication = z.infer<typeof applicationSchema>;

const handlerSchema = z
  .enum(["commune", "metropole"], {
    error: "« commune », « metropole » ou aucune valeur attendue.",
  })
  .nullable();

// null everywhere = the annex predates the 2018 RGPD amendment and says nothing about it.
const rgpdSchema = z.object({
  dpoShared: z.boolean({ error: "Vrai, faux ou aucune valeur attendue." }).nullable(),
  breachesHandledBy: handlerSchema,
  dataSubjectRequestsHandledBy: handlerSchema,
  subProcessorSelection: optionalTextSchema,
  legacyProcessingInventoryDue: isoDateSchema.nullable(),
});
export type AnnexRgpd = z.infer<typeof rgpdSchema>;

const signatorySchema = z.object({ name: optionalTextSchema, role: optionalTextSchema });
const partySchema = z.object({ name: textSchema, signatory: signatorySchema });

const originSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("contract") }),
    z.object({
      kind: z.literal("amendment"),
      number: z
        .number()
        .int()
        .positive({ message: "Numéro d'avenant positif attendu." })
        .nullable(),
      subject: optionalTextSchema,
    }),
  ],
  { error: "Origine invalide : « contract » ou « amendment » attendu." },
);

const sourceIssueSchema = z.object({
  note: textSchema,
  file: optionalTextSchema,
  lines: z.array(z.number().int().nonnegative()),
});

// --- The annex --------------------------------------------------------------------------------------

export const annexSchema = z.object({
  schemaVersion: z.literal(1, { error: "Version de format non prise en charge (1 attendu)." }),
  model: z.literal("bordeaux-contrat-engagement", {
    error: "Modèle non pris en charge (« bordeaux-contrat-engagement » attendu).",
  }),
  commune: z.object({
    name: textSchema,
    slug: z
      .string({ error: "Identifiant attendu." })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Identifiant invalide (ex. le-bouscat)." }),
    includesCCAS: z.boolean({ error: "Vrai, faux ou aucune valeur attendue." }).nullable(),
  }),
  domain: textSchema,
  origin: originSchema,
  parties: z.object({ metropole: partySchema, commune: partySchema }),
  contractSignedOn: isoDateSchema.nullable(),
  // Several 2018 amendments were never dated ("Fait à Bordeaux, le ____"): null, not a guess.
  signedOn: isoDateSchema.nullable(),
  effectiveFrom: isoDateSchema.nullable(),
  duration: z.object({ rule: z.literal("municipal-mandate"), asWritten: textSchema }),
  perimeterHeading: optionalTextSchema,
  subDomains: z.object({
    A: subDomainSchema,
    B: subDomainSchema,
    C: subDomainSchema,
    D: subDomainSchema,
  }),
  // Activities or exclusions the import could not attach to a sub-domain.
  unassigned: z.object({ activities: z.array(textSchema), exclusions: z.array(textSchema) }),
  priorities: z.array(prioritySchema),
  prioritiesNote: optionalTextSchema,
  responsibles: z.object({ commune: optionalTextSchema, sharedService: optionalTextSchema }),
  engagements: z.array(engagementSchema),
  indicators: z.array(indicatorSchema),
  supportHours: supportHoursSchema,
  governance: z.array(governanceBodySchema),
  saisineMatrix: z.object({
    ordinaire: saisineRowSchema,
    urgence: saisineRowSchema,
    exceptionnelle: saisineRowSchema,
  }),
  // null = no inventory annexed (most communes); [] = an empty inventory.
  applications: z.array(applicationSchema).nullable(),
  rgpd: rgpdSchema,
  projectDaysPerYear: z
    .number({ error: "Nombre de jours attendu." })
    .nonnegative({ message: "Le nombre de jours projet ne peut pas être négatif." })
    .nullable(),
  projectDaysNote: optionalTextSchema,
  source: z.object({
    file: optionalTextSchema,
    lines: z.tuple([z.number().int(), z.number().int()]).nullable(),
  }),
  sourceIssues: z.array(sourceIssueSchema),
});

export type Annex = z.infer<typeof annexSchema>;
