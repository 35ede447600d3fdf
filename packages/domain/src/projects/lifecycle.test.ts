import { describe, expect, test } from "vitest";
import {
  availableProjectActions,
  isClosedProject,
  nextPhase,
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  planProjetRefusal,
  projectActionRefusal,
  projectStage,
  STATUS_AFTER_DECISION,
} from "./lifecycle.ts";
import { PROJECT_STATUSES } from "./vocabulary.ts";

describe("a project's life", () => {
  test("filed → studied → arbitrated → framing → execution → deployment → delivered", () => {
    expect(availableProjectActions("projet", "depose")).toEqual(["etudier", "abandonner"]);
    expect(availableProjectActions("projet", "etudie")).toEqual([
      "etudier",
      "arbitrer",
      "abandonner",
    ]);
    expect(STATUS_AFTER_DECISION.retenu).toBe("cadrage");
    expect(nextPhase("projet", "cadrage")).toBe("realisation");
    expect(nextPhase("projet", "realisation")).toBe("deploiement");
    expect(nextPhase("projet", "deploiement")).toBe("livre");
    expect(nextPhase("projet", "livre")).toBeNull();
  });

  test("a postponed project is studied again or presented again", () => {
    expect(availableProjectActions("projet", "ajourne")).toEqual([
      "etudier",
      "arbitrer",
      "abandonner",
    ]);
  });

  test("a mission has no study nor decision: its letter is its decision", () => {
    expect(availableProjectActions("mission", "realisation")).toEqual(["avancer", "abandonner"]);
    expect(nextPhase("mission", "realisation")).toBe("livre");
    expect(projectActionRefusal("mission", "realisation", "arbitrer")).toMatch(/lettre de mission/);
  });

  test("closed statuses allow nothing", () => {
    for (const status of PROJECT_STATUSES)
      if (isClosedProject(status))
        expect(availableProjectActions("projet", status), status).toEqual([]);
    expect(isClosedProject("livre")).toBe(true);
    expect(isClosedProject("ajourne")).toBe(false);
    expect(projectActionRefusal("projet", "livre", "avancer")).toBe(
      "Ce projet est clos : il ne peut plus être modifié.",
    );
  });

  test("refusals say what is missing, in French", () => {
    expect(projectActionRefusal("projet", "depose", "arbitrer")).toBe(
      "Le projet doit être étudié avant d'être présenté au comité de pilotage.",
    );
    expect(projectActionRefusal("projet", "etudie", "avancer")).toMatch(/retenu par le comité/);
    expect(projectActionRefusal("projet", "cadrage", "etudier")).toMatch(/déjà été arbitré/);
    expect(projectActionRefusal("projet", "cadrage", "avancer")).toBeNull();
  });
});

describe("the plan projet", () => {
  test("is prepared once the project is retained, in framing or execution", () => {
    expect(planProjetRefusal("projet", "cadrage")).toBeNull();
    expect(planProjetRefusal("projet", "realisation")).toBeNull();
  });

  test("not before the committee's decision, nor once deployed or closed", () => {
    for (const status of [
      "depose",
      "etudie",
      "ajourne",
      "deploiement",
      "livre",
      "abandonne",
    ] as const)
      expect(planProjetRefusal("projet", status)).toMatch(/une fois le projet retenu/);
  });

  test("never for a level-1 mission", () => {
    expect(planProjetRefusal("mission", "realisation")).toMatch(/pas pour une mission/);
  });
});

describe("the stage an open project waits in", () => {
  test("a fiche waits for its study, a studied or postponed project for the committee", () => {
    expect(projectStage("projet", "depose")).toBe("a-etudier");
    expect(projectStage("projet", "etudie")).toBe("a-arbitrer");
    expect(projectStage("projet", "ajourne")).toBe("a-arbitrer");
  });

  test("a retained project is under way through its phases, a mission from its letter", () => {
    for (const status of ["cadrage", "realisation", "deploiement"] as const)
      expect(projectStage("projet", status), status).toBe("en-cours");
    expect(projectStage("mission", "realisation")).toBe("en-cours");
  });

  test("a closed project waits on nothing", () => {
    for (const status of PROJECT_STATUSES)
      expect(projectStage("projet", status) === null, status).toBe(isClosedProject(status));
    expect(projectStage("mission", "livre")).toBeNull();
  });

  test("every stage has its French label", () => {
    expect(PROJECT_STAGES.map((s) => PROJECT_STAGE_LABELS[s])).toEqual([
      "À étudier",
      "À présenter au comité de pilotage",
      "En cours",
    ]);
  });
});
