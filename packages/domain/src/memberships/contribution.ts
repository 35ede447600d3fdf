/**
 * What a member of the Redon shared service pays (seed 002 art. 7), in integer euro cents, and its
 * share of the level-1 pool of working days (art. 3.2.2). Pure arithmetic on the tariff data; the
 * choices the seed leaves open are written next to the code that makes them.
 */
import { z } from "zod";
import { FRENCH_ERRORS } from "../errors/field-errors.ts";
import { addMonths } from "../time/paris.ts";
import { isoDateSchema } from "../time/schemas.ts";
import { type PopulationTier, type RedonTariff, rowFor } from "./redon-tariff.ts";
import { SUBSCRIPTIONS } from "./vocabulary.ts";

/** A commune's population, in inhabitants (its tier, its price). */
export const populationSchema = z
  .number({ error: "La population doit être un nombre d'habitants." })
  .int({ message: "La population doit être un nombre entier d'habitants." })
  .nonnegative({ message: "La population ne peut pas être négative." })
  // Paris, the largest commune, has some 2.1 million inhabitants.
  .max(10_000_000, { message: "La population ne peut dépasser 10 millions d'habitants." });

export const contributionInputSchema = z
  .object({
    population: populationSchema,
    subscription: z.enum(SUBSCRIPTIONS, {
      error:
        "Formule inconnue : « socle-complet », « audit », « groupement-achats » ou « audit+groupement-achats » attendue.",
    }),
    /** Day the audit was invoiced, i.e. its report delivered (art. 7.2.1). */
    auditInvoicedOn: isoDateSchema.optional(),
    /** Day the member joined the subscription being priced. */
    joinedOn: isoDateSchema.optional(),
    /** Level-1 half days beyond the shared pool, for the year priced. */
    extraHalfDays: z
      .number({ error: "Le nombre de demi-journées doit être un nombre." })
      .int({ message: "Le nombre de demi-journées doit être entier." })
      .nonnegative({ message: "Le nombre de demi-journées ne peut pas être négatif." })
      .optional(),
    /** Art. 7.1 (*): a commune with its own IT department also needs the deeper review. */
    hasItService: z.boolean({ error: "Vrai ou faux attendu." }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.auditInvoicedOn && input.joinedOn && input.joinedOn < input.auditInvoicedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["joinedOn"],
        message: "La date d'adhésion ne peut pas précéder la facturation de l'audit.",
      });
    }
    if (input.subscription === "socle-complet" && input.auditInvoicedOn && !input.joinedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["joinedOn"],
        message:
          "La date d'adhésion au socle complet est requise pour savoir si l'audit est déduit.",
      });
    }
  });
export type ContributionInput = z.input<typeof contributionInputSchema>;

export type ContributionLine = { label: string; cents: number };
export type Contribution = {
  firstYearCents: number;
  followingYearsCents: number;
  needsReview: boolean;
  /** Breakdown of the first year; the lines add up to firstYearCents. */
  lines: ContributionLine[];
};

export class ContributionInputError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(
      issues
        .map((issue) => (issue.path ? `${issue.path} : ${issue.message}` : issue.message))
        .join(" "),
    );
    this.name = "ContributionInputError";
    this.issues = issues;
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input, { error: FRENCH_ERRORS });
  if (!parsed.success) {
    throw new ContributionInputError(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

function euros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${units},${String(abs % 100).padStart(2, "0")} €`;
}

function inhabitants(population: number): string {
  return String(population).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

function tierText(tier: PopulationTier): string {
  return `tranche « ${tier.label} »`;
}

/**
 * Yearly contribution of a member.
 *
 * - Socle complet: part fixe of the tier + 1,50 € per inhabitant. Above 8,000 inhabitants (or with
 *   an IT department) the convention requires a deeper review first: the top tier is applied as
 *   an estimate and `needsReview` is set.
 * - Audit deduction: the audit price is deducted from the first year of the socle complet when
 *   joining "dans un second temps (qui n'excèdera pas 6 mois)" (art. 4.1): a join exactly six
 *   calendar months after the audit invoice is still inside; the next day is outside. Outside
 *   the window nothing is deducted; the "complément de diagnostic" art. 4.1 (*) then allows is
 *   level-1 work, priced through `extraHalfDays`.
 * - Audit alone is charged once, on delivery of its report: nothing in the following years.
 * - Audit + purchasing groups: cumulated the first year, then purchasing groups only (art. 7.2.3).
 * - Extra level-1 half days: 200 € each, counted in the year priced (first year) only.
 *
 * Throws ContributionInputError (French issues) on invalid input.
 */
export function computeContribution(tariff: RedonTariff, input: ContributionInput): Contribution {
  const data = parseOrThrow(contributionInputSchema, input);
  const { population } = data;
  const lines: ContributionLine[] = [];
  let followingYearsCents = 0;
  let needsReview = false;

  const auditRow = () => {
    const { row, beyondTable } = rowFor(tariff.audit.rows, population);
    // The audit table stops at 8,000 inhabitants: a larger commune's audit has no written price.
    if (beyondTable) needsReview = true;
    return row;
  };
  const groupementAchats = () => {
    const { row } = rowFor(tariff.groupementAchats.rows, population);
    const variable = population * tariff.groupementAchats.variableCentsPerInhabitant;
    lines.push(
      { label: `Groupements d'achats – part fixe (${tierText(row.tier)})`, cents: row.fixedCents },
      {
        label: `Groupements d'achats – part variable (${inhabitants(population)} hab. × ${euros(tariff.groupementAchats.variableCentsPerInhabitant)})`,
        cents: variable,
      },
    );
    return row.fixedCents + variable;
  };

  switch (data.subscription) {
    case "socle-complet": {
      const { row } = rowFor(tariff.socleComplet.rows, population);
      needsReview =
        population > tariff.socleComplet.reviewAbovePopulation || data.hasItService === true;
      const variable = population * tariff.socleComplet.variableCentsPerInhabitant;
      lines.push(
        { label: `Socle complet – part fixe (${tierText(row.tier)})`, cents: row.fixedCents },
        {
          label: `Socle complet – part variable (${inhabitants(population)} hab. × ${euros(tariff.socleComplet.variableCentsPerInhabitant)})`,
          cents: variable,
        },
      );
      followingYearsCents = row.fixedCents + variable;
      if (data.auditInvoicedOn && data.joinedOn) {
        const windowEnd = addMonths(data.auditInvoicedOn, tariff.audit.deductionWindowMonths);
        if (data.joinedOn <= windowEnd) {
          const audit = auditRow();
          lines.push({
            label: `Déduction de l'audit facturé le ${data.auditInvoicedOn} (adhésion dans les 6 mois, jusqu'au ${windowEnd})`,
            cents: -audit.priceCents,
          });
        }
      }
      break;
    }
    case "audit": {
      const audit = auditRow();
      lines.push({ label: `Audit (${tierText(audit.tier)})`, cents: audit.priceCents });
      followingYearsCents = 0;
      break;
    }
    case "groupement-achats": {
      followingYearsCents = groupementAchats();
      break;
    }
    case "audit+groupement-achats": {
      const audit = auditRow();
      lines.push({ label: `Audit (${tierText(audit.tier)})`, cents: audit.priceCents });
      followingYearsCents = groupementAchats();
      break;
    }
  }

  const halfDays = data.extraHalfDays ?? 0;
  if (halfDays > 0) lines.push(level1BeyondLine(tariff, halfDays));

  const firstYearCents = lines.reduce((sum, line) => sum + line.cents, 0);
  return { firstYearCents, followingYearsCents, needsReview, lines };
}

/**
 * The contribution line of level-1 half days beyond the member's share (art. 7.1.1): « Prestations
 * ponctuelles au-delà des 117 jours partagés (3 demi-journées × 200,00 €) », naming the year they
 * were worked when given (they are charged with the next year's contribution).
 */
export function level1BeyondLine(
  tariff: RedonTariff,
  halfDays: number,
  workedIn?: number,
): ContributionLine {
  const when = workedIn === undefined ? "" : ` en ${workedIn}`;
  return {
    label: `Prestations ponctuelles${when} au-delà des ${tariff.level1.poolDays} jours partagés (${halfDays} demi-journée${halfDays > 1 ? "s" : ""} × ${euros(tariff.level1.halfDayCents)})`,
    cents: halfDays * tariff.level1.halfDayCents,
  };
}

export type Level1Allowance = {
  tier: PopulationTier;
  /** The commune's yearly share: the tier's days divided by its communes. */
  days: number;
  tierDays: number;
  communesInTier: number;
  poolDays: number;
  /** Above 8,000 inhabitants the pool has no row: the top tier's share, pending the review. */
  needsReview: boolean;
};

/**
 * A commune's share of the level-1 pool (art. 3.2.2): 39 days for 6 communes of 3,000–8,000
 * inhabitants (6.5 each), 40.5 for 9 of 1,500–2,999 (4.5), 37.5 for 15 under 1,500 (2.5).
 */
export function level1DaysAllowance(tariff: RedonTariff, population: number): Level1Allowance {
  const checked = parseOrThrow(z.object({ population: populationSchema }), { population });
  const { row, beyondTable } = rowFor(tariff.level1.rows, checked.population);
  return {
    tier: row.tier,
    days: row.days / row.communes,
    tierDays: row.days,
    communesInTier: row.communes,
    poolDays: tariff.level1.poolDays,
    needsReview: beyondTable,
  };
}
