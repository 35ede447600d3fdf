/**
 * Saisines' periodic work, in one call: SLA alerts, the email outbox, residents' data retention,
 * and merging the deltas of their monthly counts (indicators).
 */
import type { MutuDb } from "@mutu/db";
import { compactSaisineStats } from "../../indicators/compact.ts";
import { dispatchOutbox, type EmailSender } from "./outbox.ts";
import { purgeResidentData } from "./purge.ts";
import { runSlaWatch } from "./sla-watch.ts";

export { dispatchOutbox, type EmailMessage, type EmailSender } from "./outbox.ts";
export { purgeResidentData } from "./purge.ts";
export { runSlaWatch } from "./sla-watch.ts";

/** Without a sender, emails wait in the outbox (pending) until one is configured. */
export async function runSaisineMaintenance(
  db: MutuDb,
  options: { now?: Date; emailSender?: EmailSender | null } = {},
) {
  const now = options.now ?? new Date();
  const alerts = await runSlaWatch(db, now);
  const emails = options.emailSender
    ? await dispatchOutbox(db, options.emailSender, now)
    : { sent: 0, failed: 0 };
  const residents = await purgeResidentData(db, now);
  const statsMerged = await compactSaisineStats(db);
  return { alerts, emails, residents, statsMerged };
}
