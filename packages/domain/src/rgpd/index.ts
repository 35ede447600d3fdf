/**
 * RGPD: the registers a commune keeps with its shared service (seed 004 section V) — processing,
 * the Métropole's role in each, the DPO's opinions, shared processing, breaches on a 72-hour clock,
 * requests of data subjects, end of retention — and their time limits. Pure rules, no I/O.
 */
export * from "./breaches.ts";
export {
  BREACH_NOTIFICATION_HOURS,
  breachNotificationDeadline,
  isLateNotification,
  SUBJECT_REQUEST_EXTENDED_MONTHS,
  SUBJECT_REQUEST_MONTHS,
  subjectRequestDeadline,
} from "./deadlines.ts";
export * from "./documents.ts";
export { countSchema, optionalIsoDate, optionalText, requiredText } from "./fields.ts";
export * from "./lifecycle.ts";
export * from "./organisation.ts";
export * from "./processing.ts";
export * from "./requests.ts";
export * from "./retention.ts";
export {
  METROPOLE_ROLE_LABELS,
  METROPOLE_ROLES,
  type MetropoleRole,
  type MetropoleRoleFacts,
  metropoleResponsibility,
  metropoleRole,
  type ResponsibilityFacts,
} from "./roles.ts";
export * from "./shared.ts";
export * from "./shared-comparison.ts";
export * from "./vocabulary.ts";
