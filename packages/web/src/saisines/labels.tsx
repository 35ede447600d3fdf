/**
 * How a saisine's words and states read in both spaces: status and due-state badges (text, never
 * colour alone), sub-domains with their names, the link to a saisine and the title of each
 * timeline event. The vocabulary's labels come from @mutu/domain; the event titles, worded for
 * each space, from the space's own messages.
 */
import {
  BORDEAUX_SUB_DOMAIN_TITLES,
  DUE_STATE_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_STATUS_LABELS,
  SAISINE_TYPE_LABELS,
  type SaisineCriticality,
  type SaisineNature,
  type SaisineStatus,
  type SaisineType,
  type SubDomainLetter,
} from "@mutu/domain";
import type { DueState, TimelineEvent } from "./types.ts";

const STATUS_TONE: Record<SaisineStatus, string> = {
  nouvelle: "badge-info",
  "decision-attendue": "badge-warning",
  qualifiee: "badge-info",
  "en-cours": "badge-info",
  "en-attente-commune": "badge-warning",
  "en-attente-tiers": "badge-warning",
  resolue: "badge-ok",
  close: "badge-off",
  refusee: "badge-off",
};

/** What kind of saisine it is: its type, its nature and its criticality. */
export type SaisineKind = {
  type: SaisineType;
  nature: SaisineNature;
  criticality: SaisineCriticality;
};

const KIND_LABELS: { [K in keyof SaisineKind]: Record<SaisineKind[K], string> } = {
  type: SAISINE_TYPE_LABELS,
  nature: SAISINE_NATURE_LABELS,
  criticality: SAISINE_CRITICALITY_LABELS,
};

/** The French label of one part of a saisine's kind (« Incident », « Urgence »…). */
export function kindLabel<K extends keyof SaisineKind>(part: K, value: SaisineKind[K]): string {
  return KIND_LABELS[part][value];
}

export function StatusBadge({ status }: { status: SaisineStatus }) {
  return <span className={`badge ${STATUS_TONE[status]}`}>{SAISINE_STATUS_LABELS[status]}</span>;
}

const DUE_TONE = {
  breached: "badge-danger",
  "due-soon": "badge-warning",
  "on-time": "badge-ok",
  paused: "badge-off",
} as const;

/** « En retard », « Échéance proche »…; nothing for a closed saisine or one without due dates. */
export function DueBadge({ state }: { state: DueState }) {
  if (state === "none") return null;
  return <span className={`badge ${DUE_TONE[state]}`}>{DUE_STATE_LABELS[state]}</span>;
}

/** « C. Fourniture des postes… » (the titles of the Bordeaux model every annex shares). */
export function subDomainLabel(letter: SubDomainLetter): string {
  return `${letter}. ${BORDEAUX_SUB_DOMAIN_TITLES[letter]}`;
}

export const saisineHref = (id: string) => `/saisines/saisine?id=${encodeURIComponent(id)}`;

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The events whose title is a plain sentence. */
type Simple =
  | "created"
  | "qualified"
  | "started"
  | "resumed"
  | "answered"
  | "resolved"
  | "confirmed"
  | "reopened"
  | "closed"
  | "refused"
  | "exception-accepted"
  | "exception-declined"
  | "withdrawn"
  | "information"
  | "comment"
  | "arbitration-raised";

/** The title of each kind of event, in a space's words (`clock`: internal, the service commun's only). */
export type EventTitles = Record<Simple, string> & {
  pausedCommune: string;
  pausedThird: string;
  assigned(label: string): string;
  attachment(fileName: string): string;
  "arbitration-level"(seat: string): string;
  clock?: string;
  other: string;
};

/** The title of a timeline event, from its kind and what it carries. */
export function eventTitle(event: TimelineEvent, e: EventTitles): string {
  const payload = event.payload ?? {};
  switch (event.kind) {
    case "paused":
      return event.statusAfter === "en-attente-tiers" ? e.pausedThird : e.pausedCommune;
    case "assigned": {
      const assignee = payload.assignee as { label?: unknown } | undefined;
      return e.assigned(text(assignee?.label));
    }
    case "attachment":
      return e.attachment(text(payload.fileName));
    case "arbitration-level":
      return e["arbitration-level"](text(payload.seat));
    case "created":
    case "qualified":
    case "started":
    case "resumed":
    case "answered":
    case "resolved":
    case "confirmed":
    case "reopened":
    case "closed":
    case "refused":
    case "exception-accepted":
    case "exception-declined":
    case "withdrawn":
    case "information":
    case "comment":
    case "arbitration-raised":
      return e[event.kind];
    case "clock":
      return e.clock ?? e.other;
    default:
      return e.other;
  }
}
