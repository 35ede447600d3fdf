import { describe, expect, test } from "vitest";
import { parisInstant } from "../time/local-date-time.ts";
import {
  breachCloseBlockers,
  breachHandler,
  consultedBefore,
  notificationProblems,
  openBreachInput,
} from "./breaches.ts";

const at = (local: string) => {
  const instant = parisInstant(local);
  if (!instant) throw new Error(local);
  return instant;
};

describe("notificationProblems — 72 hours from awareness, a late one says why", () => {
  // Aware on a Friday afternoon: the weekend counts, the deadline is Monday 16:30.
  const aware = at("2026-06-05T16:30");
  test.each([
    ["within the hours", "2026-06-07T10:00", "", {}],
    ["at the deadline itself", "2026-06-08T16:30", "", {}],
    ["before awareness", "2026-06-05T16:29", "", { notifiedAt: /ne peut pas précéder/ }],
    ["late without a word", "2026-06-08T16:31", "", { lateJustification: /motifs du retard/ }],
    ["late with too short a reason", "2026-06-09T09:00", "Oubli", { lateJustification: /motifs/ }],
    [
      "late with its reasons",
      "2026-06-09T09:00",
      "Ampleur connue le lundi seulement, après l'analyse des journaux.",
      {},
    ],
  ])("%s", (_name, notifiedAt, lateJustification, expected) => {
    const problems = notificationProblems(aware, { notifiedAt, lateJustification });
    expect(Object.keys(problems)).toEqual(Object.keys(expected));
    for (const [field, message] of Object.entries(expected))
      expect(problems[field]?.join(" ")).toMatch(message as RegExp);
  });

  test("across the autumn clock change the 72 hours are real hours", () => {
    // Aware Friday 23 October 2026 at 10:00 (summer time); the clocks go back on the 25th:
    // 72 hours later is Monday 26 October at 09:00 on the wall clock.
    const autumn = at("2026-10-23T10:00");
    expect(
      notificationProblems(autumn, { notifiedAt: "2026-10-26T09:00", lateJustification: "" }),
    ).toEqual({});
    expect(
      Object.keys(
        notificationProblems(autumn, { notifiedAt: "2026-10-26T09:01", lateJustification: "" }),
      ),
    ).toEqual(["lateJustification"]);
  });
});

test.each([
  [{ riskLevel: null, notifiedAt: null, personsInformedAt: null }, [/pas été évalué/]],
  [{ riskLevel: "none", notifiedAt: null, personsInformedAt: null }, []],
  [{ riskLevel: "risk", notifiedAt: null, personsInformedAt: null }, [/notifiez-la à la CNIL/]],
  [{ riskLevel: "risk", notifiedAt: new Date(), personsInformedAt: null }, []],
  [
    { riskLevel: "high", notifiedAt: new Date(), personsInformedAt: null },
    [/informez les personnes/],
  ],
  [{ riskLevel: "high", notifiedAt: null, personsInformedAt: null }, [/CNIL/, /personnes/]],
  [{ riskLevel: "high", notifiedAt: new Date(), personsInformedAt: new Date() }, []],
] as const)("breachCloseBlockers(%j)", (facts, expected) => {
  const blockers = breachCloseBlockers(facts);
  expect(blockers).toHaveLength(expected.length);
  for (const [i, m] of expected.entries()) expect(blockers[i]).toMatch(m);
});

test("who handles a breach follows the commune's option; the commune when the annex is silent", () => {
  expect(breachHandler("metropole")).toBe("metropole");
  expect(breachHandler("commune")).toBe("commune");
  expect(breachHandler(null)).toBe("commune");
});

test("a message goes out only after the commune's services were consulted", () => {
  const consulted = [{ consultedAt: at("2026-06-06T11:00") }];
  expect(consultedBefore(consulted, at("2026-06-06T11:00"))).toBe(true);
  expect(consultedBefore(consulted, at("2026-06-06T10:59"))).toBe(false);
  expect(consultedBefore([], at("2026-06-06T10:59"))).toBe(false);
});

test("opening asks for the hour of awareness, not only the day", () => {
  const parsed = openBreachInput.safeParse({
    awareAt: "2026-06-05",
    title: "Courriel envoyé à une mauvaise liste",
    description: "Un tableau des inscriptions a été envoyé à une liste de diffusion externe.",
    natures: ["confidentiality"],
  });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toMatch(/Date et heure attendues/);
});
