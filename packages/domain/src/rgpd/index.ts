/** RGPD: the split of responsibilities between communes and the Métropole, and its time limits. */
export {
  BREACH_NOTIFICATION_HOURS,
  breachNotificationDeadline,
  isLateNotification,
  SUBJECT_REQUEST_EXTENDED_MONTHS,
  SUBJECT_REQUEST_MONTHS,
  subjectRequestDeadline,
} from "./deadlines.ts";
export {
  METROPOLE_ROLE_LABELS,
  METROPOLE_ROLES,
  type MetropoleRole,
  type MetropoleRoleFacts,
  metropoleRole,
} from "./roles.ts";
