import { describe, expect, test } from "vitest";
import { parisInstant } from "../time/local-date-time.ts";
import { answerProblems, extensionProblems, requestState } from "./requests.ts";

const at = (local: string) => {
  const instant = parisInstant(local);
  if (!instant) throw new Error(local);
  return instant;
};

describe("extensionProblems — the person is told within the first month", () => {
  test.each([
    // Received 31 January 2026: the month ends Saturday 28 February → Monday 2 March, end of day.
    ["2026-01-31T09:00", "2026-03-02T23:59", {}],
    ["2026-01-31T09:00", "2026-03-03T00:00", { personToldAt: /dans le mois/ }],
    ["2026-01-31T09:00", "2026-01-31T08:59", { personToldAt: /avant la réception/ }],
    // Leap year: received 31 January 2028 → Tuesday 29 February.
    ["2028-01-31T09:00", "2028-02-29T18:00", {}],
    ["2028-01-31T09:00", "2028-03-01T08:00", { personToldAt: /dans le mois/ }],
    // Received on 14 April 2026, 14 May is Ascension: the period ends on Friday 15 May.
    ["2026-04-14T11:00", "2026-05-15T17:00", {}],
  ])("received %s, told %s", (received, told, expected) => {
    const problems = extensionProblems(at(received), { personToldAt: told });
    expect(Object.keys(problems)).toEqual(Object.keys(expected));
    for (const [field, message] of Object.entries(expected))
      expect(problems[field]?.join(" ")).toMatch(message as RegExp);
  });
});

describe("answerProblems — the commune consulted first, the identity settled", () => {
  const received = at("2026-03-02T10:00");
  const consulted = [at("2026-03-10T14:00")];
  test.each([
    ["consulted before", "verified", consulted, "2026-03-11T09:00", "granted", {}],
    ["the same minute", "not-required", consulted, "2026-03-10T14:00", "granted", {}],
    [
      "not consulted",
      "verified",
      [],
      "2026-03-11T09:00",
      "granted",
      { answeredAt: /consultée avant la réponse/ },
    ],
    [
      "consulted after",
      "verified",
      consulted,
      "2026-03-09T09:00",
      "granted",
      { answeredAt: /consultée/ },
    ],
    [
      "before the request",
      "verified",
      consulted,
      "2026-03-01T09:00",
      "granted",
      { answeredAt: /précéder la réception/ },
    ],
    [
      "identity pending",
      "pending",
      consulted,
      "2026-03-11T09:00",
      "refused",
      { outcome: /en cours de vérification/ },
    ],
    [
      "identity failed, granted",
      "failed",
      consulted,
      "2026-03-11T09:00",
      "partial",
      { outcome: /pas établie/ },
    ],
    ["identity failed, refused", "failed", consulted, "2026-03-11T09:00", "refused", {}],
  ] as const)("%s", (_n, identityCheck, consultedAt, answeredAt, outcome, expected) => {
    const problems = answerProblems(
      { receivedAt: received, identityCheck, consultedAt },
      { answeredAt, outcome },
    );
    expect(Object.keys(problems).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, message] of Object.entries(expected))
      expect(problems[field]?.join(" ")).toMatch(message as RegExp);
  });
});

describe("requestState — against the end of the last day, Paris", () => {
  // Received Thursday 15 January 2026 → due by the end of Monday 16 February (Sunday the 15th).
  const received = at("2026-01-15T10:00");
  test.each([
    [false, null, "2026-02-01T10:00", "open", "2026-02-16T23:00:00.000Z"],
    [false, null, "2026-02-10T00:00", "due-soon", "2026-02-16T23:00:00.000Z"],
    [false, null, "2026-02-17T00:00", "overdue", "2026-02-16T23:00:00.000Z"],
    [false, "2026-02-16T23:59", "2026-03-01T00:00", "answered", "2026-02-16T23:00:00.000Z"],
    [false, "2026-02-17T00:00", "2026-03-01T00:00", "answered-late", "2026-02-16T23:00:00.000Z"],
    // Extended by two months: due by the end of Wednesday 15 April (summer time).
    [true, null, "2026-03-01T00:00", "open", "2026-04-15T22:00:00.000Z"],
    [true, "2026-04-15T20:00", "2026-05-01T00:00", "answered", "2026-04-15T22:00:00.000Z"],
  ] as const)("extended %s, answered %s, on %s → %s", (extended, answered, now, state, due) => {
    const result = requestState(
      { receivedAt: received, extended, answeredAt: answered ? at(answered) : null },
      at(now),
    );
    expect(result.state).toBe(state);
    expect(result.dueAt.toISOString()).toBe(due);
  });
});
