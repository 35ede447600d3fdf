/**
 * Notifications through the real API, on both drivers: who hears about what (an assignment, a
 * wait for the commune, a resolution, a public comment, an exceptional saisine, an arbitration),
 * never the person who acted; the inbox, its unread count, marking read; each person's choice of
 * email, applied when the maintenance pass queues the emails; and that nobody reads another's.
 */
import { runSlaWatch } from "@mutu/api";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import {
  BEGLES_AGENT,
  BEGLES_DGS,
  CALL_CENTRE,
  type Filed,
  saisineInput,
} from "./helpers/saisines.ts";

type Inbox = {
  unread: number;
  items: {
    id: string;
    kind: string;
    reference: string | null;
    saisineId: string;
    title: string;
    body: string;
    actorLabel: string | null;
  }[];
  nextCursor: string | null;
};

const HEAD = "chef-can@bordeaux-metropole.mutu-demo.fr";
const DIRECTOR = "dip@bordeaux-metropole.mutu-demo.fr";

describe.each(drivers)("notifications on %s", (driver) => {
  let now = new Date("2026-06-08T09:00:00+02:00");
  const t = useHarness(driver, {
    now: () => now,
    signedIn: {
      agent: BEGLES_AGENT,
      dgs: BEGLES_DGS,
      can: CALL_CENTRE,
      head: HEAD,
      director: DIRECTOR,
    },
  });
  const inbox = async (cookie: string, input: Record<string, unknown> = {}) =>
    data<Inbox>(await t.h.query("notifications.list", input, { cookie }));
  const unread = async (cookie: string) =>
    data<{ unread: number }>(await t.h.query("notifications.unreadCount", undefined, { cookie }))
      .unread;
  const file = async (fields: Record<string, unknown> = {}) =>
    data<Filed>(
      await t.h.mutate(
        "saisines.create",
        saisineInput(t.h.orgId("begles"), {
          title: "Imprimante de l'accueil hors service",
          ...fields,
        }),
        { cookie: t.agent },
      ),
    );
  const personId = async (email: string) => {
    const [p] = await withSystem(t.h.database.db, (tx) =>
      tx.select({ id: schema.people.id }).from(schema.people).where(eq(schema.people.email, email)),
    );
    return p?.id ?? "";
  };
  const tick = () => {
    now = new Date(now.getTime() + 60_000);
  };
  /** A saisine's action a minute later, by the person signed in with `cookie`. */
  const act = async <T = Filed>(path: string, input: Record<string, unknown>, cookie: string) => {
    tick();
    return data<T>(await t.h.mutate(path, input, { cookie }));
  };
  /** What the person signed in with `cookie` was told about one saisine, latest first. */
  const toldAbout = async (cookie: string, saisineId: string) =>
    (await inbox(cookie)).items.filter((n) => n.saisineId === saisineId);
  /** The call centre assigns the saisine to the head of the call centre, a minute later. */
  const assignToHead = async (filed: Filed) =>
    act(
      "saisines.assign",
      {
        saisineId: filed.id,
        version: filed.version,
        assignee: { kind: "person", personId: await personId(HEAD) },
      },
      t.can,
    );

  test("an assignment tells the assignee, not the person who assigned", async () => {
    const filed = await file();
    const before = await unread(t.head);
    const assigned = await assignToHead(filed);
    expect(assigned.version).toBe(2);
    expect(await unread(t.head)).toBe(before + 1);
    const [first] = (await inbox(t.head)).items;
    expect(first).toMatchObject({
      kind: "assigned",
      saisineId: filed.id,
      reference: filed.reference,
      title: `${filed.reference} : saisine attribuée à ${first?.title.split(" à ").at(-1)}`,
    });
    expect(first?.body).toBe(
      `La saisine « Imprimante de l'accueil hors service » a été attribuée par ${first?.actorLabel}.`,
    );
    // The call-centre agent acted: nothing for them about it.
    expect((await inbox(t.can)).items.some((n) => n.saisineId === filed.id)).toBe(false);
  });

  test("a team assignment tells its members and its manager", async () => {
    const filed = await file();
    const teams = await withSystem(t.h.database.db, (tx) =>
      tx.select().from(schema.teams).where(eq(schema.teams.code, "infrastructures")),
    );
    await act(
      "saisines.assign",
      { saisineId: filed.id, version: 1, assignee: { kind: "team", teamId: teams[0]?.id } },
      t.can,
    );
    const about = await toldAbout(t.director, filed.id);
    expect(about.map((n) => n.kind)).toEqual(["assigned"]);
  });

  test("waiting for the commune, a resolution and public comments reach the other side", async () => {
    const filed = await file();
    const paused = await act(
      "saisines.pause",
      { saisineId: filed.id, version: 1, waitingFor: "commune", note: "Le numéro de série ?" },
      t.can,
    );
    let mine = await toldAbout(t.agent, filed.id);
    expect(mine[0]).toMatchObject({
      kind: "waiting-commune",
      body: "La saisine « Imprimante de l'accueil hors service » est en attente de la commune.\nLe numéro de série ?",
    });
    // The commune answers: with nobody holding it, the call centre's heads hear of it.
    const answered = await act(
      "saisines.addInformation",
      { saisineId: filed.id, version: paused.version, body: "Numéro SN-12345" },
      t.agent,
    );
    const heads = await toldAbout(t.head, filed.id);
    expect(heads.map((n) => n.kind)).toEqual(["public-comment"]);
    // An internal comment tells nobody at the commune; a public one does.
    await act(
      "saisines.comment",
      { saisineId: filed.id, body: "Note interne", visibility: "interne" },
      t.can,
    );
    await act(
      "saisines.comment",
      { saisineId: filed.id, body: "Le technicien passe demain.", visibility: "public" },
      t.can,
    );
    await act(
      "saisines.resolve",
      { saisineId: filed.id, version: answered.version, note: "Tambour remplacé." },
      t.can,
    );
    mine = await toldAbout(t.agent, filed.id);
    expect(mine.map((n) => n.kind)).toEqual(["resolved", "public-comment", "waiting-commune"]);
    expect(mine.some((n) => n.body.includes("Note interne"))).toBe(false);
    // Nobody reads another person's notifications, even of their own commune.
    expect((await inbox(t.dgs)).items.some((n) => n.saisineId === filed.id)).toBe(false);
  });

  test("an exceptional saisine and an arbitration ask both sides' deciders", async () => {
    const filed = await file({ nature: "exceptionnelle", title: "Déménagement de la médiathèque" });
    expect(filed.status).toBe("decision-attendue");
    for (const cookie of [t.dgs, t.director, t.head]) {
      const about = await toldAbout(cookie, filed.id);
      expect(about.map((n) => n.kind)).toEqual(["decision-expected"]);
    }
    await act(
      "arbitrations.raise",
      { saisineId: filed.id, kind: "programmation", subject: "Calendrier du déménagement" },
      t.dgs,
    );
    const director = await toldAbout(t.director, filed.id);
    expect(director[0]?.title).toBe(`${filed.reference} : arbitrage demandé (niveau 1)`);
    // The DGS raised it: told of the filing only.
    expect((await toldAbout(t.dgs, filed.id)).map((n) => n.kind)).toEqual(["decision-expected"]);
  });

  test("marking read one, then all; the count follows", async () => {
    const list = await inbox(t.agent, { unreadOnly: true });
    expect(list.unread).toBeGreaterThan(1);
    const [first] = list.items;
    expect(
      data(await t.h.mutate("notifications.markRead", { ids: [first?.id] }, { cookie: t.agent })),
    ).toEqual({ updated: 1 });
    expect(await unread(t.agent)).toBe(list.unread - 1);
    // Someone else's id changes nothing.
    const head = (await inbox(t.head)).items[0];
    expect(
      data(await t.h.mutate("notifications.markRead", { ids: [head?.id] }, { cookie: t.agent })),
    ).toEqual({ updated: 0 });
    expect(
      data(await t.h.mutate("notifications.markRead", { all: true }, { cookie: t.agent })),
    ).toEqual({ updated: list.unread - 1 });
    expect(await unread(t.agent)).toBe(0);
  });

  test("the count asked alone (read with the caller) is the count asked beside another call", async () => {
    // Alone, the header's count is answered by the caller's lookup (ADR 0044); in a batch with
    // another procedure, it is counted in the caller's tenant transaction. Both say the same.
    const filed = await file({ title: "Scanner du service état civil bloqué" });
    await assignToHead(filed);
    const batched = async () => {
      const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: {} }));
      const res = await t.h.request(
        `/trpc/notifications.unreadCount,notifications.list?batch=1&input=${input}`,
        { cookie: t.head },
      );
      const [count, list] = (await res.json()) as [
        { result: { data: { unread: number } } },
        { result: { data: Inbox } },
      ];
      return { count: count.result.data.unread, listed: list.result.data.unread };
    };
    const alone = await unread(t.head);
    expect(alone).toBeGreaterThan(0);
    expect(await batched()).toEqual({ count: alone, listed: alone });
    const [first] = (await inbox(t.head, { unreadOnly: true })).items;
    await t.h.mutate("notifications.markRead", { ids: [first?.id] }, { cookie: t.head });
    expect(await unread(t.head)).toBe(alone - 1);
    expect(await batched()).toEqual({ count: alone - 1, listed: alone - 1 });
  });

  test("emails follow each person's choice, queued by the maintenance pass", async () => {
    const prefs = data<{ kinds: { kind: string; delivery: string; chosen: boolean }[] }>(
      await t.h.query("notifications.preferences", undefined, { cookie: t.agent }),
    );
    // A commune agent is never assigned a saisine: not offered.
    expect(prefs.kinds.map((k) => k.kind)).toEqual([
      "waiting-commune",
      "resolved",
      "public-comment",
      "decision-expected",
    ]);
    expect(prefs.kinds.find((k) => k.kind === "waiting-commune")).toEqual({
      kind: "waiting-commune",
      delivery: "email",
      chosen: false,
    });
    const set = await t.h.mutate(
      "notifications.setPreferences",
      { deliveries: { "waiting-commune": "app", "public-comment": "email" } },
      { cookie: t.agent },
    );
    expect(set.status).toBe(200);
    const refused = await t.h.mutate(
      "notifications.setPreferences",
      { deliveries: { assigned: "app" } },
      { cookie: t.agent },
    );
    expect(refused.error?.message).toBe("Ces notifications ne vous concernent pas.");

    const filed = await file();
    await act(
      "saisines.pause",
      { saisineId: filed.id, version: 1, waitingFor: "commune", note: "Photo de l'écran ?" },
      t.can,
    );
    await act(
      "saisines.comment",
      { saisineId: filed.id, body: "Merci d'avance.", visibility: "public" },
      t.can,
    );
    await runSlaWatch(t.h.database.db, now);
    const mails = await withSystem(t.h.database.db, (tx) =>
      tx.select().from(schema.notificationOutbox),
    );
    const toAgent = mails.filter((m) => m.toEmail === BEGLES_AGENT && m.body.includes(filed.id));
    // Waiting: in the app only; the comment: by email too, with a link to the commune's page.
    expect(toAgent.map((m) => m.subject)).toEqual([
      `[mutu] ${filed.reference} : nouveau commentaire`,
    ]);
    expect(toAgent[0]?.body).toContain(`Ouvrir la saisine : /saisines/saisine?id=${filed.id}`);
    const states = await withSystem(t.h.database.db, (tx) =>
      tx
        .select({ kind: schema.notifications.kind, email: schema.notifications.emailStatus })
        .from(schema.notifications)
        .where(eq(schema.notifications.saisineId, filed.id)),
    );
    expect(states.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "public-comment", email: "queued" },
      { kind: "waiting-commune", email: "none" },
    ]);
  });

  test("the unread count, asked every minute by every page, keeps no session alive", async () => {
    const cookie = await t.h.signIn(BEGLES_AGENT);
    const lastSeen = async () => {
      const rows = await withSystem(t.h.database.db, (tx) =>
        tx.select({ at: schema.sessions.lastSeenAt }).from(schema.sessions),
      );
      return Math.max(...rows.map((r) => r.at.getTime()));
    };
    const signedInAt = await lastSeen();
    now = new Date(now.getTime() + 10 * 60_000);
    await unread(cookie);
    expect(await lastSeen()).toBe(signedInAt);
    await inbox(cookie);
    expect(await lastSeen()).toBe(now.getTime());
  });

  test("a notification whose saisine is out of reach says so", async () => {
    // A saisine of Bègles filed for the DGS: the agent (without saisines.read) does not see it.
    const dgsSaisine = data<Filed>(
      await t.h.mutate(
        "saisines.create",
        saisineInput(t.h.orgId("begles"), { title: "Badge de la mairie annexe" }),
        { cookie: t.dgs },
      ),
    );
    const agentId = await personId(BEGLES_AGENT);
    await withSystem(t.h.database.db, (tx) =>
      tx.insert(schema.notifications).values({
        orgId: t.h.orgId("begles"),
        operatorId: t.h.orgId("bordeaux-metropole"),
        recipientId: agentId,
        saisineId: dgsSaisine.id,
        kind: "resolved",
        alertKey: "stale-test",
        title: "Ancienne notification",
        body: "…",
        createdAt: now,
      }),
    );
    const stale = (await inbox(t.agent)).items.find((n) => n.saisineId === dgsSaisine.id);
    expect(stale).toMatchObject({ reference: null, title: "Ancienne notification" });
  });
});
