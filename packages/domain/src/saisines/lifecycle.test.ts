import { describe, expect, test } from "vitest";
import {
  lifecycleClockEvents,
  SAISINE_ACTIONS,
  SAISINE_LIFECYCLE,
  type SaisineAction,
  sidePermission,
} from "./lifecycle.ts";
import { availableActions, type SaisineStatusState } from "./status.ts";
import { isFinalSaisineStatus, type SaisineStatus } from "./vocabulary.ts";

const at = new Date("2026-06-02T10:00:00+02:00");

describe("the lifecycle table", () => {
  test("every action has a side, starting statuses, a timeline word; none starts from a final status", () => {
    for (const action of SAISINE_ACTIONS) {
      const rule = SAISINE_LIFECYCLE[action];
      expect(rule.from.length).toBeGreaterThan(0);
      expect(rule.event).toMatch(/^[a-z-]+$/);
      expect(rule.from.some((s) => isFinalSaisineStatus(s))).toBe(false);
    }
  });

  test("an action that ends the saisine stops its clock", () => {
    for (const action of SAISINE_ACTIONS) {
      const { to, clock } = SAISINE_LIFECYCLE[action];
      // The managers' refusal of an exceptional saisine records its own clock event.
      if (to !== "qualified" && isFinalSaisineStatus(to) && action !== "decliner-exception")
        expect(clock?.kind === "closed" || clock?.kind === "declined").toBe(true);
    }
  });

  test.each<[SaisineAction, SaisineStatus, string[]]>([
    ["attendre-commune", "en-cours", ["paused:attente-commune"]],
    // Switching from one wait to the other: the clock stays paused, for another reason.
    ["attendre-commune", "en-attente-tiers", ["resumed", "paused:attente-commune"]],
    ["attendre-tiers", "en-attente-commune", ["resumed", "paused:attente-tiers"]],
    ["reprendre", "en-attente-tiers", ["resumed"]],
    ["repondre", "en-attente-commune", ["resumed"]],
    ["resoudre", "nouvelle", ["resolved"]],
    ["rouvrir", "resolue", ["reopened"]],
    ["confirmer", "resolue", ["closed"]],
    ["clore", "resolue", ["closed"]],
    ["retirer", "qualifiee", ["closed"]],
    ["refuser", "nouvelle", ["declined"]],
    ["demarrer", "qualifiee", []],
    ["qualifier", "nouvelle", []],
  ])("%s from %s → clock %j", (action, from, expected) => {
    const events = lifecycleClockEvents(action, from, at);
    expect(events.map((e) => (e.kind === "paused" ? `paused:${e.reason}` : e.kind))).toEqual(
      expected,
    );
    for (const e of events) expect(e.at).toBe(at);
  });

  test("a side acts with its own permission", () => {
    expect(sidePermission("commune")).toBe("saisines.create");
    expect(sidePermission("operator")).toBe("saisines.manage");
  });
});

describe("availableActions — what a side may do now", () => {
  const state = (over: Partial<SaisineStatusState>): SaisineStatusState => ({
    status: "nouvelle",
    nature: "ordinaire",
    ...over,
  });
  // Resolved on Monday 11 May 2026: closable from Wednesday 20 May, 00:00 (Ascension on the 14th).
  const resolvedAt = new Date("2026-05-11T15:00:00+02:00");

  test.each<[string, SaisineStatusState, "commune" | "operator", string, SaisineAction[]]>([
    [
      "a new saisine, operator",
      state({}),
      "operator",
      "2026-06-02T10:00:00+02:00",
      ["qualifier", "attendre-commune", "resoudre", "refuser"],
    ],
    ["a new saisine, commune", state({}), "commune", "2026-06-02T10:00:00+02:00", ["retirer"]],
    [
      "resolved, before the confirmation delay: no closing yet",
      state({ status: "resolue", resolvedAt }),
      "operator",
      "2026-05-19T23:59:59+02:00",
      [],
    ],
    [
      "resolved, from the first instant closing is allowed",
      state({ status: "resolue", resolvedAt }),
      "operator",
      "2026-05-20T00:00:00+02:00",
      ["clore"],
    ],
    [
      "resolved, the commune",
      state({ status: "resolue", resolvedAt }),
      "commune",
      "2026-05-12T09:00:00+02:00",
      ["confirmer", "rouvrir"],
    ],
    [
      "an exceptional saisine awaiting the managers",
      state({ status: "decision-attendue", nature: "exceptionnelle" }),
      "operator",
      "2026-06-02T10:00:00+02:00",
      ["qualifier", "accepter-exception", "decliner-exception"],
    ],
    [
      "awaiting a decision but no longer exceptional: no decision to record",
      state({ status: "decision-attendue", nature: "ordinaire" }),
      "operator",
      "2026-06-02T10:00:00+02:00",
      ["qualifier"],
    ],
    ["closed", state({ status: "close" }), "commune", "2026-06-02T10:00:00+02:00", []],
    ["refused", state({ status: "refusee" }), "operator", "2026-06-02T10:00:00+02:00", []],
  ])("%s", (_label, saisine, side, now, expected) => {
    expect(availableActions(saisine, side, new Date(now))).toEqual(expected);
  });
});
