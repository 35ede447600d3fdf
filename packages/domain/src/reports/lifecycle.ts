/**
 * The life of an annual evaluation report (000 art. 5): a draft generated from the data, reviewed
 * by the commune (its comments), validated by the Métropole — not while an indicator of the
 * contract is missing, unless each gap is explained —, sent by 31 March of the next year, then
 * presented to the municipal council « pour information ». Each step is dated and signed by whom;
 * a sent report no longer changes (only its presentation is recorded, once).
 */
import { frenchDate } from "../time/french-dates.ts";

export const REPORT_STATUSES = ["draft", "reviewed", "validated", "sent", "presented"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** Once sent (then presented), a report is immutable, and so is what it reports. */
export const SENT_REPORT_STATUSES = [
  "sent",
  "presented",
] as const satisfies readonly ReportStatus[];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "Projet",
  reviewed: "Relu par la commune",
  validated: "Validé",
  sent: "Envoyé à la commune",
  presented: "Présenté au conseil municipal",
};

/** What a person can do to a report. Editing covers regenerating and the Métropole's texts. */
export const REPORT_STEPS = ["edit", "review", "validate", "send", "present"] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

export type ReportSide = "operator" | "commune";

/** An indicator the report could not measure, and the explanation given for it, if any. */
export type IndicatorGap = { code: string; label: string };

export type ReportState = {
  status: ReportStatus;
  year: number;
  /** Paris day the report was sent, once sent. */
  sentOn: string | null;
};

const WHO: Record<ReportStep, ReportSide[]> = {
  edit: ["operator"],
  review: ["commune"],
  validate: ["operator"],
  send: ["operator"],
  present: ["operator", "commune"],
};

const FROM: Record<ReportStep, readonly ReportStatus[]> = {
  edit: ["draft", "reviewed"],
  review: ["draft", "reviewed"],
  validate: ["reviewed"],
  send: ["validated"],
  present: ["sent"],
};

export const REPORT_STEP_RESULT: Record<Exclude<ReportStep, "edit">, ReportStatus> = {
  review: "reviewed",
  validate: "validated",
  send: "sent",
  present: "presented",
};

function sentRefusal(state: ReportState): string {
  const on = state.sentOn ? ` le ${frenchDate(state.sentOn)}` : "";
  return `Ce rapport a été envoyé${on} : il ne peut plus être modifié.`;
}

/**
 * Why `side` may not take `step` on a report in `state`, in French; null when it may. The checks
 * that need more than the state (gaps, the council's date) are `validationRefusal` and
 * `presentationRefusal`.
 */
export function reportStepRefusal(
  state: ReportState,
  step: ReportStep,
  side: ReportSide,
): string | null {
  if (!WHO[step].includes(side))
    return side === "commune"
      ? "Seul le service commun peut faire cette étape du rapport."
      : "La relecture du rapport revient à la commune.";
  if (FROM[step].includes(state.status)) return null;
  if (state.status === "presented" && step === "present")
    return "La présentation au conseil municipal est déjà enregistrée.";
  if (state.status === "sent" || state.status === "presented") return sentRefusal(state);
  switch (step) {
    case "edit":
    case "review":
      return "Le rapport est validé : il n'est plus modifié avant son envoi.";
    case "validate":
      return state.status === "draft"
        ? "La commune doit d'abord relire le rapport."
        : "Le rapport est déjà validé.";
    case "send":
      return "Le rapport doit être validé avant d'être envoyé.";
    case "present":
      return "Le rapport doit être envoyé avant d'être présenté au conseil municipal.";
  }
}

/**
 * Validation is refused while an indicator of the contract is missing from the report, unless
 * each such gap is explained (a text per indicator code).
 */
export function validationRefusal(
  gaps: readonly IndicatorGap[],
  explanations: Readonly<Record<string, string>>,
): string | null {
  const unexplained = gaps.filter((gap) => !explanations[gap.code]?.trim());
  if (unexplained.length === 0) return null;
  const codes = unexplained.map((gap) => gap.code).join(", ");
  return unexplained.length === 1
    ? `L'indicateur ${codes} n'est pas mesuré : expliquez pourquoi avant de valider le rapport.`
    : `Les indicateurs ${codes} ne sont pas mesurés : expliquez chaque manque avant de valider le rapport.`;
}

/** The council meets after the report was sent, and not in the future. */
export function presentationRefusal(
  councilDate: string,
  sentOn: string,
  today: string,
): string | null {
  if (councilDate < sentOn)
    return `Le conseil municipal ne peut avoir vu le rapport avant son envoi, le ${frenchDate(sentOn)}.`;
  if (councilDate > today)
    return "Enregistrez la présentation une fois la séance du conseil municipal tenue.";
  return null;
}

/** A report of year N may be generated from 1 January N+1 (its year is over). */
export function generationRefusal(year: number, today: string): string | null {
  return today < `${year + 1}-01-01`
    ? `L'année ${year} n'est pas terminée : son rapport se prépare à partir du 1er janvier ${year + 1}.`
    : null;
}
