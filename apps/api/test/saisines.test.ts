/**
 * A saisine's life through the real API, on both drivers: a Bègles agent files it on the portal,
 * it is routed by the annex in force and timed on Bègles' support hours (due dates checked against
 * dates computed by hand), the call centre assigns, puts it on hold, reassigns, resolves; the
 * commune confirms or reopens. Time is the harness clock, so every instant is a real 2026 date.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { seedDemoSaisines } from "@mutu/api";
import { useHarness } from "./harness.ts";
import { BEGLES_AGENT, CALL_CENTRE, type Filed, useSaisineClock } from "./helpers/saisines.ts";

type Created = {
  id: string;
  reference: string;
  version: number;
  status: string;
  communeFunction: string | null;
  sharedServiceFunction: string;
  proximityCentre: boolean;
  proximityCentreName: string | null;
  needsQualification: boolean;
  handlingDueAt: string | null;
  resolutionDueAt: string | null;
  warnAt: string | null;
  replayed: boolean;
};
type Detail = Record<string, unknown> & {
  version: number;
  status: string;
  handlingDueAt: string | null;
  resolutionDueAt: string | null;
  assignments: {
    assigneeLabel: string;
    elapsedMinutes: number;
    endedAt: string | null;
    current: boolean;
    targetMinutes: number | null;
    dueAt: string | null;
  }[];
  clocks: { periods: { state: string; from: string; to: string | null }[] };
  allowedActions: string[];
};

describe.each(drivers)("saisines on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-05-15T16:00:00+02:00");
  let teams: { id: string; code: string }[] = [];

  beforeAll(async () => {
    teams = await withSystem(t.h.database.db, (tx) =>
      tx.select({ id: schema.teams.id, code: schema.teams.code }).from(schema.teams),
    );
  });

  const get = async (cookie: string, saisineId: string) => {
    const res = await t.h.query("saisines.get", { saisineId }, { cookie });
    expect(res.status, res.error?.message).toBe(200);
    return res.data as Detail;
  };
  /** Assigns the saisine to one of the operator's teams; the call must succeed. */
  const assignToTeam = async (cookie: string, saisineId: string, version: number, code: string) => {
    const teamId = teams.find((team) => team.code === code)?.id ?? "";
    const res = await t.h.mutate(
      "saisines.assign",
      { saisineId, version, assignee: { kind: "team", teamId } },
      { cookie },
    );
    expect(res.status, res.error?.message).toBe(200);
    return res;
  };

  test("a Bègles agent files an incident on Friday afternoon: routed, timed on Bègles' hours over Pentecost", async () => {
    const { h, at, create } = t;
    // Friday 15 May 2026, 16:00 (the day after Ascension). Bègles: Mon 8:30–18:30, Thu–Fri 8:30–17:00.
    at("2026-05-15T16:00:00+02:00");
    const agent = await h.signIn(BEGLES_AGENT);
    const res = await create(agent, "begles", {
      title: "Imprimante du service état civil hors service",
      description: "L'imprimante du 1er étage affiche une erreur de fusion depuis ce matin.",
      site: "Hôtel de ville",
    });
    expect(res.status, res.error?.message).toBe(200);
    const created = res.data as Created;
    expect(created.reference).toBe("BEG-2026-000001");
    expect(created).toMatchObject({
      status: "nouvelle",
      version: 1,
      communeFunction: "utilisateur (élu, agent, citoyen, ...)",
      sharedServiceFunction: "Centre d'appel",
      proximityCentre: true,
      proximityCentreName: "Centre proximité numérique Sud",
      needsQualification: false,
      replayed: false,
    });
    // Handling 240 min: Fri 16:00–17:00 (60), Mon 18 May 8:30 + 180 → 11:30.
    expect(created.handlingDueAt).toBe("2026-05-18T09:30:00.000Z");
    // Resolution 1,440 min: Fri 60, Mon 600, Thu 21 510, Fri 22 270 → 13:00.
    expect(created.resolutionDueAt).toBe("2026-05-22T11:00:00.000Z");
    // 75 % of handling (180 min): Monday 10:30.
    expect(created.warnAt).toBe("2026-05-18T08:30:00.000Z");

    // Monday 18 May, 9:00: the call centre assigns it to its team (handled after 90 minutes).
    at("2026-05-18T09:00:00+02:00");
    const can = await h.signIn(CALL_CENTRE);
    const assigned = await assignToTeam(can, created.id, 1, "centre-appel");
    expect(assigned.data).toMatchObject({
      version: 2,
      assigneeLabel: "Centre d'appel",
      handlingDueAt: null,
    });

    // 10:00: waiting for the commune. The resolution clock stops after 150 minutes.
    at("2026-05-18T10:00:00+02:00");
    const paused = await h.mutate(
      "saisines.pause",
      {
        saisineId: created.id,
        version: 2,
        waitingFor: "commune",
        note: "Merci d'indiquer le modèle exact de l'imprimante.",
      },
      { cookie: await h.signIn(CALL_CENTRE) },
    );
    expect(paused.status, paused.error?.message).toBe(200);
    expect(paused.data).toMatchObject({ status: "en-attente-commune", resolutionDueAt: null });

    // Thursday 21 May, 9:00: the agent answers; the clock runs again, the wait excluded.
    at("2026-05-21T09:00:00+02:00");
    const agentThu = await h.signIn(BEGLES_AGENT);
    const answered = await h.mutate(
      "saisines.addInformation",
      { saisineId: created.id, version: 3, body: "C'est une Ricoh MP C3004." },
      { cookie: agentThu },
    );
    expect(answered.status, answered.error?.message).toBe(200);
    // 1,290 min left from Thu 9:00: Thu 480, Fri 510, Mon 25 May is Pentecost Monday (closed),
    // Tue–Wed closed, Thu 28 May 8:30 + 300 → 13:30.
    expect(answered.data).toMatchObject({
      status: "en-cours",
      resolutionDueAt: "2026-05-28T11:30:00.000Z",
    });

    // 15:00: reassigned to the infrastructures team; the call centre held it 60 + 360 minutes.
    at("2026-05-21T15:00:00+02:00");
    const canThu = await h.signIn(CALL_CENTRE);
    await assignToTeam(canThu, created.id, 4, "infrastructures");
    const detail = await get(canThu, created.id);
    expect(detail.assignments).toHaveLength(2);
    const [first, second] = detail.assignments;
    expect(first).toMatchObject({
      assigneeLabel: "Centre d'appel",
      elapsedMinutes: 420,
      endedAt: "2026-05-21T13:00:00.000Z",
      current: false,
      targetMinutes: 480,
    });
    // The new team starts its own clock at 15:00 (no OLA of its own: the contract's resolution target).
    expect(second).toMatchObject({
      assigneeLabel: "Direction des infrastructures et de la production",
      elapsedMinutes: 0,
      current: true,
      targetMinutes: 1440,
    });
    // Contract clock: running, paused (the wait), running — never restarted.
    expect(detail.clocks.periods.map((p) => p.state)).toEqual(["running", "paused", "running"]);

    // Friday 22 May, 10:00: resolved; 11:00 the commune confirms.
    at("2026-05-22T10:00:00+02:00");
    const resolved = await h.mutate(
      "saisines.resolve",
      {
        saisineId: created.id,
        version: 5,
        note: "Four de fusion remplacé par le prestataire.",
      },
      { cookie: await h.signIn(CALL_CENTRE) },
    );
    expect(resolved.status, resolved.error?.message).toBe(200);
    expect(resolved.data).toMatchObject({ status: "resolue", resolutionDueAt: null });
    at("2026-05-22T11:00:00+02:00");
    const agentFri = await h.signIn(BEGLES_AGENT);
    const seen = await get(agentFri, created.id);
    expect(seen.allowedActions).toEqual(expect.arrayContaining(["confirmer", "rouvrir"]));
    expect(seen).toMatchObject({
      resolution: { note: "Four de fusion remplacé par le prestataire." },
    });
    const confirmed = await h.mutate(
      "saisines.confirm",
      { saisineId: created.id, version: 6 },
      { cookie: agentFri },
    );
    expect(confirmed.status, confirmed.error?.message).toBe(200);
    expect(confirmed.data).toMatchObject({ status: "close", version: 7 });

    // Every change is in the audit trail, and the periods stored are what was measured.
    const audit = await withSystem(h.database.db, (tx) =>
      tx
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.entityId, created.id))
        .orderBy(asc(schema.auditLog.seq)),
    );
    expect(audit.map((a) => a.action)).toEqual([
      "saisine.create",
      "saisine.assign",
      "saisine.paused",
      "saisine.answered",
      "saisine.assign",
      "saisine.resolved",
      "saisine.confirmed",
    ]);
  });

  test("resolved: the commune reopens or confirms; the operator closes only after 5 working days", async () => {
    const { h, at, as, create } = t;
    at("2026-06-08T09:00:00+02:00");
    const filed = (await create(await as("agent@begles.mutu-demo.fr"), "begles")).data as Filed;
    at("2026-06-08T09:30:00+02:00");
    const can = await as("can@bordeaux-metropole.mutu-demo.fr");
    const resolve = (version: number) =>
      h.mutate(
        "saisines.resolve",
        { saisineId: filed.id, version, note: "Poste réinstallé." },
        { cookie: can },
      );
    expect((await resolve(1)).data).toMatchObject({ status: "resolue" });
    at("2026-06-08T10:00:00+02:00");
    const agent = await as("agent@begles.mutu-demo.fr");
    const noReason = await h.mutate(
      "saisines.reopen",
      { saisineId: filed.id, version: 2 },
      { cookie: agent },
    );
    expect(noReason.error?.data.fieldErrors?.note?.[0]).toMatch(
      /pourquoi la résolution ne convient pas/,
    );
    const reopened = await h.mutate(
      "saisines.reopen",
      { saisineId: filed.id, version: 2, note: "L'écran bleu est revenu." },
      { cookie: agent },
    );
    expect(reopened.data).toMatchObject({ status: "en-cours", version: 3 });
    const periods = (
      (await h.query("saisines.get", { saisineId: filed.id }, { cookie: agent })).data as {
        clocks: { periods: { state: string }[] };
      }
    ).clocks.periods;
    // The hour between resolution and reopening: the commune was being asked, the clock waited.
    expect(periods.map((p) => p.state)).toEqual(["running", "paused", "running"]);

    at("2026-06-08T11:00:00+02:00");
    const can2 = await as("can@bordeaux-metropole.mutu-demo.fr");
    await h.mutate(
      "saisines.resolve",
      { saisineId: filed.id, version: 3, note: "Disque remplacé." },
      { cookie: can2 },
    );
    const early = await h.mutate(
      "saisines.close",
      { saisineId: filed.id, version: 4 },
      { cookie: can2 },
    );
    expect(early.status).toBe(400);
    // Resolved Monday 8 June: Tue 9 … Mon 15 June is the 5th working day.
    expect(early.error?.message).toMatch(/jusqu'au lundi 15 juin 2026 inclus/);
    at("2026-06-16T00:00:00+02:00");
    const closed = await h.mutate(
      "saisines.close",
      { saisineId: filed.id, version: 4 },
      { cookie: await as("can@bordeaux-metropole.mutu-demo.fr") },
    );
    expect(closed.data).toMatchObject({ status: "close", version: 5 });
    const again = await h.mutate(
      "saisines.comment",
      { saisineId: filed.id, body: "Encore ?", visibility: "public" },
      { cookie: await as("agent@begles.mutu-demo.fr") },
    );
    expect(again.status).toBe(400);
  });
});

describe.each(drivers)("demo saisines on %s", (driver) => {
  const now = new Date("2026-06-15T12:00:00+02:00");
  const t = useHarness(driver, { now: () => now });

  test("the demo saisines are filed and worked through the services, once", async () => {
    const { h } = t;
    expect(await seedDemoSaisines(h.database.db, now)).toBe(6);
    expect(await seedDemoSaisines(h.database.db, now)).toBe(0);
    const queue = (
      await h.query("saisines.queue", { sort: "due" }, { cookie: await h.signIn(CALL_CENTRE) })
    ).data as { items: { title: string; status: string; orgName: string }[] };
    expect(queue.items.map((i) => `${i.orgName} — ${i.status}`).sort()).toEqual([
      "Bruges — nouvelle",
      "Bègles — decision-attendue",
      "Bègles — en-cours",
      "Mérignac — nouvelle",
      "Pessac — en-attente-tiers",
    ]);
    const closed = await h.query(
      "saisines.list",
      { statuses: ["close"] },
      { cookie: await h.signIn("dgs@le-bouscat.mutu-demo.fr") },
    );
    expect((closed.data as { items: { title: string }[] }).items.map((i) => i.title)).toEqual([
      "Compte du portail famille bloqué",
    ]);
  });
});
