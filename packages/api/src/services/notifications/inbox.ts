/**
 * A person's inbox: their notifications, newest first (keyset pages), the unread count every
 * page's header shows — one index-only count, built once — and marking some or all read. Row-level
 * security already limits the rows to the caller's own; the services say so too.
 */
import { type Tx, schema, statement } from "@mutu/db";
import { and, count, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { canSee } from "../saisines/access.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";

const { notifications, saisines } = schema;

const unreadOf = statement("notifications_unread", (db) =>
  db
    .select({ unread: count() })
    .from(notifications)
    .where(
      and(eq(notifications.recipientId, sql.placeholder("personId")), isNull(notifications.readAt)),
    ),
);

async function unreadCount(tx: Tx, personId: string) {
  const [row] = await unreadOf(tx, { personId });
  return row?.unread ?? 0;
}

type Cursor = { at: string; id: string };

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

function decode(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString()) as Cursor;
    if (!Number.isNaN(Date.parse(c.at)) && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    // fall through
  }
  throw new AppError("BAD_REQUEST", "Position de page invalide : rechargez la liste.", {
    cursor: ["Position de page invalide."],
  });
}

export async function inbox(
  ctx: ServiceContext,
  input: { unreadOnly: boolean; cursor?: string | undefined; limit: number },
) {
  const personId = ctx.caller.personId;
  if (!personId) return { unread: 0, items: [], nextCursor: null };
  const after = input.cursor ? decode(input.cursor) : null;
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: notifications.id,
        kind: notifications.kind,
        milestone: notifications.milestone,
        saisineId: notifications.saisineId,
        title: notifications.title,
        body: notifications.body,
        actorLabel: notifications.actorLabel,
        dueAt: notifications.dueAt,
        createdAt: notifications.createdAt,
        createdKey: sql<string>`${notifications.createdAt}::text`,
        readAt: notifications.readAt,
        saisine: {
          reference: saisines.reference,
          title: saisines.title,
          requesterId: saisines.requesterId,
          filedByTokenId: saisines.filedByTokenId,
        },
      })
      .from(notifications)
      // A saisine out of reach (no longer the caller's to see) leaves the notification without it.
      .leftJoin(saisines, eq(saisines.id, notifications.saisineId))
      .where(
        and(
          eq(notifications.recipientId, personId),
          input.unreadOnly ? isNull(notifications.readAt) : undefined,
          after
            ? or(
                lt(notifications.createdAt, sql`${after.at}::timestamptz`),
                and(
                  eq(notifications.createdAt, sql`${after.at}::timestamptz`),
                  lt(notifications.id, after.id),
                ),
              )
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(input.limit + 1);
    const unread = await unreadCount(tx, personId);
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    return {
      unread,
      items: page.map(({ saisine, createdKey: _k, ...n }) => {
        const reachable = saisine?.reference != null && canSee(ctx.caller, saisine);
        return {
          ...n,
          reference: reachable ? saisine.reference : null,
          saisineTitle: reachable ? saisine.title : null,
        };
      }),
      nextCursor:
        rows.length > input.limit && last ? encode({ at: last.createdKey, id: last.id }) : null,
    };
  });
}

/**
 * The caller's unread count: read with the caller when the request asked for nothing else (one
 * round trip, ADR 0044), or counted in the caller's tenant transaction.
 */
export async function unread(ctx: ServiceContext) {
  const personId = ctx.caller.personId;
  if (!personId) return { unread: 0 };
  if (ctx.caller.unreadNotifications !== null) return { unread: ctx.caller.unreadNotifications };
  return inTenant(ctx, async (tx) => ({ unread: await unreadCount(tx, personId) }));
}

export async function markRead(ctx: ServiceContext, input: { ids: string[] } | { all: true }) {
  const personId = ctx.caller.personId;
  if (!personId) return { updated: 0 };
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(
        and(
          eq(notifications.recipientId, personId),
          "ids" in input ? inArray(notifications.id, input.ids) : undefined,
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id });
    return { updated: rows.length };
  });
}
