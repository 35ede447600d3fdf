/**
 * The roll-ups of the monthly counts (docs/adr/0037) are exact in the transaction of each change:
 * after filings, handling, closing, requalifying, moving and deleting saisines — some by a
 * commune's own transaction — the operator's counts equal the sum of its communes' counts, and
 * each commune's month figures equal a count of the saisines themselves; merged or rebuilt, the
 * same. A commune never reads the counts of all the communes. On PGlite and on a PostgreSQL server.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Tx } from "./client.ts";
import { executedRows, withSystem, withTenant } from "./index.ts";
import { saisines } from "./schema/index.ts";
import { drivers } from "./testing/index.ts";
import { insertSaisine } from "./testing/saisine.ts";
import { useSeededDatabase } from "./testing/seeded.ts";

const lines = async (tx: Tx, query: ReturnType<typeof sql>) =>
  executedRows<{ line: string }>(await tx.execute(query)).map((r) => r.line);

/** The operator's roll-up, summed per month, kind and key. */
const operatorCounts = (tx: Tx, operatorId: string) =>
  lines(
    tx,
    sql`select concat_ws(' ', month, kind, key, sum(n), sum(with_target), sum(met)) as line
        from saisine_operator_stats where operator_id = ${operatorId}
        group by month, kind, key
        having sum(n) <> 0 or sum(with_target) <> 0 or sum(met) <> 0 order by 1`,
  );

/** The same from the per-commune counts of the operator's communes. */
const communeCountsSummed = (tx: Tx, operatorId: string) =>
  lines(
    tx,
    sql`select concat_ws(' ', s.month, s.kind, s.key, sum(s.n), sum(s.with_target), sum(s.met)) as line
        from saisine_stats s join organisations o on o.id = s.org_id
        where o.operator_id = ${operatorId}
        group by s.month, s.kind, s.key
        having sum(s.n) <> 0 or sum(s.with_target) <> 0 or sum(s.met) <> 0 order by 1`,
  );

const FIGURES = `sum(filed), sum(closed), sum(handling_met), sum(handling_with_target),
  sum(resolution_met), sum(resolution_with_target), sum(first_contact), sum(registered)`;

/** Each commune's month figures, deltas summed. */
const monthFigures = (tx: Tx) =>
  lines(
    tx,
    sql`select concat_ws(' ', org_id, month, ${sql.raw(FIGURES)}) as line
        from saisine_month_figures group by org_id, month
        having (${sql.raw(FIGURES)}) <> (0, 0, 0, 0, 0, 0, 0, 0) order by 1`,
  );

/** The same figures counted from the saisines themselves (the rules of docs/adr/0013). */
const monthFiguresFromSaisines = (tx: Tx) =>
  lines(
    tx,
    sql`select concat_ws(' ', org_id, month, ${sql.raw(FIGURES)}) as line from (
          select org_id, mutu_paris_month(created_at) as month, 1 as filed, 0 as closed,
                 0 as handling_met, 0 as handling_with_target, 0 as resolution_met,
                 0 as resolution_with_target,
                 (type = 'incident' and first_contact_resolution)::int as first_contact,
                 (type = 'incident' and channel in ('telephone', 'courrier', 'courriel', 'accueil'))::int
                   as registered
          from saisines
          union all
          select org_id, mutu_paris_month(closed_at), 0, 1, 0, 0, 0, 0, 0, 0
          from saisines where closed_at is not null
          union all
          select org_id, mutu_paris_month(handled_at), 0, 0,
                 coalesce(handling_minutes <= handling_target_minutes, false)::int,
                 (handling_target_minutes is not null)::int, 0, 0, 0, 0
          from saisines
          where handled_at is not null and handling_minutes is not null
            and nature <> 'exceptionnelle'
          union all
          select org_id, mutu_paris_month(resolved_at), 0, 0, 0, 0,
                 coalesce(resolution_minutes <= resolution_target_minutes, false)::int,
                 (resolution_target_minutes is not null)::int, 0, 0
          from saisines
          where type = 'incident' and resolved_at is not null and resolution_minutes is not null
            and nature <> 'exceptionnelle'
        ) f group by org_id, month
        having (${sql.raw(FIGURES)}) <> (0, 0, 0, 0, 0, 0, 0, 0) order by 1`,
  );

describe.each(drivers)("the dashboards' roll-ups on %s", (driver) => {
  const t = useSeededDatabase(driver);
  const operator = () => t.ids["bordeaux-metropole"] ?? "";

  /** Compares the roll-ups with their sources; returns how many rows each gave. */
  function expectExact() {
    return withSystem(t.database.db, async (tx) => {
      const rolledUp = await operatorCounts(tx, operator());
      expect(rolledUp).toEqual(await communeCountsSummed(tx, operator()));
      const figures = await monthFigures(tx);
      expect(figures).toEqual(await monthFiguresFromSaisines(tx));
      return { rolledUp: rolledUp.length, figures: figures.length };
    });
  }

  test("every change is rolled up in its own transaction, then merged and rebuilt alike", async () => {
    const { database, ids } = t;
    await expectExact();
    const changed = await withSystem(database.db, async (tx) => {
      const made: string[] = [];
      for (let i = 0; i < 10; i++) {
        const id = await insertSaisine(tx, ids, i % 2 ? "begles" : "pessac", {
          createdAt: new Date(Date.UTC(2025, i, 28, 22, 30)),
          type: i % 3 === 0 ? "demande" : "incident",
          subDomain: i % 4 === 0 ? "D" : "C",
          nature: i === 5 ? "exceptionnelle" : i === 7 ? "urgence" : "ordinaire",
          channel: i % 2 ? "telephone" : "portail",
          firstContactResolution: i === 3,
          handlingTargetMinutes: i === 4 ? null : 240,
          resolutionTargetMinutes: 480,
        });
        // Handled (some late), resolved, closed the next month.
        await tx
          .update(saisines)
          .set({
            handledAt: new Date(Date.UTC(2025, i, 29, 9)),
            handlingMinutes: i * 50,
            resolvedAt: new Date(Date.UTC(2025, i + 1, 3, 9)),
            resolutionMinutes: i * 90,
          })
          .where(eq(saisines.id, id));
        if (i % 3 !== 2)
          await tx
            .update(saisines)
            .set({ status: "close", closedAt: new Date(Date.UTC(2025, i + 1, 5, 9)) })
            .where(eq(saisines.id, id));
        made.push(id);
      }
      // Requalified, moved to another commune, reopened, deleted: every count follows.
      await tx
        .update(saisines)
        .set({ criticality: "bloquant", nature: "urgence" })
        .where(eq(saisines.id, made[1] ?? ""));
      await tx
        .update(saisines)
        .set({ orgId: ids.merignac ?? "" })
        .where(eq(saisines.id, made[2] ?? ""));
      await tx
        .update(saisines)
        .set({ status: "en-cours", closedAt: null })
        .where(eq(saisines.id, made[3] ?? ""));
      await tx.delete(saisines).where(eq(saisines.id, made[4] ?? ""));
      return made;
    });
    expect(changed).toHaveLength(10);
    const compared = await expectExact();
    expect(compared.rolledUp).toBeGreaterThan(50);
    expect(compared.figures).toBeGreaterThan(10);

    // Filed by a commune's own transaction: its delta is written, but the commune reads no
    // count of all the communes.
    const begles = { orgIds: [ids.begles ?? ""], operatorId: operator() };
    const seen = await withTenant(database.db, begles, async (tx) => {
      await insertSaisine(tx, ids, "begles", { createdAt: new Date(Date.UTC(2025, 6, 1, 8)) });
      return tx.execute(sql`select count(*)::int as n from saisine_operator_stats`);
    });
    expect(executedRows<{ n: number }>(seen)[0]?.n).toBe(0);
    await expectExact();

    await withSystem(database.db, (tx) => tx.execute(sql`select mutu_compact_saisine_stats()`));
    await expectExact();
    const left = await withSystem(database.db, (tx) =>
      tx.execute(sql`select (select count(*) from saisine_operator_stats where not compacted)
                          + (select count(*) from saisine_month_figures where not compacted) as n`),
    );
    expect(Number(executedRows<{ n: number | string }>(left)[0]?.n)).toBe(0);
    await withSystem(database.db, (tx) => tx.execute(sql`select mutu_rebuild_saisine_stats()`));
    await expectExact();
  });

  test("the operator's staff read the operator's counts; a commune reads its own months only", async () => {
    const { database, ids } = t;
    const members = Object.entries(ids)
      .filter(([slug]) => slug !== "bordeaux-metropole")
      .map(([, id]) => id);
    const staff = { orgIds: [operator(), ...members], operatorId: operator() };
    const read = await withTenant(database.db, staff, (tx) =>
      tx.execute(sql`select count(*)::int as n from saisine_operator_stats`),
    );
    expect(executedRows<{ n: number }>(read)[0]?.n).toBeGreaterThan(0);
    const begles = { orgIds: [ids.begles ?? ""], operatorId: operator() };
    const own = await withTenant(database.db, begles, (tx) =>
      tx.execute(sql`select distinct org_id from saisine_month_figures`),
    );
    expect(executedRows<{ org_id: string }>(own).map((r) => r.org_id)).toEqual([ids.begles]);
  });
});
