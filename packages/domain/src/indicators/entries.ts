/**
 * What the shared service enters for an indicator mutu cannot compute: the measure of one period,
 * dated, with its evidence (a file or a link) and its allowed range — a maturity above 5, a rate
 * above 100 %, more renewed workstations than the fleet are refused in French. One schema per
 * indicator, told apart by its code; a computed indicator's code is refused with its reason.
 */
import { z } from "zod";
import { choiceError } from "../errors/field-errors.ts";
import { requiredIsoDate } from "../time/schemas.ts";
import {
  ENTERED_INDICATORS,
  type EnteredIndicator,
  HOURS_MAX,
  isComputedIndicator,
  isProjectIndicator,
  type MATURITY_DIMENSIONS,
  MATURITY_MAX,
  RESTORE_MAX_MINUTES,
} from "./catalogue.ts";
import { frenchDate } from "../time/french-dates.ts";
import {
  PERIODICITY_LABELS,
  type Periodicity,
  parsePeriodKey,
  periodHasEnded,
  periodKeySchema,
  periodLabel,
} from "./periods.ts";

const whole = (what: string, max: number) =>
  z
    .number({ error: `${what} : nombre attendu.` })
    .int({ error: `${what} : nombre entier attendu.` })
    .min(0, { error: `${what} : le nombre ne peut être négatif.` })
    .max(max, { error: `${what} : ${max.toLocaleString("fr-FR")} au plus.` });

const hours = (what: string) =>
  z
    .number({ error: `${what} : nombre d'heures attendu.` })
    .min(0, { error: `${what} : le nombre d'heures ne peut être négatif.` })
    .max(HOURS_MAX, { error: `${what} : ${HOURS_MAX.toLocaleString("fr-FR")} heures au plus.` })
    .refine((n) => Number.isInteger(n * 4), { error: `${what} : au quart d'heure près.` });

const score = z
  .number({ error: "Note attendue, de 0 à 5." })
  .min(0, { error: "Une note de maturité va de 0 à 5." })
  .max(MATURITY_MAX, { error: "Une note de maturité va de 0 à 5." })
  .refine((n) => Number.isInteger(n * 2), { error: "Note au demi-point près (ex. 2,5)." });

const minutes = (what: string) =>
  z
    .number({ error: `${what} : durée attendue, en minutes.` })
    .int({ error: `${what} : en minutes entières.` })
    .min(0, { error: `${what} : la durée ne peut être négative.` })
    .max(RESTORE_MAX_MINUTES, { error: `${what} : 30 jours au plus.` });

/** Renewed workstations of a fleet: never more than the fleet. */
const renewal = (where: string) =>
  z
    .object({
      renewed: whole(`${where}, postes renouvelés`, 100_000),
      fleet: whole(where, 100_000),
    })
    .refine((part) => part.renewed <= part.fleet, {
      error: `${where} : plus de postes renouvelés que de postes au parc.`,
      path: ["renewed"],
    });

export const ENTRY_VALUE_SCHEMAS = {
  "1.1.1": z
    .object({
      delivered: z.boolean({ error: "Indiquez si le schéma numérique a été livré." }),
      deliveredOn: requiredIsoDate("Indiquez la date de livraison du schéma numérique.").optional(),
    })
    .refine((v) => !v.delivered || v.deliveredOn !== undefined, {
      error: "Indiquez la date de livraison du schéma numérique.",
      path: ["deliveredOn"],
    }),
  "1.2.1": z.object({
    scores: z.object({
      conformite: score,
      continuite: score,
      incidentiel: score,
      organisation: score,
      acces: score,
    } satisfies Record<(typeof MATURITY_DIMENSIONS)[number], typeof score>),
  }),
  "2.1.1": z.object({ projectDays: whole("Jours consacrés aux projets", 3_660) }),
  "2.1.2": z
    .object({
      delivered: whole("Projets réalisés", 10_000),
      planned: whole("Projets prévus au schéma", 10_000).min(1, {
        error: "Projets prévus au schéma : un au moins.",
      }),
    })
    .refine((v) => v.delivered <= v.planned, {
      error: "Plus de projets réalisés que de projets prévus : le taux dépasserait 100 %.",
      path: ["delivered"],
    }),
  "2.2.1": z.object({ applications: whole("Applications maintenues", 10_000) }),
  "3.1.1": z
    .object({ townHall: renewal("Parc de la mairie"), schools: renewal("Parc des écoles") })
    .refine((v) => v.townHall.fleet + v.schools.fleet > 0, {
      error: "Indiquez le parc de la mairie, des écoles, ou des deux.",
      path: ["townHall", "fleet"],
    }),
  "3.2.1": z
    .object({
      scheduledHours: hours("Heures d'ouverture prévues"),
      keptHours: hours("Heures d'ouverture assurées"),
      presenceHours: hours("Heures de présence dans la commune"),
    })
    .refine((v) => v.keptHours <= v.scheduledHours, {
      error: "Plus d'heures assurées que d'heures prévues : le taux dépasserait 100 %.",
      path: ["keptHours"],
    }),
  "4.2.1": z.object({
    restoredMinutes: minutes("Délai de restauration constaté"),
    scope: z
      .string({ error: "Indiquez ce qui a été restauré." })
      .trim()
      .min(3, { error: "Indiquez ce qui a été restauré (3 caractères au moins)." })
      .max(300, { error: "300 caractères au plus." }),
  }),
  "4.2.2": z.object({
    dataLossMinutes: minutes("Perte de données constatée"),
    scope: z
      .string({ error: "Indiquez les données concernées." })
      .trim()
      .min(3, { error: "Indiquez les données concernées (3 caractères au moins)." })
      .max(300, { error: "300 caractères au plus." }),
  }),
} as const satisfies Record<EnteredIndicator, z.ZodType>;

export type EntryValue<C extends EnteredIndicator = EnteredIndicator> = z.output<
  (typeof ENTRY_VALUE_SCHEMAS)[C]
>;

const httpUrl = z
  .url({ protocol: /^https?$/, error: "Lien invalide : une adresse web en http(s) attendue." })
  .max(2000, { error: "Lien trop long (2 000 caractères au plus)." });

/** The evidence of a measure: a link to where it is kept, or a file (checked like attachments). */
export const evidenceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("link"), url: httpUrl }),
    z.object({
      kind: z.literal("file"),
      fileName: z.string({ error: "Nom de fichier attendu." }).min(1).max(255),
      mediaType: z.string({ error: "Type de fichier attendu." }).max(200),
      contentBase64: z.string({ error: "Contenu du fichier attendu." }).min(1, {
        error: "Le fichier est vide.",
      }),
    }),
  ],
  { error: "Joignez la preuve de la mesure : un fichier ou un lien." },
);
export type Evidence = z.infer<typeof evidenceSchema>;

/** What every entry carries besides its value. */
const entryBase = {
  orgId: z.uuid({ error: choiceError("Choisissez la commune.", "Commune inconnue.").error }),
  period: periodKeySchema,
  measuredOn: requiredIsoDate("Indiquez la date de la mesure."),
  evidence: evidenceSchema,
  note: z
    .string({ error: "Texte attendu." })
    .trim()
    .max(2000, { error: "Commentaire trop long (2 000 caractères au plus)." })
    .optional(),
};

const variants = ENTERED_INDICATORS.map((code) =>
  z.object({ ...entryBase, indicator: z.literal(code), value: ENTRY_VALUE_SCHEMAS[code] }),
) as unknown as {
  [C in EnteredIndicator]: z.ZodObject<
    typeof entryBase & { indicator: z.ZodLiteral<C>; value: (typeof ENTRY_VALUE_SCHEMAS)[C] }
  >;
}[EnteredIndicator][];

const INDICATOR_CODE = /^\d{1,2}(\.\d{1,2}){1,3}$/;

/** The reason an indicator's code is refused for an entry. */
export function notEnteredReason(code: unknown): string {
  // Only a code shaped like one is repeated back (« 4.2.1 »): not whatever was sent.
  if (typeof code === "string" && code.trim() && !INDICATOR_CODE.test(code))
    return "Indicateur inconnu : choisissez l'indicateur mesuré.";
  if (typeof code === "string" && isComputedIndicator(code))
    return `L'indicateur ${code} est calculé à partir des saisines : il ne se saisit pas.`;
  if (typeof code === "string" && isProjectIndicator(code))
    return `L'indicateur ${code} est calculé à partir des projets et de leur charge : il ne se saisit pas.`;
  if (typeof code === "string" && code.trim())
    return `L'indicateur ${code} n'a pas de mesure à saisir dans mutu.`;
  return "Choisissez l'indicateur mesuré.";
}

export const indicatorEntryInput = z.discriminatedUnion(
  "indicator",
  variants as unknown as [(typeof variants)[number], ...(typeof variants)[number][]],
  { error: (issue) => notEnteredReason((issue.input as { indicator?: unknown })?.indicator) },
);
export type IndicatorEntryInput = z.output<typeof indicatorEntryInput>;

/** The periodicities the annex allows for an indicator; none written means yearly. */
export function allowedPeriodicities(indicator: { periodicityOptions: readonly Periodicity[] }) {
  return indicator.periodicityOptions.length ? indicator.periodicityOptions : (["annual"] as const);
}

export type EntryContext = {
  /** The indicator as the annex in force at the period's end writes it, or null if absent. */
  indicator: { code: string; periodicityOptions: readonly Periodicity[] } | null;
  /** Today, in Paris. */
  today: string;
};

/**
 * What the schema cannot check alone: the annex names the indicator, the period is one of its
 * periodicities and has ended, the measure was taken in it or after, and not in the future.
 * Field errors in French, or null when the entry may be written.
 */
export function entryRefusal(
  entry: Pick<IndicatorEntryInput, "indicator" | "period" | "measuredOn">,
  context: EntryContext,
): Record<string, string[]> | null {
  if (isProjectIndicator(entry.indicator))
    return { indicator: [notEnteredReason(entry.indicator)] };
  const period = parsePeriodKey(entry.period);
  if (!context.indicator)
    return {
      indicator: [`L'annexe en vigueur ne comporte pas d'indicateur ${entry.indicator}.`],
    };
  if (!period) return { period: ["Période invalide."] };
  const allowed = allowedPeriodicities(context.indicator);
  if (!allowed.includes(period.periodicity))
    return {
      period: [
        `L'indicateur ${entry.indicator} se mesure par période ${allowed
          .map((p) => PERIODICITY_LABELS[p].toLowerCase())
          .join(" ou ")} : choisissez une telle période.`,
      ],
    };
  if (!periodHasEnded(period, context.today))
    return {
      period: [
        `La période « ${periodLabel(period)} » n'est pas terminée : sa mesure se saisit à partir du ${frenchDate(period.to)}.`,
      ],
    };
  if (entry.measuredOn > context.today)
    return { measuredOn: ["La date de la mesure ne peut être dans le futur."] };
  if (entry.measuredOn < period.from)
    return {
      measuredOn: [
        `La mesure d'une période ne peut être antérieure à son début (${frenchDate(period.from)}).`,
      ],
    };
  return null;
}
