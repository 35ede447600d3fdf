/**
 * The life of a saisine as a status machine: who may do what from which status. The commune
 * files, answers, confirms or reopens; the operator qualifies, works, waits, resolves, closes.
 * An exceptional saisine is out of the contract's scope (000 art. 4): nothing starts before the
 * responsible managers of both sides have decided.
 */
import type { SaisineNature } from "../contracts/annex.ts";
import { addDays, toParisCalendarDate } from "../contracts/calendar.ts";
import { frenchPublicHolidays } from "../sla/holidays.ts";
import { parisDayStart } from "../time/paris.ts";
import { frenchIsoDate } from "../time/french-dates.ts";
import {
  type ActorSide,
  isFinalSaisineStatus,
  SAISINE_STATUS_LABELS,
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

/**
 * Working days (Monday to Friday, French public holidays excepted) the commune has, after the
 * day of resolution, to confirm or reopen before the operator may close without an answer.
 */
export const CONFIRMATION_WORKING_DAYS = 5;

const OPEN: readonly SaisineStatus[] = [
  "nouvelle",
  "decision-attendue",
  "qualifiee",
  "en-cours",
  "en-attente-commune",
  "en-attente-tiers",
];
const WORKABLE: readonly SaisineStatus[] = [
  "nouvelle",
  "qualifiee",
  "en-cours",
  "en-attente-commune",
  "en-attente-tiers",
];

type Rule = {
  side: ActorSide;
  from: readonly SaisineStatus[];
  /** 'qualified' is decided by the nature after qualification, see applyTransition. */
  to: SaisineStatus | "qualified";
};

const RULES: Record<SaisineAction, Rule> = {
  qualifier: { side: "operator", from: OPEN, to: "qualified" },
  demarrer: { side: "operator", from: ["qualifiee"], to: "en-cours" },
  "attendre-commune": {
    side: "operator",
    from: ["nouvelle", "qualifiee", "en-cours", "en-attente-tiers"],
    to: "en-attente-commune",
  },
  "attendre-tiers": {
    side: "operator",
    from: ["qualifiee", "en-cours", "en-attente-commune"],
    to: "en-attente-tiers",
  },
  reprendre: {
    side: "operator",
    from: ["en-attente-commune", "en-attente-tiers"],
    to: "en-cours",
  },
  repondre: { side: "commune", from: ["en-attente-commune"], to: "en-cours" },
  // "nouvelle" included: most calls are solved while the caller is on the line.
  resoudre: { side: "operator", from: WORKABLE, to: "resolue" },
  confirmer: { side: "commune", from: ["resolue"], to: "close" },
  rouvrir: { side: "commune", from: ["resolue"], to: "en-cours" },
  clore: { side: "operator", from: ["resolue"], to: "close" },
  refuser: { side: "operator", from: ["nouvelle", "qualifiee"], to: "refusee" },
  "accepter-exception": { side: "operator", from: ["decision-attendue"], to: "qualifiee" },
  "decliner-exception": { side: "operator", from: ["decision-attendue"], to: "refusee" },
  retirer: { side: "commune", from: OPEN, to: "close" },
};

/** The actions a side may attempt from a status (the closing delay is checked on apply). */
export function allowedTransitions(status: SaisineStatus, side: ActorSide): SaisineAction[] {
  return SAISINE_ACTIONS.filter((action) => {
    const rule = RULES[action];
    return rule.side === side && rule.from.includes(status);
  });
}

function isWorkingDay(isoDate: string, holidays: ReadonlySet<string>): boolean {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDate);
}

/** The last Paris day the commune has to confirm or reopen (see closableFrom). */
export function lastConfirmationDay(resolvedAt: Date): string {
  let day = toParisCalendarDate(resolvedAt);
  const holidaysByYear = new Map<number, ReadonlySet<string>>();
  const holidaysOf = (iso: string) => {
    const year = Number(iso.slice(0, 4));
    let set = holidaysByYear.get(year);
    if (!set) {
      set = new Set(frenchPublicHolidays(year));
      holidaysByYear.set(year, set);
    }
    return set;
  };
  for (let counted = 0; counted < CONFIRMATION_WORKING_DAYS; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidaysOf(day))) counted++;
  }
  return day;
}

/**
 * The instant from which the operator may close a resolved saisine the commune left
 * unanswered: the Paris midnight that ends the CONFIRMATION_WORKING_DAYS-th working day after
 * the day of resolution. Resolved on Monday 11 May 2026 → Tue 12, Wed 13, (Ascension Thu 14),
 * Fri 15, Mon 18, Tue 19 → closable from Wednesday 20 May 2026, 00:00.
 */
export function closableFrom(resolvedAt: Date): Date {
  return parisDayStart(addDays(lastConfirmationDay(resolvedAt), 1));
}

export type SaisineStatusState = {
  status: SaisineStatus;
  /** The nature the saisine has now. */
  nature: SaisineNature;
  /** True once the managers accepted it as exceptional: a later requalification needs no new decision. */
  exceptionAccepted?: boolean;
  /** When it was last resolved; needed to close it without the commune's answer. */
  resolvedAt?: Date | null;
};

export type TransitionRequest = {
  action: SaisineAction;
  side: ActorSide;
  at: Date;
  /** For 'qualifier': the nature after qualification (unchanged when absent). */
  nature?: SaisineNature;
};

export type TransitionResult = { ok: true; status: SaisineStatus } | { ok: false; error: string };

const fail = (error: string): TransitionResult => ({ ok: false, error });

/** The status a saisine starts in: an exceptional one first waits for the managers' decision. */
export function initialSaisineStatus(nature: SaisineNature): SaisineStatus {
  return nature === "exceptionnelle" ? "decision-attendue" : "nouvelle";
}

function afterQualification(state: SaisineStatusState, nature: SaisineNature): SaisineStatus {
  if (nature === "exceptionnelle" && !state.exceptionAccepted) return "decision-attendue";
  if (state.status === "nouvelle" || state.status === "decision-attendue") return "qualifiee";
  return state.status;
}

/**
 * The status after `request`, or a French sentence saying why it is refused. Pure: the caller
 * records the change, its note and the clock event.
 */
export function applyTransition(
  state: SaisineStatusState,
  request: TransitionRequest,
): TransitionResult {
  const rule = RULES[request.action];
  if (!rule) return fail("Action inconnue sur une saisine.");
  if (isFinalSaisineStatus(state.status)) {
    return fail(
      `La saisine est ${SAISINE_STATUS_LABELS[state.status].toLowerCase()} : elle ne peut plus changer. Si le problème revient, déposez une nouvelle saisine.`,
    );
  }
  if (rule.side !== request.side) {
    return fail(
      rule.side === "operator"
        ? "Cette action est réservée au service commun."
        : "Cette action est réservée à la commune.",
    );
  }
  if (!rule.from.includes(state.status)) {
    if (state.status === "decision-attendue") {
      return fail(
        "Une saisine exceptionnelle ne peut pas être traitée avant la décision des responsables de la commune et du service commun.",
      );
    }
    return fail(
      `Action « ${SAISINE_ACTION_LABELS[request.action]} » impossible pour une saisine au statut « ${SAISINE_STATUS_LABELS[state.status]} ».`,
    );
  }
  if (request.action === "accepter-exception" && state.nature !== "exceptionnelle") {
    return fail("Seule une saisine exceptionnelle attend la décision des responsables.");
  }
  if (request.action === "clore") {
    if (!state.resolvedAt) return fail("Date de résolution inconnue : impossible de clore.");
    if (request.at.getTime() < closableFrom(state.resolvedAt).getTime()) {
      return fail(
        `La commune peut confirmer ou rouvrir la résolution jusqu'au ${frenchIsoDate(lastConfirmationDay(state.resolvedAt))} inclus : la saisine ne peut pas être close sans sa réponse avant.`,
      );
    }
  }
  const status =
    rule.to === "qualified" ? afterQualification(state, request.nature ?? state.nature) : rule.to;
  return { ok: true, status };
}
