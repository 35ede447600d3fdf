import { describe, expect, test } from "vitest";
import type { SaisineNature } from "../contracts/annex.ts";
import { allowedTransitions, type SaisineAction } from "./lifecycle.ts";
import {
  applyTransition,
  closableFrom,
  initialSaisineStatus,
  lastConfirmationDay,
  type SaisineStatusState,
} from "./status.ts";
import { type ActorSide, SAISINE_STATUSES, type SaisineStatus } from "./vocabulary.ts";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-06-02T10:00:00+02:00");

describe("allowedTransitions — each side's buttons", () => {
  test.each<[SaisineStatus, ActorSide, SaisineAction[]]>([
    ["nouvelle", "operator", ["qualifier", "attendre-commune", "resoudre", "refuser"]],
    ["nouvelle", "commune", ["retirer"]],
    ["decision-attendue", "operator", ["qualifier", "accepter-exception", "decliner-exception"]],
    ["decision-attendue", "commune", ["retirer"]],
    [
      "qualifiee",
      "operator",
      ["qualifier", "demarrer", "attendre-commune", "attendre-tiers", "resoudre", "refuser"],
    ],
    ["en-cours", "operator", ["qualifier", "attendre-commune", "attendre-tiers", "resoudre"]],
    ["en-attente-commune", "commune", ["repondre", "retirer"]],
    ["en-attente-commune", "operator", ["qualifier", "attendre-tiers", "reprendre", "resoudre"]],
    ["en-attente-tiers", "operator", ["qualifier", "attendre-commune", "reprendre", "resoudre"]],
    ["en-attente-tiers", "commune", ["retirer"]],
    ["resolue", "commune", ["confirmer", "rouvrir"]],
    ["resolue", "operator", ["clore"]],
    ["close", "commune", []],
    ["close", "operator", []],
    ["refusee", "operator", []],
  ])("%s, %s → %j", (status, side, actions) => {
    expect(allowedTransitions(status, side)).toEqual(actions);
  });

  test("every non-final status offers the commune a way out, and the operator a way forward", () => {
    for (const status of SAISINE_STATUSES) {
      if (status === "close" || status === "refusee") continue;
      expect(allowedTransitions(status, "commune").length).toBeGreaterThan(0);
      expect(allowedTransitions(status, "operator").length).toBeGreaterThan(0);
    }
  });
});

describe("initialSaisineStatus", () => {
  test.each<[SaisineNature, SaisineStatus]>([
    ["ordinaire", "nouvelle"],
    ["urgence", "nouvelle"],
    ["exceptionnelle", "decision-attendue"],
  ])("%s → %s", (nature, status) => {
    expect(initialSaisineStatus(nature)).toBe(status);
  });
});

type ApplyCase = [
  label: string,
  state: SaisineStatusState,
  side: ActorSide,
  action: SaisineAction,
  expected: SaisineStatus | RegExp,
  extra?: { at?: Date; nature?: SaisineNature },
];

const ordinary = (status: SaisineStatus, extra: Partial<SaisineStatusState> = {}) => ({
  status,
  nature: "ordinaire" as const,
  ...extra,
});
const exceptional = (status: SaisineStatus, extra: Partial<SaisineStatusState> = {}) => ({
  status,
  nature: "exceptionnelle" as const,
  ...extra,
});
// Resolved Monday 11 May 2026, 16:00: Ascension (Thursday 14) does not count.
const resolvedBeforeAscension = ordinary("resolue", {
  resolvedAt: at("2026-05-11T16:00:00+02:00"),
});

const applyCases: ApplyCase[] = [
  // Qualifying, and exceptional saisines waiting for their decision.
  ["qualifying a new saisine", ordinary("nouvelle"), "operator", "qualifier", "qualifiee"],
  [
    "requalifying keeps the work status",
    ordinary("en-cours"),
    "operator",
    "qualifier",
    "en-cours",
    { nature: "urgence" },
  ],
  [
    "requalified exceptional: work stops for the decision",
    ordinary("en-cours"),
    "operator",
    "qualifier",
    "decision-attendue",
    { nature: "exceptionnelle" },
  ],
  [
    "requalified exceptional after an accepted decision: no new decision",
    exceptional("en-cours", { exceptionAccepted: true }),
    "operator",
    "qualifier",
    "en-cours",
    { nature: "exceptionnelle" },
  ],
  [
    "an exceptional saisine requalified ordinary no longer waits",
    exceptional("decision-attendue"),
    "operator",
    "qualifier",
    "qualifiee",
    { nature: "ordinaire" },
  ],
  [
    "an exceptional saisine cannot start before its decision",
    exceptional("decision-attendue"),
    "operator",
    "demarrer",
    /^Une saisine exceptionnelle ne peut pas être traitée avant la décision des responsables de la commune et du service commun\.$/,
  ],
  [
    "nor be resolved",
    exceptional("decision-attendue"),
    "operator",
    "resoudre",
    /avant la décision des responsables/,
  ],
  [
    "accepted with adapted means",
    exceptional("decision-attendue"),
    "operator",
    "accepter-exception",
    "qualifiee",
  ],
  ["declined", exceptional("decision-attendue"), "operator", "decliner-exception", "refusee"],
  // Work, waits and answers.
  ["the operator starts work", ordinary("qualifiee"), "operator", "demarrer", "en-cours"],
  [
    "the commune cannot start work",
    ordinary("qualifiee"),
    "commune",
    "demarrer",
    /^Cette action est réservée au service commun\.$/,
  ],
  ["solved on the phone", ordinary("nouvelle"), "operator", "resoudre", "resolue"],
  [
    "waiting for the commune",
    ordinary("en-cours"),
    "operator",
    "attendre-commune",
    "en-attente-commune",
  ],
  ["the commune answers", ordinary("en-attente-commune"), "commune", "repondre", "en-cours"],
  [
    "the commune cannot end a third party's wait",
    ordinary("en-attente-tiers"),
    "commune",
    "repondre",
    /^Action «\sRépondre à la demande d'information\s» impossible pour une saisine au statut «\sEn attente d'un tiers\s»\.$/,
  ],
  ["the third party answered", ordinary("en-attente-tiers"), "operator", "reprendre", "en-cours"],
  // The commune confirms, reopens or withdraws; closed and refused are final.
  ["the commune confirms the resolution", ordinary("resolue"), "commune", "confirmer", "close"],
  ["the commune reopens it", ordinary("resolue"), "commune", "rouvrir", "en-cours"],
  [
    "the operator cannot confirm for the commune",
    ordinary("resolue"),
    "operator",
    "confirmer",
    /^Cette action est réservée à la commune\.$/,
  ],
  [
    "the commune withdraws its saisine",
    ordinary("en-attente-tiers"),
    "commune",
    "retirer",
    "close",
  ],
  [
    "closed is final",
    ordinary("close"),
    "commune",
    "rouvrir",
    /^La saisine est close\s: elle ne peut plus changer\. Si le problème revient, déposez une nouvelle saisine\.$/,
  ],
  [
    "refused is final",
    ordinary("refusee"),
    "operator",
    "qualifier",
    /^La saisine est refusée\s: elle ne peut plus changer/,
  ],
  [
    "only an exceptional saisine is accepted as such",
    ordinary("decision-attendue"),
    "operator",
    "accepter-exception",
    /^Seule une saisine exceptionnelle/,
  ],
  // Closing without the commune's answer, once its delay is over.
  [
    "closing without answer on the last day of the delay",
    resolvedBeforeAscension,
    "operator",
    "clore",
    /^La commune peut confirmer ou rouvrir la résolution jusqu'au mardi 19 mai 2026 inclus/,
    { at: at("2026-05-19T23:59:59+02:00") },
  ],
  [
    "closing without answer once the delay is over",
    resolvedBeforeAscension,
    "operator",
    "clore",
    "close",
    { at: at("2026-05-20T00:00:00+02:00") },
  ],
  [
    "closing without a resolution date",
    ordinary("resolue"),
    "operator",
    "clore",
    /^Date de résolution inconnue/,
  ],
];

describe("applyTransition", () => {
  test.each(applyCases)("%s", (_label, state, side, action, expected, extra) => {
    const result = applyTransition(state, { at: NOW, action, side, ...extra });
    if (typeof expected === "string") {
      expect(result).toEqual({ ok: true, status: expected });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(expected);
    }
  });
});

describe("closableFrom — five working days for the commune to answer", () => {
  test.each([
    // Ascension, Thursday 14 May 2026.
    ["2026-05-11T16:00:00+02:00", "2026-05-19", "2026-05-19T22:00:00.000Z"],
    // Whit Monday, 25 May 2026.
    ["2026-05-22T09:00:00+02:00", "2026-06-01", "2026-06-01T22:00:00.000Z"],
    // Armistice, Wednesday 11 November 2026.
    ["2026-11-09T12:00:00+01:00", "2026-11-17", "2026-11-17T23:00:00.000Z"],
    // Resolved on a Saturday evening: Monday is the first day counted.
    ["2026-03-21T19:00:00+01:00", "2026-03-27", "2026-03-27T23:00:00.000Z"],
    // Across the DST change of Sunday 29 March 2026: the Paris midnight moves to 22:00 UTC.
    ["2026-03-24T10:00:00+01:00", "2026-03-31", "2026-03-31T22:00:00.000Z"],
    // Christmas and New Year's Day 2026–2027.
    ["2026-12-23T17:00:00+01:00", "2026-12-31", "2026-12-31T23:00:00.000Z"],
    ["2026-12-30T17:00:00+01:00", "2027-01-07", "2027-01-07T23:00:00.000Z"],
    // 23:30 in Paris on 31 Oct 2025 is 22:30 UTC: the Paris day counts, not the UTC one.
    ["2025-10-31T22:30:00Z", "2025-11-07", "2025-11-07T23:00:00.000Z"],
  ])("resolved %s → last day %s, closable from %s", (resolved, lastDay, closable) => {
    expect(lastConfirmationDay(at(resolved))).toBe(lastDay);
    expect(closableFrom(at(resolved)).toISOString()).toBe(closable);
  });
});
