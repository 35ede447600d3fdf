import { describe, expect, test } from "vitest";
import {
  type ArbitrationMeeting,
  arbitrationMeetingRefusal,
  decisionRefusal,
  projectDecisionSchema,
} from "./decision.ts";
import { missionLetterSchema, planProjetSchema, projectStudySchema } from "./documents.ts";

const retained = {
  decision: "retenu" as const,
  meetingId: "0b0b9a52-5a3c-4f56-9a43-1d2f3c4b5a69",
  reasons: "",
  plannedYear: 2027,
};
const onMeetingDay = { ...retained, decidedOn: "2026-11-20" };

describe("the steering committee's decision (002 §3.3.2)", () => {
  test("a retained project is planned for a year; a refusal gives its reasons", () => {
    expect(projectDecisionSchema.safeParse(retained).success).toBe(true);
    const noYear = projectDecisionSchema.safeParse({ ...retained, plannedYear: undefined });
    expect(noYear.error?.issues[0]?.message).toMatch(/inscrit au schéma numérique/);
    const refused = projectDecisionSchema.safeParse({ ...retained, decision: "non-retenu" });
    expect(refused.error?.issues[0]?.message).toBe(
      "Indiquez les motifs de l'ajournement ou du refus.",
    );
    const noMeeting = projectDecisionSchema.safeParse({ ...retained, meetingId: "" });
    expect(noMeeting.error?.issues[0]?.message).toBe(
      "Choisissez la réunion du comité qui a arbitré le projet.",
    );
  });

  test("personal data: not retained without the DPO's opinion (004 V-e)", () => {
    expect(decisionRefusal(onMeetingDay, { personalData: true, hasDpoOpinion: false })?.field).toBe(
      "decision",
    );
    expect(decisionRefusal(onMeetingDay, { personalData: true, hasDpoOpinion: true })).toBeNull();
    const postponed = { ...onMeetingDay, decision: "ajourne" as const };
    expect(decisionRefusal(postponed, { personalData: true, hasDpoOpinion: false })).toBeNull();
  });

  test("a delivery year before the meeting's year is refused; the same year is not", () => {
    const p = { personalData: false, hasDpoOpinion: false };
    expect(decisionRefusal({ ...onMeetingDay, plannedYear: 2025 }, p)?.field).toBe("plannedYear");
    expect(decisionRefusal({ ...onMeetingDay, plannedYear: 2026 }, p)).toBeNull();
    // The meeting's own year is the earliest a project is planned for.
    expect(
      decisionRefusal({ ...onMeetingDay, decidedOn: "2026-12-31", plannedYear: 2026 }, p),
    ).toBeNull();
    expect(
      decisionRefusal({ ...onMeetingDay, decidedOn: "2027-01-01", plannedYear: 2026 }, p)?.field,
    ).toBe("plannedYear");
  });
});

describe("the meeting an arbitration names", () => {
  const BEGLES = "begles";
  const PESSAC = "pessac";
  const METROPOLE = "metropole";
  const REDON = "redon-agglomeration";
  const project = { orgId: BEGLES, operatorId: METROPOLE };
  const held: ArbitrationMeeting = {
    orgId: BEGLES,
    operatorId: METROPOLE,
    shared: false,
    body: "comite-strategique",
    status: "tenue",
  };
  const message = (m: Partial<ArbitrationMeeting>, p = project) =>
    arbitrationMeetingRefusal({ ...held, ...m }, p)?.message ?? null;

  test.each([
    ["the commune's strategic committee, held", {}, null],
    ["another commune's committee", { orgId: PESSAC }, /ne concerne pas la commune du projet/],
    ["the follow-up committee", { body: "comite-suivi" as const }, /comité numérique stratégique/],
    ["an operational point", { body: "point-operationnel" as const }, /commission de pilotage/],
    ["a meeting still planned", { status: "planifiee" as const }, /pas encore tenue/],
    [
      "a cancelled meeting",
      { status: "annulee" as const },
      "Cette réunion a été annulée : elle n'a rien décidé.",
    ],
  ])("%s", (_, meeting, expected) => {
    const got = message(meeting);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatch(expected);
  });

  test("a Redon member: the enlarged steering commission, shared by its operator", () => {
    const member = { orgId: "les-fougerets", operatorId: REDON };
    const commission = {
      orgId: REDON,
      operatorId: REDON,
      shared: true,
      body: "commission-pilotage" as const,
    };
    expect(message(commission, member)).toBeNull();
    // Another operator's commission, or a bilateral meeting of another member, is not its own.
    expect(message({ ...commission, operatorId: METROPOLE, orgId: METROPOLE }, member)).toMatch(
      /ne concerne pas/,
    );
    expect(message({ ...commission, shared: false }, member)).toMatch(/ne concerne pas/);
    // The intercommunal working group does not arbitrate.
    expect(message({ ...commission, body: "groupe-intercommunal" }, member)).toMatch(
      /comité numérique stratégique/,
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
    conclusion: "Besoin partagé : projet collectif proposé par le service commun.",
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
