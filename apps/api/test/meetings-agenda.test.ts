/**
 * The draft agenda of a follow-up meeting lists the indicators out of target of the last quarter
 * ended before it, through HTTP on both drivers, from Bègles' worked saisines (helpers/indicators.ts):
 * in the first quarter of 2025 the February incident was handled in 300 business minutes, so 3.3.1
 * (95 % in 4 hours) is missed while 3.3.2 (resolution) is kept; in the second quarter the only
 * incident was handled in 150 minutes (3.3.1 kept) but 4.1.1's hosting target of 120 was missed.
 * An entered measure out of its target (a restore test of 4.2.1 slower than the RTO) is on the
 * next meeting's agenda too, once entered.
 */
import { drivers } from "@mutu/db/testing";
import { beforeAll, describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { amendContract, setTarget, signAmendment } from "./helpers/amendments.ts";
import { useBeglesHistory } from "./helpers/indicators.ts";

const ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";
const DIRECTOR = "dip@bordeaux-metropole.mutu-demo.fr";

describe.each(drivers)("a follow-up meeting's draft agenda on %s", (driver) => {
  const t = useBeglesHistory(driver);
  beforeAll(() => t.play(), 180_000);

  /** The Métropole drafts, on `today` (Paris), the agenda of Bègles' meeting of `date`. */
  const draft = async (today: string, date: string) => {
    // The history goes on to 2026; the quarters read here ended before `today`.
    t.at(today);
    const res = await t.h.query(
      "meetings.draftAgenda",
      { orgId: t.h.orgId("begles"), date },
      { cookie: await t.as(ADMIN) },
    );
    return data<{ items: string[] }>(res).items;
  };
  const indicatorLines = (items: string[]) => items.filter((i) => i.startsWith("Indicateur "));

  test("a meeting in May lists 3.3.1, missed in the first quarter, and not 3.3.2, kept", async () => {
    const items = await draft("2025-05-05T10:00:00+02:00", "2025-05-15");
    const lines = indicatorLines(items);
    expect(lines).toHaveLength(1);
    // Two incidents of three handled in time: 66.67 %, printed the French way.
    expect(lines).toEqual([
      "Indicateur 3.3.1 hors cible — Délai de traitement des demandes, 1er trimestre 2025 (constaté : 66,67\u00a0%, cible : 95 % en 4 heures ouvrées)",
    ]);
    expect(items.some((i) => i.includes("3.3.2"))).toBe(false);
    expect(items.some((i) => i.includes("4.1.1"))).toBe(false);
    expect(items.at(-1)).toBe("Questions diverses");
  });

  test("a meeting in July lists 4.1.1, missed in the second quarter, and no longer 3.3.1", async () => {
    const items = await draft("2025-07-01T10:00:00+02:00", "2025-07-10");
    const lines = indicatorLines(items);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Indicateur 4\.1\.1 hors cible — .+, 2e trimestre 2025 \(/);
    expect(items.some((i) => i.includes("3.3.1"))).toBe(false);
  });

  test("an entered measure out of target (4.2.1, restore slower than the RTO) is on the next agenda", async () => {
    // Bègles and the Métropole agree a 4-hour restore target by an amendment from 1 October 2025.
    t.at("2025-09-30T10:00:00+02:00");
    const { admin, drafted, updated } = await amendContract(
      t,
      "begles",
      "Délai de restauration",
      (annex) => setTarget(annex, "4.2.1", { kind: "delay", rules: [{ businessMinutes: 240 }] }),
    );
    expect(updated.status, updated.error?.message).toBe(200);
    await signAmendment(t, admin, drafted.version.id, "2025-09-30", "2025-10-01");
    const before = await draft("2026-01-10T10:00:00+01:00", "2026-01-20");
    expect(before.some((i) => i.includes("4.2.1"))).toBe(false);
    data(
      await t.h.mutate(
        "indicators.enter",
        {
          orgId: t.h.orgId("begles"),
          indicator: "4.2.1",
          period: "2025",
          measuredOn: "2025-11-20",
          value: { restoredMinutes: 600, scope: "Serveur de fichiers de l'hôtel de ville" },
          evidence: { kind: "link", url: "https://ged.bordeaux-metropole.fr/pra/begles-2025.pdf" },
        },
        { cookie: await t.as(DIRECTOR) },
      ),
    );
    const lines = indicatorLines(await draft("2026-01-10T10:00:00+01:00", "2026-01-20"));
    expect(lines.filter((l) => l.includes("4.2.1"))).toEqual([
      expect.stringMatching(
        /^Indicateur 4\.2\.1 hors cible — .+, 4e trimestre 2025 \(constaté\s: Restauration en 10 h.*, cible\s: .+\)$/,
      ),
    ]);
  });
});
