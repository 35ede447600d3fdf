/**
 * The audit journal in French, with its actions (actions.ts) and kinds of object (entities.ts):
 * the fields of an entry's « avant » and « après » and their values — so an entry reads
 * « Saisine qualifiée : Nature : Ordinaire → Urgence », never a code or a JSON key.
 */
import {
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_STATUS_LABELS,
  SAISINE_TYPE_LABELS,
} from "../saisines/vocabulary.ts";
import { ACTION_STATUS_LABELS, MEETING_STATUS_LABELS } from "../meetings/inputs.ts";
import { MEETING_BODY_LABELS } from "../meetings/bodies.ts";
import { NOTIFICATION_DELIVERY_LABELS, NOTIFICATION_KINDS } from "../notifications/kinds.ts";
import { DPO_OPINION_LABELS } from "../projects/documents.ts";
import {
  PROJECT_ACTIVITY_LABELS,
  PROJECT_DECISION_LABELS,
  PROJECT_SCOPE_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_TYPE_LABELS,
} from "../projects/vocabulary.ts";
import { REPORT_STATUS_LABELS } from "../reports/lifecycle.ts";
import {
  BREACH_HANDLER_LABELS,
  BREACH_NATURE_LABELS,
  BREACH_RISK_LABELS,
  DISAGREEMENT_OUTCOME_LABELS,
  DISAGREEMENT_STEP_LABELS,
  IDENTITY_CHECK_LABELS,
  OPINION_OUTCOME_LABELS,
  REFERENCE_DOCUMENT_KIND_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_KIND_LABELS,
  REQUEST_OUTCOME_LABELS,
  RETENTION_OPERATION_STATUS_LABELS,
} from "../rgpd/vocabulary.ts";
import { AUDIT_FIELD_LABELS } from "./fields.ts";

type ValueLabels = Record<string, Readonly<Record<string, string>>>;

const VALUE_LABELS: ValueLabels = {
  status: SAISINE_STATUS_LABELS,
  type: SAISINE_TYPE_LABELS,
  nature: SAISINE_NATURE_LABELS,
  criticality: SAISINE_CRITICALITY_LABELS,
  channel: SAISINE_CHANNEL_LABELS,
  visibility: { public: "Public", interne: "Interne" },
  side: { commune: "Commune", operator: "Service commun" },
};

/**
 * The words of a module's own fields, by the prefix of its actions: a project's « status » is not
 * a saisine's. The longest prefix of the entry's action wins, then VALUE_LABELS.
 */
const MODULE_VALUE_LABELS: [prefix: string, labels: ValueLabels][] = [
  [
    "project.",
    {
      status: PROJECT_STATUS_LABELS,
      scope: PROJECT_SCOPE_LABELS,
      activity: PROJECT_ACTIVITY_LABELS,
      decision: PROJECT_DECISION_LABELS,
      opinion: DPO_OPINION_LABELS,
      projectType: PROJECT_TYPE_LABELS,
    },
  ],
  ["meeting.", { status: MEETING_STATUS_LABELS, body: MEETING_BODY_LABELS }],
  ["meeting.action.", { status: ACTION_STATUS_LABELS }],
  ["report.", { status: REPORT_STATUS_LABELS }],
  ["token.", { reason: { deactivation: "Désactivation de la personne" } }],
  [
    "auth.",
    {
      method: {
        password: "Mot de passe",
        "password-reset": "Lien de réinitialisation",
        oidc: "Connexion unique",
      },
      reason: {
        "unverified-email": "Adresse électronique non vérifiée",
        "no-account": "Aucun compte à cette adresse",
        "several-accounts": "Plusieurs comptes à cette adresse",
        inactive: "Compte désactivé",
      },
    },
  ],
  [
    "rgpd.",
    {
      natures: BREACH_NATURE_LABELS,
      riskLevel: BREACH_RISK_LABELS,
      handledBy: BREACH_HANDLER_LABELS,
      identityCheck: IDENTITY_CHECK_LABELS,
      kind: REQUEST_KIND_LABELS,
      channel: REQUEST_CHANNEL_LABELS,
      outcome: REQUEST_OUTCOME_LABELS,
      status: RETENTION_OPERATION_STATUS_LABELS,
    },
  ],
  ["rgpd.opinion-", { outcome: OPINION_OUTCOME_LABELS }],
  ["rgpd.disagreement-", { step: DISAGREEMENT_STEP_LABELS, outcome: DISAGREEMENT_OUTCOME_LABELS }],
  ["rgpd.reference-", { kind: REFERENCE_DOCUMENT_KIND_LABELS }],
  [
    "notifications.",
    Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, NOTIFICATION_DELIVERY_LABELS])),
  ],
];

function wordOf(action: string, key: string, value: string): string | undefined {
  let word: string | undefined;
  let prefixLength = -1;
  for (const [prefix, labels] of MODULE_VALUE_LABELS) {
    const found = labels[key]?.[value];
    if (found && action.startsWith(prefix) && prefix.length > prefixLength) {
      word = found;
      prefixLength = prefix.length;
    }
  }
  return word ?? VALUE_LABELS[key]?.[value];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
  timeStyle: "short",
});

/**
 * A field's value as people read it: labels for the domain's words (those of the module of
 * `action` first), Paris dates, « oui ».
 */
export function auditValueText(key: string, value: unknown, action = ""): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const word = wordOf(action, key, value);
    if (word) return word;
    // A calendar day is the day written, in no time zone: « 2025-11-20 » reads 20/11/2025.
    const day = ISO_DATE.exec(value);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
    return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))
      ? dateTime.format(new Date(value))
      : value;
  }
  if (Array.isArray(value))
    return value.length === 0 ? "—" : value.map((v) => auditValueText(key, v, action)).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${AUDIT_FIELD_LABELS[k] ?? k} : ${auditValueText(k, v, action)}`)
    .join(" ; ");
}
