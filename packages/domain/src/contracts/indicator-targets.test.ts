import { describe, expect, test } from "vitest";
import { targetsForSaisine } from "../saisines/due-dates.ts";
import {
  describeBusinessMinutes,
  describeDelayRule,
  describeIndicatorTarget,
  type IndicatorTarget,
  indicatorTargetSchema,
  slaTargetsOfAnnex,
} from "./indicator-targets.ts";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("indicatorTargetSchema", () => {
  test.each([
    [{ kind: "to-define-jointly" }],
    [{ kind: "to-define-jointly", dueYear: 2027 }],
    [{ kind: "defined", value: "Prise en compte immédiate" }],
    [{ kind: "delay", rules: [{ businessMinutes: 240, compliancePercent: 95 }] }],
    [
      {
        kind: "delay",
        rules: [
          { criticality: "bloquant", businessMinutes: 240 },
          { criticality: "non-bloquant", businessMinutes: 960 },
          { nature: "urgence", businessMinutes: 60, compliancePercent: 99.5 },
        ],
      },
    ],
    [{ kind: "rate", percent: 15, atLeast: true }],
    [{ kind: "count", value: 2, atLeast: true }],
  ])("accepts %j", (target) => expect(indicatorTargetSchema.safeParse(target).success).toBe(true));

  test.each<[unknown, [string, string][]]>([
    [{ kind: "delay", rules: [] }, [["rules", "Indiquez au moins un délai."]]],
    [
      { kind: "delay", rules: [{ businessMinutes: 0 }] },
      [["rules.0.businessMinutes", "Le délai doit être strictement positif."]],
    ],
    [
      { kind: "delay", rules: [{ businessMinutes: 90.5 }] },
      [["rules.0.businessMinutes", "Le délai s'exprime en minutes ouvrées entières."]],
    ],
    [
      { kind: "delay", rules: [{ businessMinutes: 240, compliancePercent: 120 }] },
      [["rules.0.compliancePercent", "Le taux de conformité ne peut dépasser 100 %."]],
    ],
    [
      { kind: "delay", rules: [{ criticality: "grave", businessMinutes: 60 }] },
      [["rules.0.criticality", "Criticité inconnue : bloquant ou non-bloquant."]],
    ],
    [
      {
        kind: "delay",
        rules: [
          { nature: "urgence", businessMinutes: 60 },
          { nature: "urgence", businessMinutes: 120 },
        ],
      },
      [["rules.1", "Deux délais visent les mêmes saisines : gardez-en un."]],
    ],
    [{ kind: "rate", percent: 101, atLeast: true }, [["percent", "Un pourcentage va de 0 à 100."]]],
    [{ kind: "count", value: -1, atLeast: false }, [["value", "Le nombre ne peut être négatif."]]],
  ])("refuses %j in French", (target, expected) => {
    expect(messages(indicatorTargetSchema.safeParse(target))).toEqual(expected);
  });
});

describe("slaTargetsOfAnnex and the saisine's targets", () => {
  const annex = {
    indicators: [
      { code: "1.1.1", target: { kind: "to-define-jointly" as const } },
      {
        code: "3.3.1",
        target: {
          kind: "delay" as const,
          rules: [
            { businessMinutes: 240, compliancePercent: 95 },
            { nature: "urgence" as const, businessMinutes: 60 },
          ],
        },
      },
      {
        code: "3.3.2",
        target: {
          kind: "delay" as const,
          rules: [
            { criticality: "bloquant" as const, businessMinutes: 480 },
            { nature: "urgence" as const, criticality: "bloquant" as const, businessMinutes: 120 },
          ],
        },
      },
      { code: "4.1.1", target: { kind: "defined" as const, value: "Sous 4 heures" } },
    ],
  };
  const targets = slaTargetsOfAnnex(annex);

  test("only the delays of the indicators that measure saisines", () => {
    expect(targets.map((t) => t.indicator)).toEqual(["3.3.1", "3.3.1", "3.3.2", "3.3.2"]);
  });

  test.each([
    [
      "an ordinary request",
      { type: "demande", nature: "ordinaire", criticality: "non-bloquant" },
      240,
      null,
    ],
    [
      "an urgent request: the urgency's own delay",
      { type: "demande", nature: "urgence", criticality: "non-bloquant" },
      60,
      null,
    ],
    [
      "an ordinary blocking incident",
      { type: "incident", nature: "ordinaire", criticality: "bloquant" },
      240,
      480,
    ],
    [
      "an urgent blocking incident: nature and criticality win",
      { type: "incident", nature: "urgence", criticality: "bloquant" },
      60,
      120,
    ],
    [
      "a non-blocking incident: no resolution delay is set",
      { type: "incident", nature: "ordinaire", criticality: "non-bloquant" },
      240,
      null,
    ],
    [
      "an exceptional saisine is out of the contract",
      { type: "incident", nature: "exceptionnelle", criticality: "bloquant" },
      null,
      null,
    ],
  ] as const)("%s", (_label, saisine, handling, resolution) => {
    const picked = targetsForSaisine(targets, { subDomain: "C", ...saisine });
    expect(picked.handling?.businessMinutes ?? null).toBe(handling);
    expect(picked.resolution?.businessMinutes ?? null).toBe(resolution);
  });
});

test.each([
  [30, "30 minutes ouvrées"],
  [1, "1 minute ouvrée"],
  [60, "1 heure ouvrée"],
  [240, "4 heures ouvrées"],
  [450, "7 h 30 ouvrées"],
])("%i business minutes read « %s »", (minutes, text) =>
  expect(describeBusinessMinutes(minutes)).toBe(text),
);

test.each([
  [{ businessMinutes: 240, compliancePercent: 95 }, "95 % en 4 heures ouvrées"],
  [{ businessMinutes: 240, compliancePercent: 99.5 }, "99,5 % en 4 heures ouvrées"],
  [{ businessMinutes: 240 }, "4 heures ouvrées"],
  [{ businessMinutes: 240, compliancePercent: 100 }, "4 heures ouvrées"],
])("%j reads « %s »", (rule, text) => expect(describeDelayRule(rule)).toBe(text));

test.each([
  [{ kind: "to-define-jointly" }, "À définir conjointement"],
  [{ kind: "to-define-jointly", dueYear: 2027 }, "À définir conjointement, en 2027"],
  [{ kind: "defined", value: "1 journée" }, "1 journée"],
  [
    {
      kind: "delay",
      rules: [
        { businessMinutes: 240, compliancePercent: 95 },
        { nature: "urgence", criticality: "bloquant", businessMinutes: 60 },
      ],
    },
    "95 % en 4 heures ouvrées ; Urgence, bloquant : 1 heure ouvrée",
  ],
  [{ kind: "rate", percent: 15, atLeast: true }, "Au moins 15 %"],
  [{ kind: "count", value: 3, atLeast: false }, "Au plus 3"],
] as const)("%j reads « %s »", (target, text) =>
  expect(describeIndicatorTarget(target as IndicatorTarget)).toBe(text),
);
