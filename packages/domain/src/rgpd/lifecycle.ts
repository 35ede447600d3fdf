/**
 * The life of a processing record and the checks around it: the impact assessment the CNIL's
 * criteria call for, who gives the DPO's opinion (the commune's option), what must be true before
 * it is put in force, and what a person may do next. A processing is put in force only after a
 * favourable opinion (or favourable with reservations) on the version being put in force (004
 * V-c « il doit impérativement être consulté avant mise en œuvre de tout nouveau traitement »); a
 * pre-existing one (V-k) or one found outside the standard processes (V-j) is inventoried as it runs.
 */
import { z } from "zod";
import { optionalText, requiredText, uuidOf } from "./fields.ts";
import type { ProcessingContent } from "./processing.ts";
import { metropoleRole } from "./roles.ts";
import {
  choiceOf,
  DPIA_CRITERIA,
  type DpiaCriterion,
  OPINION_OUTCOMES,
  type OpinionOutcome,
  type ProcessingPath,
  type ProcessingStatus,
} from "./vocabulary.ts";

/** Two of the CNIL's nine criteria make an impact assessment compulsory (EDPB WP248). */
export const DPIA_THRESHOLD = 2;

export type DpiaAssessment = { criteria: DpiaCriterion[]; required: boolean; reason: string };

/** The criteria met (sensitive data counts by itself) and whether an assessment is required. */
export function dpiaAssessment(
  content: Pick<ProcessingContent, "dpia" | "dataCategories">,
): DpiaAssessment {
  const met = new Set(content.dpia.criteria);
  if (content.dataCategories.some((c) => c.sensitive)) met.add("sensitive-data");
  const criteria = DPIA_CRITERIA.filter((c) => met.has(c));
  const n = criteria.length;
  if (n >= DPIA_THRESHOLD)
    return {
      criteria,
      required: true,
      reason: `${n} critères de la CNIL sont réunis : une analyse d'impact (AIPD) est obligatoire avant la mise en œuvre.`,
    };
  return {
    criteria,
    required: false,
    reason:
      n === 1
        ? "Un seul critère de la CNIL est réuni : l'analyse d'impact n'est pas obligatoire, le DPO apprécie."
        : "Aucun critère de la CNIL n'est réuni : pas d'analyse d'impact obligatoire.",
  };
}

/** Paths whose processing exists before any opinion: inventoried as it runs, regularised after. */
export const INVENTORIED_PATHS: readonly ProcessingPath[] = ["legacy", "outside-process"];

/**
 * The DPO whose opinion counts (004 V-c, « choix optionnels »): the Métropole's when the commune
 * shares it — or when its annex predates the RGPD amendment and says nothing —, the commune's own
 * otherwise. The Métropole's own processing is always its DPO's.
 */
export function dpoSide(
  org: { kind: "commune" | "operator" },
  dpoShared: boolean | null,
): "commune" | "operator" {
  if (org.kind === "operator") return "operator";
  return dpoShared === false ? "commune" : "operator";
}

export type OpinionFacts = { revision: number; outcome: OpinionOutcome | null };

export type ProcessingFacts = {
  status: ProcessingStatus;
  revision: number;
  content: Pick<ProcessingContent, "path" | "dpia" | "dataCategories" | "securityDiagnosis">;
  /** The opinions asked and given, oldest first; `outcome` null while the DPO has not answered. */
  opinions: readonly OpinionFacts[];
};

/** The opinion on the version as it stands, if one was given; the pending request if any. */
export function opinionOnCurrent(facts: Pick<ProcessingFacts, "revision" | "opinions">) {
  const onCurrent = facts.opinions.filter((o) => o.revision === facts.revision);
  return {
    given: onCurrent.filter((o) => o.outcome !== null).at(-1) ?? null,
    pending: facts.opinions.some((o) => o.outcome === null),
  };
}

export const isFavourable = (outcome: OpinionOutcome | null) =>
  outcome === "favourable" || outcome === "favourable-with-reservations";

/** Changed since the last favourable opinion (an in-force processing edited afterwards). */
export function changedSinceOpinion(facts: Pick<ProcessingFacts, "revision" | "opinions">) {
  const favourable = facts.opinions.filter((o) => isFavourable(o.outcome));
  const last = favourable.at(-1);
  return last !== undefined && last.revision < facts.revision;
}

/** Why the processing cannot be put in force now; empty when it can. */
export function inForceBlockers(facts: ProcessingFacts): string[] {
  if (facts.status !== "draft")
    return [
      facts.status === "awaiting-opinion"
        ? "L'avis du DPO est attendu : le traitement ne peut pas être mis en œuvre avant."
        : "Seul un traitement en brouillon peut être mis en œuvre.",
    ];
  const { content } = facts;
  const blockers: string[] = [];
  if (!INVENTORIED_PATHS.includes(content.path)) {
    const { given } = opinionOnCurrent(facts);
    if (!given)
      blockers.push(
        "Le DPO n'a pas rendu d'avis sur cette version du traitement : demandez-le avant la mise en œuvre.",
      );
    else if (!isFavourable(given.outcome))
      blockers.push("L'avis du DPO est défavorable : le traitement ne peut pas être mis en œuvre.");
  }
  const dpia = dpiaAssessment(content);
  if (dpia.required && (!content.dpia.reference || !content.dpia.doneOn))
    blockers.push(
      "Une analyse d'impact est obligatoire : indiquez sa référence et sa date avant la mise en œuvre.",
    );
  if (content.dpia.cnilConsultationRequired && !content.dpia.cnilConsultedOn)
    blockers.push(
      "Le risque résiduel reste élevé : la CNIL doit être consultée avant la mise en œuvre (art. 36).",
    );
  if (content.path === "project" && !content.securityDiagnosis.doneOn)
    blockers.push(
      "Projet numérique : le diagnostic d'architecture et de sécurité de l'étape « étude et conseil » précède la validation (V-e/1).",
    );
  return blockers;
}

export const PROCESSING_ACTIONS = [
  "edit",
  "request-opinion",
  "give-opinion",
  "put-in-force",
  "end",
] as const;
export type ProcessingAction = (typeof PROCESSING_ACTIONS)[number];

/**
 * What may be done next, by a person who keeps the register (`manage`) and one who gives the DPO's
 * opinion for this commune (`opinion`). Put in force is offered even when blocked: the page then
 * says why (inForceBlockers), rather than hiding the way forward.
 */
export function processingActions(
  facts: Pick<ProcessingFacts, "status" | "revision" | "opinions">,
  may: { manage: boolean; opinion: boolean },
): ProcessingAction[] {
  const { pending } = opinionOnCurrent(facts);
  const actions: ProcessingAction[] = [];
  if (may.manage) {
    if (facts.status === "draft" || facts.status === "in-force") actions.push("edit");
    if (
      !pending &&
      (facts.status === "draft" || (facts.status === "in-force" && changedSinceOpinion(facts)))
    )
      actions.push("request-opinion");
    if (facts.status === "draft") actions.push("put-in-force");
    if (facts.status === "in-force") actions.push("end");
  }
  if (may.opinion && pending) actions.push("give-opinion");
  return actions;
}

/** The DPO's opinion: reservations listed when it has some, reasons when it is unfavourable. */
export const giveOpinionInput = z
  .object({
    processingId: uuidOf("Traitement"),
    outcome: choiceOf(OPINION_OUTCOMES, "Choisissez le sens de l'avis.", "Sens de l'avis inconnu."),
    reservations: z
      .array(requiredText("Rédigez la réserve ou retirez-la.", 1000))
      .max(20, "20 réserves au plus.")
      .default([]),
    text: optionalText(8000),
  })
  .superRefine((opinion, ctx) => {
    if (opinion.outcome === "favourable-with-reservations" && opinion.reservations.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["reservations"],
        message: "Un avis favorable avec réserves liste au moins une réserve.",
      });
    if (opinion.outcome !== "favourable-with-reservations" && opinion.reservations.length > 0)
      ctx.addIssue({
        code: "custom",
        path: ["reservations"],
        message: "Seul un avis favorable avec réserves comporte des réserves.",
      });
    if (opinion.outcome === "unfavourable" && opinion.text.length < 10)
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: "Un avis défavorable est motivé : expliquez ce qui fait obstacle.",
      });
  });
export type GiveOpinionInput = z.output<typeof giveOpinionInput>;

/** What a register's lists sort and filter on, worked out from a record's content. */
export function registerColumns(content: ProcessingContent, orgKind: "commune" | "operator") {
  return {
    name: content.name,
    path: content.path,
    sensitive: content.dataCategories.some((c) => c.sensitive),
    dpiaRequired: dpiaAssessment(content).required,
    metropoleRole: metropoleRole({
      ownProcessing: orgKind === "operator",
      definedPurposesAndMeansAsContractingAuthority: content.metropoleDefinedPurposesAndMeans,
    }).role,
  };
}
