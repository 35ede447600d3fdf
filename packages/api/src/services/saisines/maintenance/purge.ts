/**
 * Residents' data after the retention period (system work): the name and contact kept on a
 * saisine filed for a resident are anonymised once the period after closure has run
 * (residentDataPurgeDate), and the name or contact repeated in the title, description, timeline
 * and notifications is replaced by « [donnée effacée] ». The audit entry says it happened, without
 * the data.
 */
import { anonymiseResident, type ResidentContact, redactResident } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { and, asc, eq, inArray, isNull, lte } from "drizzle-orm";
import { auditSaisine, recordChange, SYSTEM_ACTOR } from "../history.ts";
import { saisineColumns } from "../access.ts";

const { notificationOutbox, notifications, saisineEvents, saisines } = schema;

export async function purgeResidentData(db: MutuDb, now: Date, limit = 500) {
  return withSystem(db, async (tx) => {
    const due = await tx
      .select(saisineColumns)
      .from(saisines)
      .where(and(lte(saisines.residentPurgeAt, now), isNull(saisines.residentAnonymisedAt)))
      .orderBy(asc(saisines.residentPurgeAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    for (const row of due) {
      const stored = row.onBehalfOf;
      const resident: ResidentContact | null =
        stored?.name && stored.contact ? { name: stored.name, contact: stored.contact } : null;
      const redact = (text: string) => (resident ? redactResident(text, resident) : text);
      const anonymised = anonymiseResident(
        resident ?? { name: null, contact: null, anonymisedAt: now },
        now,
      );
      const [updated] = await tx
        .update(saisines)
        .set({
          title: redact(row.title),
          description: redact(row.description),
          site: row.site === null ? null : redact(row.site),
          onBehalfOf: {
            name: null,
            contact: null,
            anonymisedAt: anonymised.anonymisedAt.toISOString(),
          },
          residentAnonymisedAt: now,
          rowVersion: row.rowVersion + 1,
          updatedAt: now,
        })
        .where(eq(saisines.id, row.id))
        .returning(saisineColumns);
      if (!updated) continue;
      if (resident) {
        const events = await tx
          .select({ id: saisineEvents.id, body: saisineEvents.body })
          .from(saisineEvents)
          .where(eq(saisineEvents.saisineId, row.id));
        for (const e of events) {
          if (e.body === null) continue;
          const body = redact(e.body);
          if (body !== e.body)
            await tx.update(saisineEvents).set({ body }).where(eq(saisineEvents.id, e.id));
        }
        const sent = await tx
          .select()
          .from(notifications)
          .where(eq(notifications.saisineId, row.id));
        for (const n of sent)
          await tx
            .update(notifications)
            .set({ title: redact(n.title), body: redact(n.body) })
            .where(eq(notifications.id, n.id));
        if (sent.length) {
          const mails = await tx
            .select()
            .from(notificationOutbox)
            .where(
              inArray(
                notificationOutbox.notificationId,
                sent.map((n) => n.id),
              ),
            );
          for (const m of mails)
            await tx
              .update(notificationOutbox)
              .set({ subject: redact(m.subject), body: redact(m.body) })
              .where(eq(notificationOutbox.id, m.id));
        }
      }
      await recordChange(tx, updated, "resident-anonymised", "public", now);
      await auditSaisine(tx, SYSTEM_ACTOR, row, "saisine.resident-anonymised", null, {
        closedAt: row.closedAt,
        purgeAt: row.residentPurgeAt,
      });
    }
    return { anonymised: due.length };
  });
}
