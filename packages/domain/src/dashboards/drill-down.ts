/**
 * What a count on a dashboard stands for, as filters of the saisines lists: the list a count opens
 * shows the same number (one query, two views). A period is filed, handled, resolved or closed in;
 * a delay is within its recorded target, beyond it, or had none.
 */
export const PERIOD_EVENTS = ["filed", "handled", "resolved", "closed"] as const;
export type PeriodEvent = (typeof PERIOD_EVENTS)[number];

export const PERIOD_EVENT_LABELS: Record<PeriodEvent, string> = {
  filed: "déposées",
  handled: "prises en compte",
  resolved: "résolues",
  closed: "closes",
};

export const DELAY_OUTCOMES = ["met", "missed", "untargeted"] as const;
export type DelayOutcome = (typeof DELAY_OUTCOMES)[number];

export const DELAY_OUTCOME_LABELS: Record<DelayOutcome, string> = {
  met: "dans le délai",
  missed: "hors délai",
  untargeted: "sans délai cible",
};
