import { describe, expect, test } from "vitest";
import { decisionRefusal, projectDecisionSchema } from "./decision.ts";
import { missionLetterSchema, planProjetSchema, projectStudySchema } from "./documents.ts";

const today = "2026-12-06";
const retained = {
  decision: "retenu" as const,
  decidedOn: "2026-11-20",
  body: "Comité numérique stratégique communal",
  reasons: "",
  plannedYear: 2027,
};

describe("the steering committee's decision (002 §3.3.2)", () => {
  test("a retained project is planned for a year; a refusal gives its reasons", () => {
    expect(projectDecisionSchema.safeParse(retained).success).toBe(true);
    const noYear = projectDecisionSchema.safeParse({ ...retained, plannedYear: undefined });
    expect(noYear.error?.issues[0]?.message).toMatch(/inscrit au schéma numérique/);
    const refused = projectDecisionSchema.safeParse({ ...retained, decision: "non-retenu" });
    expect(refused.error?.issues[0]?.message).toBe(
      "Indiquez les motifs de l'ajournement ou du refus.",
    );
  });

  test("personal data: not retained without the DPO's opinion (004 V-e)", () => {
    expect(
      decisionRefusal(retained, { personalData: true, hasDpoOpinion: false }, today)?.field,
    ).toBe("decision");
    expect(
      decisionRefusal(retained, { personalData: true, hasDpoOpinion: true }, today),
    ).toBeNull();
    const postponed = { ...retained, decision: "ajourne" as const };
    expect(
      decisionRefusal(postponed, { personalData: true, hasDpoOpinion: false }, today),
    ).toBeNull();
  });

  test("a decision to come, or a year before it, is refused", () => {
    const p = { personalData: false, hasDpoOpinion: false };
    expect(decisionRefusal({ ...retained, decidedOn: "2026-12-07" }, p, today)?.field).toBe(
      "decidedOn",
    );
    expect(decisionRefusal({ ...retained, decidedOn: today }, p, today)).toBeNull();
    expect(decisionRefusal({ ...retained, plannedYear: 2025 }, p, today)?.field).toBe(
      "plannedYear",
    );
  });
});

describe("the study, the plan projet and the lettre de mission", () => {
  const study = {
    coveredByExisting: false,
    sharedNeed: true,
    sharedWith: "Mérignac, Carbon-Blanc",
    scope: "collectif",
    personalData: true,
    estimatedDays: 30,
    proposedYear: 2027,
    conclusion: "Besoin partagé : projet collectif proposé par le service commun.",
  };
  test("a shared need is not a commune's own project", () => {
    expect(projectStudySchema.safeParse(study).success).toBe(true);
    const own = projectStudySchema.safeParse({ ...study, scope: "communal" });
    expect(own.error?.issues[0]?.path).toEqual(["scope"]);
    const covered = projectStudySchema.safeParse({ ...study, coveredByExisting: true });
    expect(covered.error?.issues[0]?.message).toBe(
      "Nommez la solution existante qui couvre le besoin.",
    );
  });

  test("the plan projet needs objectives, ROI, financing and a milestone", () => {
    const plan = planProjetSchema.safeParse({
      objectives: "x",
      returnOnInvestment: "y",
      financingPlan: "z",
      milestones: [],
    });
    expect(plan.error?.issues[0]?.message).toMatch(/au moins un jalon/);
  });

  test("a lettre de mission plans at most the whole 117-day pool", () => {
    const letter = {
      object: "Paramétrage du logiciel de paie",
      dsiContacts: "Chef de projet DSI",
      memberContacts: "Secrétaire de mairie",
      startOn: "2026-03-02",
      duration: "Trois semaines",
      plannedDays: 4.5,
    };
    expect(missionLetterSchema.safeParse(letter).success).toBe(true);
    expect(missionLetterSchema.safeParse({ ...letter, plannedDays: 117.5 }).success).toBe(false);
  });
});
