/**
 * Governance rows under row-level security, on PGlite and a PostgreSQL server: a commune's meetings
 * are its own; an intercommunal meeting (Redon, 002 §6.1) is read by every member of its operator
 * and written by the operator only.
 */
import { describe, expect, test } from "vitest";
import { withSystem, withTenant } from "./index.ts";
import { meetings } from "./schema/index.ts";
import { drivers } from "./testing/index.ts";
import { failure, useSeededDatabase } from "./testing/seeded.ts";

describe.each(drivers)("meetings' row-level security on %s", (driver) => {
  const t = useSeededDatabase(driver);
  const scope = (orgs: string[], operator: string) => ({
    orgIds: orgs.map((o) => t.ids[o] ?? ""),
    operatorId: t.ids[operator] ?? "",
  });
  const meeting = (org: string, operator: string, shared: boolean, label: string) => ({
    orgId: t.ids[org] ?? "",
    operatorId: t.ids[operator] ?? "",
    shared,
    body: shared ? ("commission-pilotage" as const) : ("comite-suivi" as const),
    label,
    day: "2025-10-14",
    startsAt: new Date("2025-10-14T08:00:00Z"),
    endsAt: new Date("2025-10-14T10:00:00Z"),
    place: "Salle",
    agenda: ["Point"],
    status: "planifiee" as const,
  });

  test("a commune reads its own meetings and its operator's shared ones, no other", async () => {
    const { database } = t;
    await withSystem(database.db, (tx) =>
      tx
        .insert(meetings)
        .values([
          meeting("begles", "bordeaux-metropole", false, "Comité de Bègles"),
          meeting("pessac", "bordeaux-metropole", false, "Comité de Pessac"),
          meeting("redon-agglomeration", "redon-agglomeration", true, "Commission de Redon"),
        ]),
    );
    const read = (s: ReturnType<typeof scope>) =>
      withTenant(database.db, s, async (tx) =>
        (await tx.select().from(meetings)).map((m) => m.label).sort(),
      );
    expect(await read(scope(["begles"], "bordeaux-metropole"))).toEqual(["Comité de Bègles"]);
    expect(await read(scope(["redon"], "redon-agglomeration"))).toEqual(["Commission de Redon"]);
    expect(await read(scope(["redon-agglomeration", "redon"], "redon-agglomeration"))).toEqual([
      "Commission de Redon",
    ]);
  });

  test("a member cannot write its operator's shared meeting, nor plan one", async () => {
    const { database } = t;
    const member = scope(["redon"], "redon-agglomeration");
    const update = withTenant(database.db, member, (tx) =>
      tx.update(meetings).set({ label: "Réécrite" }).returning({ id: meetings.id }),
    );
    // The shared row is readable, not writable: the update's check refuses it.
    expect(await failure(update)).toMatch(/row-level security/);
    const insert = withTenant(database.db, member, (tx) =>
      tx
        .insert(meetings)
        .values(meeting("redon-agglomeration", "redon-agglomeration", true, "Intrus")),
    );
    expect(await failure(insert)).toMatch(/row-level security/);
  });
});
