/**
 * @mutu/api — the tRPC router of every feature and the services behind it. The server (apps/api)
 * mounts the router over HTTP and runs the periodic work; front ends and @mutu/client import only
 * the router's types.
 */
export type { AppRouter, RouterInputs, RouterOutputs } from "./root.ts";
export { appRouter } from "./root.ts";
export type { Context, HttpContext } from "./trpc.ts";
export {
  type Caller,
  callerForPerson,
  callerFromSession,
  callerFromToken,
} from "./auth/caller.ts";
export { BACKGROUND_PROCEDURES } from "./router/notifications.ts";
export { hashPassword } from "./auth/passwords.ts";
export { purgeAuthRecords } from "./services/auth/retention.ts";
export {
  type Identity,
  type SingleSignOnRefusal,
  signInWithIdentity,
} from "./services/auth/single-sign-on.ts";
export { logUnexpected, UNAVAILABLE_MESSAGE } from "./errors.ts";
export { PROTOCOL_MESSAGES } from "./protocol-errors.ts";
export { runReportReminders } from "./services/reports/reminders.ts";
export { calendarFeedOf, FEED_PATH } from "./services/meetings/calendar-feed.ts";
export { seedDemoMeetings } from "./services/meetings/demo.ts";
export { queueMeetingInvitations } from "./services/meetings/invitations.ts";
export { seedDemoSaisines } from "./services/saisines/demo.ts";
export {
  dispatchOutbox,
  type EmailMessage,
  type EmailSender,
  purgeResidentData,
  runSaisineMaintenance,
  runSlaWatch,
} from "./services/saisines/maintenance/index.ts";
export { runRgpdMaintenance } from "./services/rgpd/maintenance.ts";
export { retentionOperationRow } from "./services/rgpd/retention-plan.ts";
