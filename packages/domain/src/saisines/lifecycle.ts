/**
 * The life of a saisine as one table: for each action, the side of the contract that may do it,
 * the statuses it starts from and leads to, the word the timeline records, the clock event it
 * means, and the note the other side must be able to read. The status machine, the API's inputs
 * and services and both spaces' buttons all read this table (000 art. 4: the commune files,
 * answers, confirms or reopens; the shared service qualifies, works, waits, resolves, closes).
 */
import type { Permission } from "../access/permissions.ts";
import type { PauseReason, SaisineClockEvent } from "./clock-events.ts";
import {
  type ActorSide,
  isFinalSaisineStatus,
  SAISINE_STATUSES,
  type SaisineStatus,
} from "./vocabulary.ts";

export const SAISINE_ACTIONS = [
  "qualifier",
  "demarrer",
  "attendre-commune",
  "attendre-tiers",
  "reprendre",
  "repondre",
  "resoudre",
  "confirmer",
  "rouvrir",
  "clore",
  "refuser",
  "accepter-exception",
  "decliner-exception",
  "retirer",
] as const;
export type SaisineAction = (typeof SAISINE_ACTIONS)[number];

export const SAISINE_ACTION_LABELS: Record<SaisineAction, string> = {
  qualifier: "Qualifier",
  demarrer: "Démarrer le traitement",
  "attendre-commune": "Mettre en attente de la commune",
  "attendre-tiers": "Mettre en attente d'un tiers",
  reprendre: "Reprendre le traitement",
  repondre: "Répondre à la demande d'information",
  resoudre: "Résoudre",
  confirmer: "Confirmer la résolution",
  rouvrir: "Rouvrir",
  clore: "Clore",
  refuser: "Refuser",
  "accepter-exception": "Accepter la saisine exceptionnelle",
  "decliner-exception": "Décliner la saisine exceptionnelle",
  retirer: "Retirer la saisine",
};

/** The clock event an action means (its instant is the action's). */
export type LifecycleClockStep =
  | { kind: "paused"; reason: PauseReason }
  | { kind: "resumed" | "resolved" | "reopened" | "closed" | "declined" };

export type LifecycleRule = {
  side: ActorSide;
  from: readonly SaisineStatus[];
  /** 'qualified': decided by the nature after qualification (see applyTransition). */
  to: SaisineStatus | "qualified";
  /** The timeline's word for the action (its event kind; the audit action is `saisine.<event>`). */
  event: string;
  clock: LifecycleClockStep | null;
  /** The prompt when the action needs a note the other side will read; null: optional or none. */
  note: string | null;
  /** What the action does to the instant of resolution. */
  resolution?: "set" | "clear";
};

/** Neither resolved nor final: the commune may still withdraw it, the operator requalify it. */
export const OPEN_SAISINE_STATUSES: readonly SaisineStatus[] = SAISINE_STATUSES.filter(
  (status) => status !== "resolue" && !isFinalSaisineStatus(status),
);
/** Open and no longer waiting for the managers' decision on an exceptional saisine. */
const WORKABLE = OPEN_SAISINE_STATUSES.filter((status) => status !== "decision-attendue");

export const SAISINE_LIFECYCLE = {
  qualifier: {
    side: "operator",
    from: OPEN_SAISINE_STATUSES,
    to: "qualified",
    event: "qualified",
    // The qualification's own clock event carries the nature and calendar it changes.
    clock: null,
    note: null,
  },
  demarrer: {
    side: "operator",
    from: ["qualifiee"],
    to: "en-cours",
    event: "started",
    clock: null,
    note: null,
  },
  "attendre-commune": {
    side: "operator",
    from: ["nouvelle", "qualifiee", "en-cours", "en-attente-tiers"],
    to: "en-attente-commune",
    event: "paused",
    clock: { kind: "paused", reason: "attente-commune" },
    note: "Indiquez ce que la commune doit fournir.",
  },
  "attendre-tiers": {
    side: "operator",
    from: ["qualifiee", "en-cours", "en-attente-commune"],
    to: "en-attente-tiers",
    event: "paused",
    clock: { kind: "paused", reason: "attente-tiers" },
    note: "Indiquez quel tiers est attendu, et pour quoi.",
  },
  reprendre: {
    side: "operator",
    from: ["en-attente-commune", "en-attente-tiers"],
    to: "en-cours",
    event: "resumed",
    clock: { kind: "resumed" },
    note: null,
  },
  // The commune's answer is the information it adds (see addInformationInput).
  repondre: {
    side: "commune",
    from: ["en-attente-commune"],
    to: "en-cours",
    event: "answered",
    clock: { kind: "resumed" },
    note: null,
  },
  // "nouvelle" included: most calls are solved while the caller is on the line.
  resoudre: {
    side: "operator",
    from: WORKABLE,
    to: "resolue",
    event: "resolved",
    clock: { kind: "resolved" },
    note: "Décrivez la solution apportée.",
    resolution: "set",
  },
  confirmer: {
    side: "commune",
    from: ["resolue"],
    to: "close",
    event: "confirmed",
    clock: { kind: "closed" },
    note: null,
  },
  rouvrir: {
    side: "commune",
    from: ["resolue"],
    to: "en-cours",
    event: "reopened",
    clock: { kind: "reopened" },
    note: "Indiquez pourquoi la résolution ne convient pas.",
    resolution: "clear",
  },
  clore: {
    side: "operator",
    from: ["resolue"],
    to: "close",
    event: "closed",
    clock: { kind: "closed" },
    note: null,
  },
  refuser: {
    side: "operator",
    from: ["nouvelle", "qualifiee"],
    to: "refusee",
    event: "refused",
    clock: { kind: "declined" },
    note: "Indiquez le motif du refus.",
  },
  // The managers' decision records its own clock event (exception-decided).
  "accepter-exception": {
    side: "operator",
    from: ["decision-attendue"],
    to: "qualifiee",
    event: "exception-accepted",
    clock: null,
    note: null,
  },
  "decliner-exception": {
    side: "operator",
    from: ["decision-attendue"],
    to: "refusee",
    event: "exception-declined",
    clock: null,
    note: null,
  },
  retirer: {
    side: "commune",
    from: OPEN_SAISINE_STATUSES,
    to: "close",
    event: "withdrawn",
    clock: { kind: "closed" },
    note: "Indiquez pourquoi la saisine est retirée.",
  },
} as const satisfies Record<SaisineAction, LifecycleRule>;

/** The actions whose note the other side must be able to read (a type, from the table). */
export type ActionWithNote = {
  [A in SaisineAction]: (typeof SAISINE_LIFECYCLE)[A]["note"] extends string ? A : never;
}[SaisineAction];

/** Whether the action needs a note the other side will read. */
export function actionRequiresNote(action: SaisineAction): boolean {
  return SAISINE_LIFECYCLE[action].note !== null;
}

/** The actions a side may attempt from a status (the closing delay is checked on apply). */
export function allowedTransitions(status: SaisineStatus, side: ActorSide): SaisineAction[] {
  return SAISINE_ACTIONS.filter((action) => {
    const rule: LifecycleRule = SAISINE_LIFECYCLE[action];
    return rule.side === side && rule.from.includes(status);
  });
}

const WAITING: readonly SaisineStatus[] = ["en-attente-commune", "en-attente-tiers"];

/** The clock events `action` means from status `from`, at `at`. */
export function lifecycleClockEvents(
  action: SaisineAction,
  from: SaisineStatus,
  at: Date,
): SaisineClockEvent[] {
  const step: LifecycleClockStep | null = SAISINE_LIFECYCLE[action].clock;
  if (!step) return [];
  // Switching from one wait to the other: the clock stays paused, for another reason.
  if (step.kind === "paused" && WAITING.includes(from))
    return [
      { kind: "resumed", at },
      { ...step, at },
    ];
  return [{ ...step, at }];
}

/** What acting for a side needs: the commune's steps `saisines.create`, the operator's `saisines.manage`. */
export function sidePermission(side: ActorSide): Permission {
  return side === "operator" ? "saisines.manage" : "saisines.create";
}
