/**
 * The life of a project as one table: what the shared service may do to it in each status, and
 * where that leads. Services refuse what the table does not allow, pages offer what it allows.
 */
import type { ProjectDecision, ProjectKind, ProjectStatus } from "./vocabulary.ts";

/** Delivered, not retained, abandoned: nothing more happens to the project, no effort on it. */
export const CLOSED_PROJECT_STATUSES = [
  "livre",
  "non-retenu",
  "abandonne",
] as const satisfies readonly ProjectStatus[];

export function isClosedProject(status: ProjectStatus): boolean {
  return (CLOSED_PROJECT_STATUSES as readonly ProjectStatus[]).includes(status);
}

/** The phases a retained project goes through, in order (a mission: execution, then delivered). */
const PHASES: Record<ProjectKind, readonly ProjectStatus[]> = {
  projet: ["cadrage", "realisation", "deploiement", "livre"],
  mission: ["realisation", "livre"],
};

/** The status a mission starts in: its lettre de mission is its decision. */
export const MISSION_START_STATUS: ProjectStatus = "realisation";

/** The phase after this one, or null where phases do not apply (before the decision, closed). */
export function nextPhase(kind: ProjectKind, status: ProjectStatus): ProjectStatus | null {
  const phases = PHASES[kind];
  const index = phases.indexOf(status);
  if (index < 0 || index === phases.length - 1) return null;
  return phases[index + 1] ?? null;
}

/** Studied again while waiting for the committee (filed, studied, postponed). */
const STUDIABLE: readonly ProjectStatus[] = ["depose", "etudie", "ajourne"];
/** Presented to the committee once studied, or again once postponed. */
const ARBITRABLE: readonly ProjectStatus[] = ["etudie", "ajourne"];

export const PROJECT_ACTIONS = ["etudier", "arbitrer", "avancer", "abandonner"] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

/** What the shared service may do now, in the order a page offers it. */
export function availableProjectActions(kind: ProjectKind, status: ProjectStatus): ProjectAction[] {
  if (isClosedProject(status)) return [];
  const actions: ProjectAction[] = [];
  if (kind === "projet" && STUDIABLE.includes(status)) actions.push("etudier");
  if (kind === "projet" && ARBITRABLE.includes(status)) actions.push("arbitrer");
  if (nextPhase(kind, status)) actions.push("avancer");
  actions.push("abandonner");
  return actions;
}

/** The status a decision of the steering committee leads to. */
export const STATUS_AFTER_DECISION: Record<ProjectDecision, ProjectStatus> = {
  retenu: "cadrage",
  ajourne: "ajourne",
  "non-retenu": "non-retenu",
};

/** Why an action is refused in this status, in French; null when it is allowed. */
export function projectActionRefusal(
  kind: ProjectKind,
  status: ProjectStatus,
  action: ProjectAction,
): string | null {
  if (availableProjectActions(kind, status).includes(action)) return null;
  if (isClosedProject(status)) return "Ce projet est clos : il ne peut plus être modifié.";
  if (kind === "mission" && (action === "etudier" || action === "arbitrer"))
    return "Une mission de niveau 1 n'est ni étudiée ni arbitrée : sa lettre de mission en tient lieu.";
  switch (action) {
    case "etudier":
      return "Le projet a déjà été arbitré : son étude ne peut plus être modifiée.";
    case "arbitrer":
      return status === "depose"
        ? "Le projet doit être étudié avant d'être présenté au comité de pilotage."
        : "Le projet a déjà été arbitré.";
    case "avancer":
      return "Le projet doit être retenu par le comité de pilotage avant d'entrer dans ses phases.";
    default:
      return "Action impossible dans l'état actuel du projet.";
  }
}

/** The plan projet of 004 is prepared once the project is retained: in framing or execution. */
const PLAN_PROJET_STATUSES: readonly ProjectStatus[] = ["cadrage", "realisation"];

/** Why a plan projet cannot be recorded for this project now, in French; null when it can. */
export function planProjetRefusal(kind: ProjectKind, status: ProjectStatus): string | null {
  if (kind !== "projet") return "Le plan projet se prépare pour un projet, pas pour une mission.";
  if (!PLAN_PROJET_STATUSES.includes(status))
    return "Le plan projet se prépare une fois le projet retenu, pendant son cadrage ou sa réalisation.";
  return null;
}

/**
 * Where an open project waits, for the shared service's follow-up across its communes: a fiche to
 * study, a studied or postponed project to present to the steering committee, a retained project
 * (or a mission) under way. Closed projects wait on nothing.
 */
export const PROJECT_STAGES = ["a-etudier", "a-arbitrer", "en-cours"] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const PROJECT_STAGE_LABELS: Record<ProjectStage, string> = {
  "a-etudier": "À étudier",
  "a-arbitrer": "À présenter au comité de pilotage",
  "en-cours": "En cours",
};

/** The stage of an open project, derived from the table above; null once it is closed. */
export function projectStage(kind: ProjectKind, status: ProjectStatus): ProjectStage | null {
  const actions = availableProjectActions(kind, status);
  if (actions.includes("arbitrer")) return "a-arbitrer";
  if (actions.includes("etudier")) return "a-etudier";
  return isClosedProject(status) ? null : "en-cours";
}
