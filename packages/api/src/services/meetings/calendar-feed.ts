/**
 * Each person may subscribe to an iCalendar feed of the meetings they are invited to, at a secret
 * URL: only the secret's hash is kept, so the URL is shown once; replacing it revokes the old one,
 * revoking deletes it. The feed itself is read without a session (calendar applications have none):
 * system work finds the person by the hash, and serves nothing for an unknown or deactivated one.
 */
import { addYears, parisToday } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { and, asc, eq, gte } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { auditChange } from "../audit/caller-change.ts";
import { newSessionSecret, sha256 } from "../../auth/secrets.ts";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { feedName, meetingsCalendar } from "./ics.ts";

const { calendarFeeds, meetingParticipants, meetings, organisations, people } = schema;

/** The path of a feed, under the public URL (apps/api serves it). */
export const FEED_PATH = "/calendrier/";

function personOf(caller: Caller) {
  if (!caller.personId)
    throw new AppError(
      "FORBIDDEN",
      "Un abonnement au calendrier est personnel : connectez-vous en votre nom.",
    );
  return caller.personId;
}

export function feedStatus(ctx: ServiceContext) {
  const personId = personOf(ctx.caller);
  return inTenant(ctx, async (tx) => {
    const [feed] = await tx
      .select()
      .from(calendarFeeds)
      .where(eq(calendarFeeds.personId, personId));
    return { active: Boolean(feed), createdAt: feed?.createdAt ?? null, url: null };
  });
}

/** A new secret URL (the previous one, if any, stops working). */
export function createFeed(ctx: ServiceContext, publicUrl: string) {
  const personId = personOf(ctx.caller);
  const secret = newSessionSecret();
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ personId, orgId: ctx.caller.org.id, secretHash: sha256(secret), createdAt: now })
      .onConflictDoUpdate({
        target: calendarFeeds.personId,
        set: { secretHash: sha256(secret), createdAt: now },
      });
    await auditChange(tx, ctx, {
      orgId: ctx.caller.org.id,
      action: "calendar-feed.create",
      entity: "person",
      entityId: personId,
    });
    return {
      active: true,
      createdAt: now,
      url: `${publicUrl.replace(/\/$/, "")}${FEED_PATH}${secret}.ics`,
    };
  });
}

export function revokeFeed(ctx: ServiceContext) {
  const personId = personOf(ctx.caller);
  return inTenant(ctx, async (tx) => {
    const removed = await tx
      .delete(calendarFeeds)
      .where(eq(calendarFeeds.personId, personId))
      .returning({ personId: calendarFeeds.personId });
    if (removed.length)
      await auditChange(tx, ctx, {
        orgId: ctx.caller.org.id,
        action: "calendar-feed.revoke",
        entity: "person",
        entityId: personId,
      });
    return { active: false, createdAt: null, url: null };
  });
}

/** The feed's content for a secret, or null (unknown, revoked, or its person deactivated). */
export function calendarFeedOf(db: MutuDb, secret: string, now: Date, host: string) {
  return withSystem(db, async (tx) => {
    const [feed] = await tx
      .select({ personId: people.id, name: people.displayName })
      .from(calendarFeeds)
      .innerJoin(people, eq(people.id, calendarFeeds.personId))
      .where(and(eq(calendarFeeds.secretHash, sha256(secret)), eq(people.active, true)));
    if (!feed) return null;
    // A year back is enough for a diary; everything to come.
    const since = addYears(parisToday(now), -1);
    const rows = await tx
      .select({ meeting: meetings, orgName: organisations.name })
      .from(meetingParticipants)
      .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
      .innerJoin(organisations, eq(organisations.id, meetings.orgId))
      .where(and(eq(meetingParticipants.personId, feed.personId), gte(meetings.day, since)))
      .orderBy(asc(meetings.startsAt));
    return meetingsCalendar(
      feedName(feed.name),
      rows.map((r) => ({ ...r.meeting, orgName: r.orgName })),
      host,
    );
  });
}
