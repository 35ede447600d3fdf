/**
 * Members of the Redon convention file saisines, on both drivers: routed to the DSI of Redon
 * Agglomération for their formula, timed on the convention's intervention hours (Monday–Thursday
 * 8:00–12:30 and 13:30–18:00, Friday to 17:00) without a due date — the convention sets no delay.
 * A member without an adhesion in force is refused in French, nothing filed.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Filed, type Page, useSaisineClock } from "./helpers/saisines.ts";

type Detail = Filed & {
  routing: {
    annexVersionId: string | null;
    annexVersionLabel: string | null;
    annexEffectiveFrom: string | null;
    communeFunction: string | null;
    calendarLabel: string | null;
  };
  clocks: {
    targets: { handling: string; resolution: string };
    measured: { handlingMinutes: number } | null;
    periods: { calendarLabel: string | null }[];
  };
};

const REDON_AGENT = "agent@redon.mutu-demo.fr";
const REDON_CALL_CENTRE = "can@redon-agglomeration.mutu-demo.fr";
const GROUPEMENT = "DSI de Redon Agglomération — Socle annexe – groupements d'achats (niveau 2)";

describe.each(drivers)("saisines of the Redon convention's members on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-06-12T16:30:00+02:00");

  test("a member files on the convention's hours: routed to the DSI, measured without a due date", async () => {
    const { h, at, as, create } = t;
    // Friday 12 June 2026, 16:30: half an hour before Friday's closing at 17:00.
    const res = await create(await as(REDON_AGENT), "redon", { type: "demande" });
    expect(res.status, res.error?.message).toBe(200);
    const filed = res.data as Filed;
    expect(filed.sharedServiceFunction).toBe(GROUPEMENT);
    expect(filed.handlingDueAt).toBeNull();
    expect(filed.needsQualification).toBe(false);

    // Monday 15 June, 9:00: 30 minutes on Friday, 60 from Monday's 8:00.
    at("2026-06-15T09:00:00+02:00");
    const detail = data<Detail>(
      await h.query("saisines.get", { saisineId: filed.id }, { cookie: await as(REDON_AGENT) }),
    );
    expect(detail.routing).toMatchObject({
      annexVersionId: null,
      annexVersionLabel: "Convention de service commun REDON Agglomération",
      annexEffectiveFrom: "2024-01-01",
      communeFunction: null,
      calendarLabel: "Heures d'intervention de la convention",
    });
    expect(detail.clocks.targets).toEqual({ handling: "none", resolution: "none" });
    expect(detail.clocks.measured?.handlingMinutes).toBe(90);
    expect(detail.clocks.periods.map((p) => p.calendarLabel)).toEqual([
      "Heures d'intervention de la convention",
    ]);

    // Redon Agglomération's call centre has it in its queue and qualifies it: same routing.
    const can = await as(REDON_CALL_CENTRE);
    const queue = data<Page>(await h.query("saisines.queue", {}, { cookie: can }));
    expect(queue.items.map((item) => item.id)).toContain(filed.id);
    const qualified = await h.mutate(
      "saisines.qualify",
      { saisineId: filed.id, version: filed.version, nature: "urgence" },
      { cookie: can },
    );
    expect(qualified.status, qualified.error?.message).toBe(200);
    expect((qualified.data as Filed).handlingDueAt).toBeNull();
  });

  test("a member without an adhesion in force is refused in French; nothing is filed", async () => {
    const { h, at, as, create } = t;
    at("2026-06-12T16:30:00+02:00");
    const can = await as(REDON_CALL_CENTRE);
    const before = data<Page>(await h.query("saisines.queue", {}, { cookie: can }));
    const res = await create(await as("agent@allaire.mutu-demo.fr"), "allaire", {
      type: "demande",
    });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      "Cette commune n'a ni contrat d'engagement ni adhésion à la convention en vigueur le 12/06/2026 : la saisine ne peut pas être acheminée.",
    );
    const after = data<Page>(await h.query("saisines.queue", {}, { cookie: can }));
    expect(after.items).toEqual(before.items);
  });
});
