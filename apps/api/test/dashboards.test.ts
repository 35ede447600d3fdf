/**
 * Dashboards through HTTP on both drivers: every count a dashboard shows equals the count of the
 * list it opens (saisines.count for the commune's list, saisines.queueCount for the queue), with
 * the filters its link carries — one query, two views; the monthly counts kept by the trigger are
 * what a rebuild from the saisines gives; the managers' view adds up per commune, per centre and
 * consolidated; ten years of months; another operator's commune is « introuvable ».
 */
import { executedRows, withSystem } from "@mutu/db";
import {
  AGE_BUCKETS,
  BORDEAUX_SUB_DOMAIN_TITLES,
  type SubDomainLetter,
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_STATUSES,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import { drivers } from "@mutu/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { BEGLES_DGS, REDON_ADMIN, useBeglesHistory } from "./helpers/indicators.ts";
import { CALL_CENTRE } from "./helpers/saisines.ts";

type Share = { met: number; total: number; percent: number | null };
type Counted = { key: string; count: number };
type Charts = {
  months: { month: string; filed: number; closed: number; handling: Share; resolution: Share }[];
  filed: number;
  previousYear: number;
  byType: Counted[];
  byNature: Counted[];
  bySubDomain: Counted[];
  byChannel: Counted[];
  byCriticality: Counted[];
  handlingClasses: { index: number; count: number }[];
  resolutionClasses: { index: number; count: number }[];
  handling: Share;
  resolution: Share;
  firstContact: Share;
};
type CommuneDashboard = {
  backlog: { open: number; waitingForCommune: number; dueSoon: number; breached: number };
  ageing: Counted[];
  charts: Charts;
};
type Summary = { filed: number; open: number; breached: number; handling: Share };
type OperatorDashboard = {
  communes: (Summary & { orgId: string; name: string; centre: string | null })[];
  byCentre: (Summary & { centre: string | null })[];
  total: Summary;
  charts: Charts;
};

/** Every status: the saisines a dashboard's figure counts, whatever their status. */
const ALL = { statuses: [...SAISINE_STATUSES] };

describe.each(drivers)("dashboards on %s", (driver) => {
  const t = useBeglesHistory(driver);
  beforeAll(() => t.play(), 180_000);

  /** The commune's list count for these filters, as the DGS reads it. */
  const listCount = async (cookie: string, filters: Record<string, unknown>) =>
    data<{ count: number }>(await t.h.query("saisines.count", filters, { cookie })).count;
  const queueCount = async (cookie: string, filters: Record<string, unknown>) =>
    data<{ count: number }>(await t.h.query("saisines.queueCount", filters, { cookie })).count;

  test("every count of Bègles' dashboard is the count of the list it opens", async () => {
    const dgs = await t.as(BEGLES_DGS);
    const d = data<CommuneDashboard>(
      await t.h.query("dashboards.commune", { period: "2025" }, { cookie: dgs }),
    );
    const filed = (extra: Record<string, unknown> = {}) => ({
      ...ALL,
      period: { on: "filed", key: "2025" },
      ...extra,
    });
    const pairs: [string, number, Record<string, unknown>][] = [
      ["open", d.backlog.open, {}],
      [
        "waiting for the commune",
        d.backlog.waitingForCommune,
        { statuses: ["en-attente-commune"] },
      ],
      ["due soon", d.backlog.dueSoon, { due: "soon" }],
      ["past due", d.backlog.breached, { due: "breached" }],
      ...d.ageing.map((a): [string, number, Record<string, unknown>] => [
        `aged ${a.key}`,
        a.count,
        { age: a.key },
      ]),
      ["filed in 2025", d.charts.filed, filed()],
      ["filed in 2024", d.charts.previousYear, { ...ALL, period: { on: "filed", key: "2024" } }],
      ...d.charts.months.flatMap((m): [string, number, Record<string, unknown>][] => [
        [
          `filed ${m.month}`,
          m.filed,
          { ...ALL, period: { on: "filed", key: m.month.slice(0, 7) } },
        ],
        [
          `closed ${m.month}`,
          m.closed,
          { ...ALL, period: { on: "closed", key: m.month.slice(0, 7) } },
        ],
      ]),
      ...d.charts.byType.map((c): [string, number, Record<string, unknown>] => [
        c.key,
        c.count,
        filed({ types: [c.key] }),
      ]),
      ...d.charts.byNature.map((c): [string, number, Record<string, unknown>] => [
        c.key,
        c.count,
        filed({ natures: [c.key] }),
      ]),
      ...d.charts.bySubDomain.map((c): [string, number, Record<string, unknown>] => [
        c.key,
        c.count,
        filed({ subDomains: [c.key] }),
      ]),
      ...d.charts.byChannel.map((c): [string, number, Record<string, unknown>] => [
        c.key,
        c.count,
        filed({ channels: [c.key] }),
      ]),
      ...d.charts.byCriticality.map((c): [string, number, Record<string, unknown>] => [
        c.key,
        c.count,
        filed({ criticalities: [c.key] }),
      ]),
      ...d.charts.handlingClasses.map((c): [string, number, Record<string, unknown>] => [
        `handled in class ${c.index}`,
        c.count,
        {
          ...ALL,
          period: { on: "handled", key: "2025" },
          delay: { measure: "handling", delayClass: c.index },
        },
      ]),
      ...d.charts.resolutionClasses.map((c): [string, number, Record<string, unknown>] => [
        `resolved in class ${c.index}`,
        c.count,
        {
          ...ALL,
          period: { on: "resolved", key: "2025" },
          delay: { measure: "resolution", delayClass: c.index },
        },
      ]),
      [
        "handled within target",
        d.charts.handling.met,
        {
          ...ALL,
          period: { on: "handled", key: "2025" },
          delay: { measure: "handling", outcome: "met" },
        },
      ],
      [
        "handled beyond target",
        d.charts.handling.total - d.charts.handling.met,
        {
          ...ALL,
          period: { on: "handled", key: "2025" },
          delay: { measure: "handling", outcome: "missed" },
        },
      ],
      [
        "resolved within target",
        d.charts.resolution.met,
        {
          ...ALL,
          period: { on: "resolved", key: "2025" },
          delay: { measure: "resolution", outcome: "met" },
        },
      ],
      [
        "resolved at first contact",
        d.charts.firstContact.met,
        filed({ types: ["incident"], firstContactResolution: true }),
      ],
      [
        "registered by the call centre",
        d.charts.firstContact.total,
        filed({ types: ["incident"], channels: ["telephone", "courrier", "courriel", "accueil"] }),
      ],
    ];
    for (const [label, shown, filters] of pairs)
      expect(await listCount(dgs, filters), label).toBe(shown);
    // Hand-checked: what the history filed and did (helpers/indicators.ts).
    expect(d.charts.filed).toBe(7);
    expect(d.charts.handling).toEqual({ met: 4, total: 6, percent: 66.67 });
  });

  test("the CSV export's breakdowns are the dashboard's counts, in French words", async () => {
    const dgs = await t.as(BEGLES_DGS);
    const d = data<CommuneDashboard>(
      await t.h.query("dashboards.commune", { period: "2025" }, { cookie: dgs }),
    );
    const file = data<{ filename: string; base64: string }>(
      await t.h.query(
        "dashboards.export",
        { view: "commune", period: "2025", format: "csv" },
        { cookie: dgs },
      ),
    );
    const text = Buffer.from(file.base64, "base64").toString("utf8");
    const block = text.split("\r\n\r\n").find((b) => b.startsWith("Répartitions"));
    const rows = (block ?? "").split("\r\n").slice(2);
    const counted = (kind: string, counts: Counted[], words: Record<string, string>) =>
      counts.map((c) => `${kind};${words[c.key]};${c.count}`);
    expect(rows).toEqual([
      ...counted("Type", d.charts.byType, SAISINE_TYPE_LABELS),
      ...counted("Nature", d.charts.byNature, SAISINE_NATURE_LABELS),
      ...d.charts.bySubDomain.map(
        (c) =>
          `Sous-domaine;${c.key}. ${BORDEAUX_SUB_DOMAIN_TITLES[c.key as SubDomainLetter]};${c.count}`,
      ),
      ...counted("Canal", d.charts.byChannel, SAISINE_CHANNEL_LABELS),
      ...counted("Criticité", d.charts.byCriticality, SAISINE_CRITICALITY_LABELS),
      ...d.ageing.map(
        (a) => `Ancienneté;${AGE_BUCKETS.find((b) => b.key === a.key)?.label};${a.count}`,
      ),
    ]);
    expect(rows.filter((r) => r.startsWith("Type;")).length).toBeGreaterThan(0);
  });

  test("the monthly counts the trigger kept are what a rebuild from the saisines gives", async () => {
    const read = () =>
      withSystem(t.h.database.db, async (tx) =>
        executedRows<{ row: string }>(
          await tx.execute(sql`
            select org_id || ' ' || month || ' ' || kind || ' ' || key || ' ' || sum(n) || ' ' ||
                   sum(with_target) || ' ' || sum(met) as row
            from saisine_stats group by org_id, month, kind, key
            having sum(n) <> 0 or sum(with_target) <> 0 or sum(met) <> 0 order by 1`),
        ).map((r) => r.row),
      );
    const kept = await read();
    expect(kept.length).toBeGreaterThan(20);
    await withSystem(t.h.database.db, (tx) => tx.execute(sql`select mutu_rebuild_saisine_stats()`));
    expect(await read()).toEqual(kept);
  });

  test("the managers' view adds up per commune, per centre and consolidated, as the queue counts", async () => {
    const can = await t.as(CALL_CENTRE);
    const chief = await t.as("chef-can@bordeaux-metropole.mutu-demo.fr");
    const d = data<OperatorDashboard>(
      await t.h.query("dashboards.operator", { period: "2025" }, { cookie: chief }),
    );
    const begles = d.communes.find((c) => c.name === "Bègles");
    expect(begles).toMatchObject({ filed: 7, centre: "Centre proximité numérique Sud" });
    for (const c of d.communes) {
      expect(await queueCount(can, { orgIds: [c.orgId] }), `${c.name} open`).toBe(c.open);
      expect(await queueCount(can, { orgIds: [c.orgId], due: "breached" }), `${c.name} late`).toBe(
        c.breached,
      );
      expect(
        await queueCount(can, { orgIds: [c.orgId], ...ALL, period: { on: "filed", key: "2025" } }),
        `${c.name} filed`,
      ).toBe(c.filed);
    }
    for (const centre of d.byCentre) {
      const of = d.communes.filter((c) => c.centre === centre.centre);
      expect(centre.filed).toBe(of.reduce((s, c) => s + c.filed, 0));
      if (centre.centre)
        expect(await queueCount(can, { proximityCentre: centre.centre })).toBe(centre.open);
    }
    expect(d.total.filed).toBe(d.communes.reduce((s, c) => s + c.filed, 0));
    expect(d.total.open).toBe(await queueCount(can, {}));
    expect(d.charts.filed).toBe(d.total.filed);
    // A centre's view is its communes'.
    const sud = data<OperatorDashboard>(
      await t.h.query(
        "dashboards.operator",
        { period: "2025", centre: "Centre proximité numérique Sud" },
        { cookie: chief },
      ),
    );
    expect(sud.communes.map((c) => c.name).sort()).toEqual(["Bègles", "Pessac"]);
  });

  test("the call centre's desk counts are the queue's", async () => {
    const can = await t.as(CALL_CENTRE);
    const desk = data<{
      all: { open: number; dueSoon: number; breached: number; toQualify: number };
      mine: { open: number; breached: number };
      unassigned: { open: number; breached: number };
    }>(await t.h.query("dashboards.desk", undefined, { cookie: can }));
    expect(desk.all.open).toBe(await queueCount(can, {}));
    expect(desk.all.breached).toBe(await queueCount(can, { due: "breached" }));
    expect(desk.all.toQualify).toBe(await queueCount(can, { needsQualification: true }));
    expect(desk.mine.open).toBe(await queueCount(can, { assignee: { kind: "me" } }));
    expect(desk.unassigned.open).toBe(await queueCount(can, { assignee: { kind: "unassigned" } }));
    expect(desk.unassigned.breached).toBe(
      await queueCount(can, { assignee: { kind: "unassigned" }, due: "breached" }),
    );
  });

  test("ten years of Bègles' months; another operator's commune is « introuvable »", async () => {
    const dgs = await t.as(BEGLES_DGS);
    const trend = data<{ months: { month: string; filed: number }[] }>(
      await t.h.query("dashboards.trend", { years: 10 }, { cookie: dgs }),
    );
    expect(trend.months).toHaveLength(120);
    expect(trend.months[0]?.month).toBe("2016-03-01");
    expect(trend.months.reduce((s, m) => s + m.filed, 0)).toBe(await listCount(dgs, ALL));
    const redon = await t.as(REDON_ADMIN);
    for (const [path, input] of [
      ["dashboards.commune", { orgId: t.h.orgId("begles"), period: "2025" }],
      ["dashboards.trend", { orgId: t.h.orgId("begles"), years: 1 }],
      ["indicators.list", { orgId: t.h.orgId("begles"), period: "2025" }],
    ] as const) {
      const res = await t.h.query(path, input, { cookie: redon });
      expect(res.status, path).toBe(404);
      expect(res.error?.message).toBe("Organisation introuvable.");
    }
  });

  test("a convention member's home counts its saisines, without indicators its convention does not set", async () => {
    const redonDgs = await t.as("dgs@redon.mutu-demo.fr");
    const d = data<CommuneDashboard & { indicators: unknown }>(
      await t.h.query("dashboards.commune", { period: "2025" }, { cookie: redonDgs }),
    );
    expect(d.indicators).toBeNull();
    expect(d.backlog.open).toBe(await listCount(redonDgs, {}));
  });
});
