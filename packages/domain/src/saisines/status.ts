/**
 * The status machine over the lifecycle table (lifecycle.ts): whether an action may be done now,
 * and the status it leads to. An exceptional saisine is out of the contract's scope (000 art. 4):
 * nothing starts before the responsible managers of both sides have decided. A resolution leaves
 * the commune CONFIRMATION_WORKING_DAYS to confirm or reopen before the operator may close.
 */
import type { SaisineNature } from "../contracts/annex.ts";
import { addDays, toParisCalendarDate } from "../contracts/calendar.ts";
import { isFrenchWorkingDay } from "../sla/holidays.ts";
import { parisDayStart } from "../time/paris.ts";
import { frenchIsoDate } from "../time/french-dates.ts";
import {
  allowedTransitions,
  type LifecycleRule,
  SAISINE_ACTION_LABELS,
  SAISINE_LIFECYCLE,
  type SaisineAction,
} from "./lifecycle.ts";
import {
  type ActorSide,
  isFinalSaisineStatus,
  SAISINE_STATUS_LABELS,
  type SaisineStatus,
} from "./vocabulary.ts";

/**
 * Working days (Monday to Friday, French public holidays excepted) the commune has, after the
 * day of resolution, to confirm or reopen before the operator may close without an answer.
 */
export const CONFIRMATION_WORKING_DAYS = 5;

/** The last Paris day the commune has to confirm or reopen (see closableFrom). */
export function lastConfirmationDay(resolvedAt: Date): string {
  let day = toParisCalendarDate(resolvedAt);
  for (let counted = 0; counted < CONFIRMATION_WORKING_DAYS; ) {
    day = addDays(day, 1);
    if (isFrenchWorkingDay(day)) counted++;
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
  const rule: LifecycleRule | undefined = SAISINE_LIFECYCLE[request.action];
  if (!rule) return fail("Action inconnue sur une saisine.");
  if (isFinalSaisineStatus(state.status)) {
    return fail(
      `La saisine est ${SAISINE_STATUS_LABELS[state.status].toLowerCase()} : elle ne peut plus changer. Si le problème revient, déposez une nouvelle saisine.`,
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
      `Action « ${SAISINE_ACTION_LABELS[request.action]} » impossible pour une saisine au statut « ${SAISINE_STATUS_LABELS[state.status]} ».`,
    );
  }
  if (
    (request.action === "accepter-exception" || request.action === "decliner-exception") &&
    state.nature !== "exceptionnelle"
  ) {
    return fail("Seule une saisine exceptionnelle attend la décision des responsables.");
  }
  if (request.action === "clore") {
    if (!state.resolvedAt) return fail("Date de résolution inconnue : impossible de clore.");
    if (request.at.getTime() < closableFrom(state.resolvedAt).getTime()) {
      return fail(
        `La commune peut confirmer ou rouvrir la résolution jusqu'au ${frenchIsoDate(lastConfirmationDay(state.resolvedAt))} inclus : la saisine ne peut pas être close sans sa réponse avant.`,
      );
    }
  }
  const status =
    rule.to === "qualified" ? afterQualification(state, request.nature ?? state.nature) : rule.to;
  return { ok: true, status };
}

/**
 * What a side may do now: the lifecycle's actions from the saisine's status that the status
 * machine would accept at `now` (closing waits for the commune's confirmation delay; only an
 * exceptional saisine awaits the managers' decision). Permissions are checked by the caller.
 */
export function availableActions(
  saisine: SaisineStatusState,
  side: ActorSide,
  now: Date,
): SaisineAction[] {
  return allowedTransitions(saisine.status, side).filter(
    (action) => applyTransition(saisine, { action, side, at: now }).ok,
  );
}
