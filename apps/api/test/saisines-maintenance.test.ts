/**
 * The periodic work on saisines, on both drivers: SLA warnings at 75 % and at breach to the
 * assignee and their manager (in-app, and emails through the outbox, retried on failure), and
 * residents' data anonymised once the retention period after closure has run.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dispatchOutbox, type EmailMessage, purgeResidentData, runSlaWatch } from "@mutu/api";
import { createHarness, type Harness } from "./harness.ts";
import { saisineInput } from "./helpers/saisines.ts";

type Result = {
  id: string;
  version: number;
  reference: string;
  resolutionDueAt: string | null;
  warnAt: string | null;
};

describe.each(drivers)("saisine maintenance on %s", (driver) => {
  let h: Harness;
  let now = new Date("2026-06-04T08:30:00+02:00");
  const at = (iso: string) => {
    now = new Date(iso);
    return now;
  };

  beforeAll(async () => {
    h = await createHarness(driver, { now: () => now });
  });
  afterAll(() => h.close());

  /** A Bègles saisine filed by the person signed in with `cookie`. */
  const fileAtBegles = async (cookie: string, fields: Record<string, unknown>) =>
    (await h.mutate("saisines.create", saisineInput(h.orgId("begles"), fields), { cookie }))
      .data as Result;

  const outbox = () =>
    withSystem(h.database.db, (tx) =>
      tx.select().from(schema.notificationOutbox).orderBy(schema.notificationOutbox.id),
    );

  test("75 % and breach notify the assignee and their manager, in-app and by email with retries", async () => {
    // Thursday 4 June 2026, 8:30: a blocking incident at Bègles (resolution target 480 min).
    at("2026-06-04T08:30:00+02:00");
    const filed = await fileAtBegles(await h.signIn("agent@begles.mutu-demo.fr"), {
      criticality: "bloquant",
      title: "Logiciel d'état civil inaccessible",
    });
    const can = await h.signIn("can@bordeaux-metropole.mutu-demo.fr");
    const { people } = (await h.query("saisines.assignees", undefined, { cookie: can })).data as {
      people: { id: string; email: string }[];
    };
    const canId = people.find((p) => p.email === "can@bordeaux-metropole.mutu-demo.fr")?.id ?? "";
    const assigned = await h.mutate(
      "saisines.assign",
      { saisineId: filed.id, version: 1, assignee: { kind: "person", personId: canId } },
      { cookie: can },
    );
    // Thu 8:30 + 480 → 16:30; 75 % (360) → 14:30. The agent's team (Centre d'appel, OLA 480) alike.
    expect(assigned.data).toMatchObject({
      resolutionDueAt: "2026-06-04T14:30:00.000Z",
      warnAt: "2026-06-04T12:30:00.000Z",
    });

    expect((await runSlaWatch(h.database.db, at("2026-06-04T14:29:00+02:00"))).notifications).toBe(
      0,
    );
    const warned = await runSlaWatch(h.database.db, at("2026-06-04T14:30:00+02:00"));
    // Two milestones (contract resolution, the holder's OLA) × the agent and his manager.
    expect(warned).toEqual({ saisines: 1, notifications: 4 });
    expect((await runSlaWatch(h.database.db, at("2026-06-04T14:45:00+02:00"))).notifications).toBe(
      0,
    );
    const mails = await outbox();
    expect(mails.map((m) => m.toEmail).sort()).toEqual([
      "can@bordeaux-metropole.mutu-demo.fr",
      "can@bordeaux-metropole.mutu-demo.fr",
      "chef-can@bordeaux-metropole.mutu-demo.fr",
      "chef-can@bordeaux-metropole.mutu-demo.fr",
    ]);
    expect(mails[0]?.subject).toMatch(new RegExp(`^\\[mutu\\] ${filed.reference} : 75 % du`));

    // The mail server is down: every message stays pending, retried a minute later.
    const failing = { send: async () => Promise.reject(new Error("SMTP indisponible")) };
    expect(await dispatchOutbox(h.database.db, failing, at("2026-06-04T14:30:00+02:00"))).toEqual({
      sent: 0,
      failed: 4,
    });
    expect((await outbox()).every((m) => m.status === "pending" && m.attempts === 1)).toBe(true);
    const sent: EmailMessage[] = [];
    const recorder = { send: async (m: EmailMessage) => void sent.push(m) };
    expect(
      (await dispatchOutbox(h.database.db, recorder, at("2026-06-04T14:30:30+02:00"))).sent,
    ).toBe(0);
    expect(
      (await dispatchOutbox(h.database.db, recorder, at("2026-06-04T14:31:00+02:00"))).sent,
    ).toBe(4);
    expect(sent.map((m) => m.to).sort()).toEqual(mails.map((m) => m.toEmail).sort());
    expect(sent[0]?.text).toMatch(/Bonjour .*75 % de son délai/s);

    // 16:30: breached.
    expect((await runSlaWatch(h.database.db, at("2026-06-04T16:30:00+02:00"))).notifications).toBe(
      4,
    );
    const [row] = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.saisines).where(eq(schema.saisines.id, filed.id)),
    );
    expect(row?.alertAt).toBeNull();
    expect(row?.alertsSent.sort()).toEqual(
      [
        `ola:${row?.currentAssignmentId}:breach`,
        `ola:${row?.currentAssignmentId}:warning`,
        "resolution:breach",
        "resolution:warning",
      ].sort(),
    );
    // In-app: the agent's four, newest first; marking them read.
    at("2026-06-04T16:35:00+02:00");
    const agentCookie = await h.signIn("can@bordeaux-metropole.mutu-demo.fr");
    const list = (await h.query("saisines.notifications", {}, { cookie: agentCookie })).data as {
      unread: number;
      items: { id: string; kind: string; milestone: string; reference: string }[];
    };
    expect(list.unread).toBe(4);
    expect(list.items.map((i) => `${i.kind}/${i.milestone}`).sort()).toEqual([
      "sla-breach/ola",
      "sla-breach/resolution",
      "sla-warning/ola",
      "sla-warning/resolution",
    ]);
    const read = await h.mutate(
      "saisines.markNotificationsRead",
      { ids: list.items.map((i) => i.id) },
      { cookie: agentCookie },
    );
    expect(read.data).toEqual({ updated: 4 });

    // A message that keeps failing is given up after 8 attempts, its error kept.
    let t = new Date("2026-06-04T16:31:00+02:00").getTime();
    for (let i = 0; i < 8; i++) {
      await dispatchOutbox(h.database.db, failing, new Date(t));
      t += 7 * 3600_000;
    }
    const given = (await outbox()).filter((m) => m.subject.includes("dépassé"));
    expect(given.every((m) => m.status === "failed" && m.attempts === 8)).toBe(true);
    expect(given[0]?.lastError).toBe("SMTP indisponible");
  });

  test("a resident's data is anonymised once the retention period after closure has run", async () => {
    at("2026-06-10T10:00:00+02:00");
    const dgs = await h.signIn("dgs@begles.mutu-demo.fr");
    const filed = await fileAtBegles(dgs, {
      type: "demande",
      title: "Accès au portail famille pour Hélène Dupont",
      description:
        "Mme Hélène Dupont (06.12.34.56.78) n'arrive plus à se connecter au portail famille.",
      onBehalfOf: { name: "Hélène Dupont", contact: "06 12 34 56 78" },
    });
    const can = await h.signIn("can@bordeaux-metropole.mutu-demo.fr");
    await h.mutate(
      "saisines.comment",
      {
        saisineId: filed.id,
        body: "Rappeler DUPONT Hélène au +33 6 12 34 56 78.",
        visibility: "interne",
      },
      { cookie: can },
    );
    await h.mutate(
      "saisines.resolve",
      {
        saisineId: filed.id,
        version: 1,
        note: "Mot de passe réinitialisé, lien envoyé à Mme Dupont.",
      },
      { cookie: can },
    );
    at("2026-06-10T11:00:00+02:00");
    const confirmed = await h.mutate(
      "saisines.confirm",
      { saisineId: filed.id, version: 2 },
      { cookie: await h.signIn("dgs@begles.mutu-demo.fr") },
    );
    expect(confirmed.status, confirmed.error?.message).toBe(200);
    // Closed 10 June 2026: kept through 10 June 2027, anonymised from 11 June 2027, 00:00 Paris.
    const [closed] = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.saisines).where(eq(schema.saisines.id, filed.id)),
    );
    expect(closed?.residentPurgeAt?.toISOString()).toBe("2027-06-10T22:00:00.000Z");
    expect(await purgeResidentData(h.database.db, new Date("2027-06-10T21:59:59Z"))).toEqual({
      anonymised: 0,
    });
    expect(await purgeResidentData(h.database.db, new Date("2027-06-10T22:00:00Z"))).toEqual({
      anonymised: 1,
    });
    expect(await purgeResidentData(h.database.db, new Date("2027-06-12T00:00:00Z"))).toEqual({
      anonymised: 0,
    });

    at("2027-06-11T09:00:00+02:00");
    const operator = await h.signIn("can@bordeaux-metropole.mutu-demo.fr");
    const detail = (await h.query("saisines.get", { saisineId: filed.id }, { cookie: operator }))
      .data as {
      onBehalfOf: unknown;
      title: string;
      description: string;
    };
    expect(detail.onBehalfOf).toEqual({ name: null, contact: null, anonymised: true });
    expect(detail.title).toBe("Accès au portail famille pour [donnée effacée]");
    expect(detail.description).toBe(
      "Mme [donnée effacée] ([donnée effacée]) n'arrive plus à se connecter au portail famille.",
    );
    const timeline = JSON.stringify(
      (await h.query("saisines.timeline", { saisineId: filed.id }, { cookie: operator })).data,
    );
    expect(timeline).toContain("Rappeler [donnée effacée] au [donnée effacée].");
    expect(timeline).not.toMatch(/Hélène|12 34 56 78/);
    const audit = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, filed.id)),
    );
    expect(audit.map((a) => a.action)).toContain("saisine.resident-anonymised");
    expect(JSON.stringify(audit)).not.toMatch(/Hélène|Dupont|56 78/);
  });
});
