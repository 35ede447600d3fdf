/**
 * The target an indicator of the annex sets (« Engagements et indicateurs », seeds 000, 001, 004).
 * Where it can be computed it is structured — a delay in business time per nature and criticality,
 * possibly as a compliance rate (« 95 % en 4 heures ouvrées »), a percentage, a count; otherwise it
 * stays free text, or « à définir conjointement » (with the year agreed for it). The delay targets
 * of the indicators that measure saisines (3.3.1, 3.3.2, 4.1.1, 4.1.2) are what their clocks use:
 * the signed contract is the one source of the delays a saisine runs on.
 */
import { z } from "zod";
import { choose } from "../errors/field-errors.ts";
import {
  businessMinutesSchema,
  compliancePercentSchema,
  SLA_INDICATORS,
  type SlaIndicator,
  type SlaTarget,
} from "../sla/targets.ts";
import { SAISINE_CRITICALITIES, SAISINE_NATURES } from "./saisine-kinds.ts";

/** One delay of an indicator, for the saisines it names (all natures or criticalities when absent). */
export const delayRuleSchema = z.strictObject({
  nature: z
    .enum(SAISINE_NATURES, {
      error: choose(
        "Choisissez la nature.",
        "Nature inconnue : ordinaire, urgence ou exceptionnelle.",
      ),
    })
    .optional(),
  criticality: z
    .enum(SAISINE_CRITICALITIES, {
      error: choose("Choisissez la criticité.", "Criticité inconnue : bloquant ou non-bloquant."),
    })
    .optional(),
  businessMinutes: businessMinutesSchema,
  /** Share of the saisines that must meet the delay; absent means every one (100 %). */
  compliancePercent: compliancePercentSchema.optional(),
});
export type DelayRule = z.infer<typeof delayRuleSchema>;

const textSchema = z
  .string({ error: "Texte attendu." })
  .trim()
  .min(1, { message: "Ce texte ne peut pas être vide." });

const yearSchema = z
  .number({ error: "Année attendue." })
  .int({ message: "L'année doit être un nombre entier." })
  .min(2000, { message: "Année improbable (avant 2000)." })
  .max(2100, { message: "Année improbable (après 2100)." });

export const indicatorTargetSchema = z.discriminatedUnion(
  "kind",
  [
    /** Free text: a target the contract states but nothing computes. */
    z.object({ kind: z.literal("defined"), value: textSchema }),
    z.object({ kind: z.literal("to-define-jointly"), dueYear: yearSchema.optional() }),
    z.object({
      kind: z.literal("delay"),
      rules: z
        .array(delayRuleSchema)
        .min(1, { error: "Indiquez au moins un délai." })
        .max(12, { error: "12 délais au plus." })
        .superRefine((rules, ctx) => {
          const seen = new Set<string>();
          rules.forEach((rule, index) => {
            const key = `${rule.nature ?? "*"}|${rule.criticality ?? "*"}`;
            if (seen.has(key))
              ctx.addIssue({
                code: "custom",
                path: [index],
                message: "Deux délais visent les mêmes saisines : gardez-en un.",
              });
            seen.add(key);
          });
        }),
    }),
    /** A rate to reach (« au moins 15 % du parc renouvelé par an ») or not to exceed. */
    z.object({
      kind: z.literal("rate"),
      percent: z
        .number({ error: "Pourcentage attendu." })
        .min(0, { error: "Un pourcentage va de 0 à 100." })
        .max(100, { error: "Un pourcentage va de 0 à 100." }),
      atLeast: z.boolean({ error: "Précisez s'il s'agit d'un minimum ou d'un maximum." }),
    }),
    z.object({
      kind: z.literal("count"),
      value: z
        .number({ error: "Nombre attendu." })
        .int({ error: "Nombre entier attendu." })
        .min(0, { error: "Le nombre ne peut être négatif." }),
      atLeast: z.boolean({ error: "Précisez s'il s'agit d'un minimum ou d'un maximum." }),
    }),
  ],
  {
    error:
      "Cible invalide : « defined », « to-define-jointly », « delay », « rate » ou « count » attendu.",
  },
);
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

/** The delay targets an annex sets on the indicators that measure saisines. */
export function slaTargetsOfAnnex(annex: {
  indicators: readonly { code: string; target: IndicatorTarget }[];
}): SlaTarget[] {
  return annex.indicators.flatMap((indicator) => {
    const code = indicator.code as SlaIndicator;
    if (!SLA_INDICATORS.includes(code) || indicator.target.kind !== "delay") return [];
    return indicator.target.rules.map((rule) => ({ indicator: code, ...rule }));
  });
}

/** « 4 heures ouvrées », « 2 jours ouvrés de 7 h 30 »… as people read a delay. */
export function describeBusinessMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} minute${rest > 1 ? "s" : ""} ouvrée${rest > 1 ? "s" : ""}`;
  const h = `${hours} heure${hours > 1 ? "s" : ""}`;
  return rest
    ? `${hours} h ${String(rest).padStart(2, "0")} ouvrées`
    : `${h} ouvrée${hours > 1 ? "s" : ""}`;
}

/** « 95 % en 4 heures ouvrées », or the delay alone when every saisine must meet it. */
export function describeDelayRule(rule: Pick<DelayRule, "businessMinutes" | "compliancePercent">) {
  const delay = describeBusinessMinutes(rule.businessMinutes);
  if (rule.compliancePercent === undefined || rule.compliancePercent === 100) return delay;
  return `${String(rule.compliancePercent).replace(".", ",")} % en ${delay}`;
}

const NATURE_WORDS: Record<NonNullable<DelayRule["nature"]>, string> = {
  ordinaire: "ordinaire",
  urgence: "urgence",
  exceptionnelle: "exceptionnelle",
};
const CRITICALITY_WORDS: Record<NonNullable<DelayRule["criticality"]>, string> = {
  bloquant: "bloquant",
  "non-bloquant": "non bloquant",
};

/** Whom a delay rule concerns, in words (« urgence, bloquant »), or null for every saisine. */
export function delayRuleScope(rule: Pick<DelayRule, "nature" | "criticality">): string | null {
  const words = [
    rule.nature ? NATURE_WORDS[rule.nature] : null,
    rule.criticality ? CRITICALITY_WORDS[rule.criticality] : null,
  ].filter((word): word is string => word !== null);
  return words.length ? words.join(", ") : null;
}

/** A target as the contract reads it, in French (« 95 % en 4 heures ouvrées », « À définir… »). */
export function describeIndicatorTarget(target: IndicatorTarget): string {
  switch (target.kind) {
    case "defined":
      return target.value;
    case "to-define-jointly":
      return target.dueYear
        ? `À définir conjointement, en ${target.dueYear}`
        : "À définir conjointement";
    case "delay":
      return target.rules
        .map((rule) => {
          const scope = delayRuleScope(rule);
          const delay = describeDelayRule(rule);
          return scope ? `${scope[0]?.toUpperCase()}${scope.slice(1)} : ${delay}` : delay;
        })
        .join(" ; ");
    case "rate":
      return `${target.atLeast ? "Au moins" : "Au plus"} ${String(target.percent).replace(".", ",")} %`;
    case "count":
      return `${target.atLeast ? "Au moins" : "Au plus"} ${target.value}`;
  }
}
