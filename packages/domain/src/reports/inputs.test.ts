import { describe, expect, test } from "vitest";
import {
  actionPlanRefusal,
  reportEditInput,
  reportPresentationInput,
  reportReviewInput,
} from "./inputs.ts";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []);

describe("report inputs", () => {
  test("an action without owner or due date is refused in French", () => {
    const r = reportEditInput.safeParse({
      operatorComment: "",
      actionPlan: [{ action: "Tester le PRA", owner: " ", due: "" }],
      gapExplanations: {},
    });
    expect(messages(r)).toEqual([
      "Nommez le responsable de l'action.",
      "Donnez l'échéance de l'action.",
    ]);
  });

  test("a gap explanation is keyed by an indicator code", () => {
    expect(
      messages(
        reportEditInput.safeParse({
          operatorComment: "",
          actionPlan: [],
          gapExplanations: { x: "a" },
        }),
      ),
    ).toContain("Code d'indicateur invalide.");
  });

  test("the commune's review needs its appreciation", () => {
    expect(messages(reportReviewInput.safeParse({ communeComment: "  " }))).toEqual([
      "Donnez l'appréciation de la commune sur l'année.",
    ]);
    expect(reportReviewInput.parse({ communeComment: " Bonne année. " })).toEqual({
      communeComment: "Bonne année.",
    });
  });

  test.each<[string, string]>([
    ["", "Donnez la date de la séance du conseil municipal."],
    ["2026-02-30", "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01)."],
  ])("council date %j", (councilDate, message) => {
    expect(messages(reportPresentationInput.safeParse({ councilDate }))).toEqual([message]);
  });

  test.each<[string[], number | null]>([
    [["2026-01-01", "2026-12-31"], null],
    [["2026-06-30", "2027-01-01"], 1],
    [["2025-12-31"], 0],
    [[], null],
  ])("the plan of 2026 falls due in 2026: %j", (dues, index) => {
    expect(
      actionPlanRefusal(
        2025,
        dues.map((due) => ({ due })),
      )?.index ?? null,
    ).toBe(index);
  });
});
