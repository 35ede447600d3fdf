import { describe, expect, test } from "vitest";
import {
  dedupeRecipients,
  type NotificationPlan,
  notificationsFor,
  type SaisineHappening,
} from "./happenings.ts";

describe("notificationsFor", () => {
  const cases: [string, SaisineHappening, NotificationPlan[]][] = [
    [
      "an assignment tells the new holder",
      { kind: "assigned" },
      [{ kind: "assigned", audience: "holders" }],
    ],
    [
      "waiting for the commune tells its requesters",
      { kind: "status", to: "en-attente-commune" },
      [{ kind: "waiting-commune", audience: "requesters" }],
    ],
    [
      "a resolution tells the requesters",
      { kind: "status", to: "resolue" },
      [{ kind: "resolved", audience: "requesters" }],
    ],
    [
      "an exceptional saisine asks both sides' deciders",
      { kind: "status", to: "decision-attendue" },
      [
        { kind: "decision-expected", audience: "operator-deciders" },
        { kind: "decision-expected", audience: "commune-deciders" },
      ],
    ],
    ["starting work tells nobody", { kind: "status", to: "en-cours" }, []],
    ["a closure tells nobody", { kind: "status", to: "close" }, []],
    [
      "the commune's public words reach the holder",
      { kind: "public-note", side: "commune" },
      [{ kind: "public-comment", audience: "holders" }],
    ],
    [
      "the shared service's public words reach the requesters",
      { kind: "public-note", side: "operator" },
      [{ kind: "public-comment", audience: "requesters" }],
    ],
    [
      "an arbitration asks both sides' deciders",
      { kind: "arbitration-raised" },
      [
        { kind: "decision-expected", audience: "operator-deciders" },
        { kind: "decision-expected", audience: "commune-deciders" },
      ],
    ],
  ];
  test.each(cases)("%s", (_name, happening, expected) => {
    expect(notificationsFor(happening)).toEqual(expected);
  });
});

describe("dedupeRecipients", () => {
  const p = (kind: "assigned" | "resolved", personId: string) => ({ kind, personId });
  test.each([
    [
      "the actor is never told of their own act",
      [p("assigned", "a"), p("assigned", "b")],
      "a",
      [p("assigned", "b")],
    ],
    [
      "one notification per person and kind",
      [p("resolved", "b"), p("resolved", "b")],
      null,
      [p("resolved", "b")],
    ],
    [
      "two kinds to one person are two notifications",
      [p("resolved", "b"), p("assigned", "b")],
      null,
      [p("resolved", "b"), p("assigned", "b")],
    ],
    ["nobody planned, nobody told", [], "a", []],
  ] as const)("%s", (_name, planned, actor, expected) => {
    expect(dedupeRecipients(planned, actor)).toEqual(expected);
  });
});
