/**
 * What an amendment adds to the support hours times the saisines filed under it, on both drivers:
 * urgencies round the clock (Bègles), on-call for a council meeting's evening (Pessac), a closure
 * of the service (Le Bouscat). The commune reads them in its contract; a wrong closure is refused
 * in French and changes nothing. The demo's 3.3.1 target is 4 business hours for every saisine.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { amendContract, signAmendment } from "./helpers/amendments.ts";
import { type Filed, useSaisineClock } from "./helpers/saisines.ts";

describe.each(drivers)("support hours set by an amendment on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-06-01T08:00:00+02:00");

  async function amendHours(slug: string, change: Record<string, unknown>) {
    const amended = await amendContract(t, slug, "Horaires du support", (annex) => {
      Object.assign(annex.supportHours, change);
    });
    expect(amended.updated.status, amended.updated.error?.message).toBe(200);
    await signAmendment(t, amended.admin, amended.drafted.version.id, "2026-05-29", "2026-06-01");
  }

  async function fileAt(instant: string, email: string, slug: string, nature: string) {
    t.at(instant);
    const res = await t.create(await t.as(email), slug, { type: "demande", nature });
    expect(res.status, res.error?.message).toBe(200);
    return res.data as Filed;
  }

  test("urgencies round the clock: an urgent saisine filed on Saturday is due on Saturday", async () => {
    await amendHours("begles", { urgentAlwaysOpen: true });
    const agent = "agent@begles.mutu-demo.fr";
    const urgent = await fileAt("2026-06-06T10:00:00+02:00", agent, "begles", "urgence");
    expect(urgent.handlingDueAt).toBe("2026-06-06T12:00:00.000Z");
    // An ordinary one waits for Monday's opening at 8:30: due at 12:30.
    const ordinary = await fileAt("2026-06-06T10:00:00+02:00", agent, "begles", "ordinaire");
    expect(ordinary.handlingDueAt).toBe("2026-06-08T10:30:00.000Z");
  });

  test("a council meeting's on-call evening counts for urgencies filed during it", async () => {
    await amendHours("pessac", {
      eventOnCall: [
        { label: "Conseil municipal", start: "19:00", end: "23:00", dates: ["2026-06-08"] },
      ],
    });
    const agent = "agent@pessac.mutu-demo.fr";
    // Monday 8 June, 20:00: 3 hours of the evening, then 1 from Tuesday's 8:30 → 9:30.
    const urgent = await fileAt("2026-06-08T20:00:00+02:00", agent, "pessac", "urgence");
    expect(urgent.handlingDueAt).toBe("2026-06-09T07:30:00.000Z");
    // The next Monday has no meeting: 4 hours from Tuesday's 8:30 → 12:30.
    const later = await fileAt("2026-06-15T20:00:00+02:00", agent, "pessac", "urgence");
    expect(later.handlingDueAt).toBe("2026-06-16T10:30:00.000Z");
    // An ordinary saisine that evening waits for Tuesday (8:30 + 4 h).
    const ordinary = await fileAt("2026-06-08T20:00:00+02:00", agent, "pessac", "ordinaire");
    expect(ordinary.handlingDueAt).toBe("2026-06-09T10:30:00.000Z");

    // The commune reads the on-call in its contract.
    const contract = data<{ version: { annex: { supportHours: { eventOnCall: unknown[] } } } }>(
      await t.h.query(
        "contracts.current",
        { orgId: t.h.orgId("pessac") },
        { cookie: await t.as(agent) },
      ),
    );
    expect(contract.version.annex.supportHours.eventOnCall).toEqual([
      { label: "Conseil municipal", start: "19:00", end: "23:00", dates: ["2026-06-08"] },
    ]);
  });

  test("no delay runs while the service is closed", async () => {
    await amendHours("le-bouscat", {
      closures: [{ label: "Déménagement du service", from: "2026-06-08", to: "2026-06-09" }],
    });
    // Friday 5 June 16:30: half an hour on Friday, Monday and Tuesday closed, 3 h 30 from
    // Wednesday's 8:30 → 12:00.
    const filed = await fileAt(
      "2026-06-05T16:30:00+02:00",
      "dgs@le-bouscat.mutu-demo.fr",
      "le-bouscat",
      "ordinaire",
    );
    expect(filed.handlingDueAt).toBe("2026-06-10T10:00:00.000Z");
  });

  test("a closure that ends before it starts is refused in French; the draft is unchanged", async () => {
    const refused = await amendContract(t, "merignac", "Fermeture", (annex) => {
      annex.supportHours.closures = [
        { label: "Pont de l'Ascension", from: "2026-05-15", to: "2026-05-14" },
      ];
    });
    expect(refused.updated.status).toBe(400);
    expect(refused.updated.error?.data.fieldErrors).toEqual({
      "annex.supportHours.closures.0.to": [
        "La fermeture « Pont de l'Ascension » finit le 14/05/2026, avant son début le 15/05/2026.",
      ],
    });
    const draft = data<{ version: { annex: { supportHours: { closures?: unknown } } } }>(
      await t.h.query(
        "contracts.version",
        { versionId: refused.drafted.version.id },
        { cookie: refused.admin },
      ),
    );
    expect(draft.version.annex.supportHours.closures).toBeUndefined();
  });
});
