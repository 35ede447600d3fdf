/**
 * The demo's delay targets, agreed the way a real commune agrees them: a signed amendment that
 * gives the indicators 3.3.1, 3.3.2, 4.1.1 and 4.1.2 their delays (adding the two 4.1 indicators
 * where the commune's table lacked them). The values are for the demonstration only — the seeds'
 * annexes leave these targets « à définir conjointement » — and the amendment says so.
 */
import {
  type Annex,
  type AnnexIndicator,
  BORDEAUX_MODEL_ENGAGEMENTS,
  type DelayRule,
  type IndicatorTarget,
} from "@mutu/domain";

export const DEMO_AMENDMENT = {
  subject:
    "Objectifs de délai des saisines (valeurs de démonstration, à convenir en comité de suivi)",
  signedOn: "2018-12-17",
  effectiveFrom: "2019-01-01",
} as const;

/** 3.3.1 within 4 business hours (95 %), 3.3.2 by criticality, 4.1.1 / 4.1.2 for hosting. */
export const DEMO_DELAYS: Record<"3.3.1" | "3.3.2" | "4.1.1" | "4.1.2", DelayRule[]> = {
  "3.3.1": [{ businessMinutes: 240, compliancePercent: 95 }],
  "3.3.2": [
    { criticality: "bloquant", businessMinutes: 480, compliancePercent: 90 },
    { criticality: "non-bloquant", businessMinutes: 1440, compliancePercent: 90 },
  ],
  "4.1.1": [{ businessMinutes: 120 }],
  "4.1.2": [{ criticality: "bloquant", businessMinutes: 240 }],
};

const MODEL_LABELS: Record<keyof typeof DEMO_DELAYS, string> = {
  "3.3.1": "Délai de prise en compte des demandes",
  "3.3.2": "Délai de résolution des incidents par criticité",
  "4.1.1": "Délai d'intervention",
  "4.1.2": "Délai de remise en service",
};

function modelIndicator(code: keyof typeof DEMO_DELAYS): AnnexIndicator {
  const engagement = code.slice(0, 3);
  return {
    code,
    engagement,
    label: MODEL_LABELS[code],
    subDomain: engagement.startsWith("3") ? "C" : "D",
    subDomainAsWritten: null,
    periodicity: "Mensuelle ou trimestrielle",
    periodicityOptions: ["monthly", "quarterly"],
    source: "Centre d'assistance et de support utilisateurs",
    observedLevel: null,
    observedLevelAsWritten: null,
    conditions: null,
    target: { kind: "to-define-jointly" },
    notes: [`Engagement : ${BORDEAUX_MODEL_ENGAGEMENTS[engagement] ?? engagement}`],
  };
}

/** The annex of the demo amendment that follows `current`, numbered after it. */
export function demoTargetsAmendment(current: Annex): Annex {
  const codes = Object.keys(DEMO_DELAYS) as (keyof typeof DEMO_DELAYS)[];
  const present = new Set(current.indicators.map((i) => i.code));
  const indicators = [
    ...current.indicators,
    ...codes.filter((code) => !present.has(code)).map(modelIndicator),
  ].map((indicator) => {
    const rules = DEMO_DELAYS[indicator.code as keyof typeof DEMO_DELAYS];
    const target: IndicatorTarget | undefined = rules ? { kind: "delay", rules } : undefined;
    return target ? { ...indicator, target } : indicator;
  });
  const previous = current.origin.kind === "amendment" ? (current.origin.number ?? 0) : 0;
  return {
    ...current,
    indicators: indicators.sort((a, b) => a.code.localeCompare(b.code, "fr", { numeric: true })),
    origin: { kind: "amendment", number: previous + 1, subject: DEMO_AMENDMENT.subject },
    signedOn: DEMO_AMENDMENT.signedOn,
    effectiveFrom: DEMO_AMENDMENT.effectiveFrom,
  };
}
