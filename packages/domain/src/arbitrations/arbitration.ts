/**
 * Arbitration of disagreements between a commune and the shared service (000 art. 4,
 * "Régulation et arbitrage"): the hierarchical authorities seek a compromise, then the
 * directors general, then, as a last resort, the Mayor and the President. "En cas de
 * divergence sur le fond, les instructions du Maire sont appliquées en dernière instance."
 */
import { z } from "zod";
import { requiredIsoDate } from "../time/schemas.ts";
import { choose } from "../errors/field-errors.ts";
import { saisineIdSchema } from "../saisines/inputs.ts";
import { frenchIsoDate } from "../time/french-dates.ts";

export const ARBITRATION_LEVELS = [1, 2, 3] as const;
export type ArbitrationLevel = (typeof ARBITRATION_LEVELS)[number];

export type ArbitrationSeat = { label: string; commune: string[]; operator: string[] };

/** Who sits at each level, as 000 art. 4 names them. */
export const ARBITRATION_SEATS: Record<ArbitrationLevel, ArbitrationSeat> = {
  1: {
    label: "Niveau 1 — autorités hiérarchiques",
    commune: ["Directeur général des services de la commune", "Directeurs généraux adjoints"],
    operator: ["Adjoint au directeur général des territoires en charge du pôle territorial"],
  },
  2: {
    label: "Niveau 2 — directeurs généraux",
    commune: ["Directeur général des services de la commune"],
    operator: ["Directeur général des services de la Métropole"],
  },
  3: {
    label: "Niveau 3 — le Maire et le Président",
    commune: ["Maire"],
    operator: ["Président de la Métropole"],
  },
};

/** What the disagreement is about: the programming of work (the usual case) or its substance. */
export const DISAGREEMENT_KINDS = ["programmation", "fond"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];
export const DISAGREEMENT_KIND_LABELS: Record<DisagreementKind, string> = {
  programmation: "Programmation des opérations, tâches ou travaux",
  fond: "Divergence sur le fond",
};

const KIND_ERROR = choose(
  "Choisissez l'objet du désaccord.",
  "Objet attendu : programmation ou fond.",
);

export const ARBITRATION_OUTCOMES = ["accord", "desaccord", "instruction-du-maire"] as const;
export type ArbitrationOutcome = (typeof ARBITRATION_OUTCOMES)[number];
export const ARBITRATION_OUTCOME_LABELS: Record<ArbitrationOutcome, string> = {
  accord: "Solution trouvée",
  desaccord: "Pas d'accord",
  "instruction-du-maire": "Instruction du Maire (appliquée en dernière instance)",
};

const participantSchema = z.object({
  name: z
    .string({ error: "Indiquez le nom du participant." })
    .trim()
    .min(2, { error: "Indiquez le nom du participant." })
    .max(120, { error: "Nom trop long (120 caractères au plus)." }),
  function: z
    .string({ error: "Indiquez la fonction du participant." })
    .trim()
    .min(2, { error: "Indiquez la fonction du participant." })
    .max(200, { error: "Fonction trop longue (200 caractères au plus)." }),
  side: z.enum(["commune", "operator"], { error: "Côté attendu : commune ou operator." }),
});

export const arbitrationRecordSchema = z
  .object({
    level: z.literal(ARBITRATION_LEVELS, { error: "Niveau d'arbitrage attendu : 1, 2 ou 3." }),
    kind: z.enum(DISAGREEMENT_KINDS, { error: KIND_ERROR }),
    heldOn: requiredIsoDate("Indiquez la date de la réunion."),
    participants: z.array(participantSchema).max(20, { error: "20 participants au plus." }),
    outcome: z.enum(ARBITRATION_OUTCOMES, {
      error: choose(
        "Choisissez l'issue de la réunion.",
        "Issue attendue : accord, desaccord ou instruction-du-maire.",
      ),
    }),
    decision: z
      .string({ error: "Consignez la décision ou le constat de désaccord." })
      .trim()
      .min(10, { error: "Consignez la décision (10 caractères au moins)." })
      .max(5000, { error: "Décision trop longue (5 000 caractères au plus)." }),
  })
  .superRefine((record, ctx) => {
    for (const side of ["commune", "operator"] as const) {
      if (!record.participants.some((participant) => participant.side === side)) {
        ctx.addIssue({
          code: "custom",
          path: ["participants"],
          message:
            side === "commune"
              ? "Un arbitrage réunit les deux parties : indiquez au moins un participant de la commune."
              : "Un arbitrage réunit les deux parties : indiquez au moins un participant du service commun.",
        });
      }
    }
    if (
      record.outcome === "instruction-du-maire" &&
      (record.level !== 3 || record.kind !== "fond")
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["outcome"],
        message:
          "L'instruction du Maire ne tranche qu'en dernière instance (niveau 3) et sur le fond.",
      });
    }
  });
export type ArbitrationRecord = z.output<typeof arbitrationRecordSchema>;

/** Recording one level held of an open arbitration. */
export const recordArbitrationInput = arbitrationRecordSchema.safeExtend({
  arbitrationId: z.uuid({ error: "Arbitrage inconnu." }),
});

/**
 * A record ends the procedure when a solution was found, when the Mayor's instruction was
 * applied, or at level 3 in any case: there is no level above the Mayor and the President.
 */
export function isFinalArbitration(record: Pick<ArbitrationRecord, "level" | "outcome">): boolean {
  return record.outcome !== "desaccord" || record.level === 3;
}

export type NextArbitration = { ok: true; level: ArbitrationLevel } | { ok: false; error: string };

/** The level the next meeting must be held at, given the records so far (oldest first). */
export function nextArbitrationLevel(
  history: readonly Pick<ArbitrationRecord, "level" | "outcome">[],
): NextArbitration {
  const last = history[history.length - 1];
  if (!last) return { ok: true, level: 1 };
  if (isFinalArbitration(last)) {
    return {
      ok: false,
      error:
        last.level === 3
          ? "L'arbitrage a atteint son dernier niveau (le Maire et le Président) : il ne peut pas aller plus loin."
          : "L'arbitrage a déjà abouti : il ne peut pas être porté au niveau supérieur.",
    };
  }
  return { ok: true, level: (last.level + 1) as ArbitrationLevel };
}

/**
 * The history with `record` appended, or why it cannot be: levels follow one another from 1
 * without skipping, dates never go back, nothing follows a final record.
 */
export function appendArbitration(
  history: readonly ArbitrationRecord[],
  record: ArbitrationRecord,
): { ok: true; history: ArbitrationRecord[] } | { ok: false; error: string } {
  const next = nextArbitrationLevel(history);
  if (!next.ok) return next;
  if (record.level !== next.level) {
    return {
      ok: false,
      error: `Cet arbitrage relève du niveau ${next.level} (${ARBITRATION_SEATS[next.level].label.split(" — ")[1]}), pas du niveau ${record.level}.`,
    };
  }
  const last = history[history.length - 1];
  if (last && record.heldOn < last.heldOn) {
    return {
      ok: false,
      error: `Le niveau ${record.level} ne peut pas se tenir avant le niveau ${last.level} (${frenchIsoDate(last.heldOn)}).`,
    };
  }
  return { ok: true, history: [...history, record] };
}

/** An arbitration is open until a level settles it (agreement, or the Mayor's instruction). */
export const ARBITRATION_STATUSES = ["ouvert", "clos"] as const;
export type ArbitrationStatus = (typeof ARBITRATION_STATUSES)[number];

/** Raising a disagreement about a saisine: what it is about, and the disagreement in words. */
export const raiseArbitrationInput = z.object({
  saisineId: saisineIdSchema,
  kind: z.enum(DISAGREEMENT_KINDS, { error: KIND_ERROR }),
  subject: z
    .string({ error: "Décrivez le désaccord." })
    .trim()
    .min(10, { error: "Décrivez le désaccord (10 caractères au moins)." })
    .max(5000, { error: "Texte trop long (5 000 caractères au plus)." }),
});
export type RaiseArbitrationInput = z.output<typeof raiseArbitrationInput>;
