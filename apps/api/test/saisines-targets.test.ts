/**
 * The signed contract is the one source of a saisine's delays, on both drivers: an amendment that
 * sets 3.3.1 to « 95 % en 2 heures ouvrées » times the saisines filed from its effective date,
 * while one filed before keeps the delays of its filing day; requalified to an urgence, a saisine
 * takes the urgence's delay of the contract it was filed under; a target still « à définir » gives
 * no due date, and the page says what was measured. Bad targets are refused in French.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { amendContract, setTarget, signAmendment } from "./helpers/amendments.ts";
import { type Filed, useSaisineClock } from "./helpers/saisines.ts";

type Detail = {
  handlingDueAt: string | null;
  clocks: {
    targets: { handling: string; resolution: string };
    measured: { handlingMinutes: number; resolutionMinutes: number } | null;
  };
};

const AGENT = "agent@begles.mutu-demo.fr";
const CAN = "can@bordeaux-metropole.mutu-demo.fr";

describe.each(drivers)("delay targets from the contract on %s", (driver) => {
  const t = useSaisineClock(driver, "2026-06-01T09:00:00+02:00");

  /** Drafts an amendment of `slug`'s contract whose 3.3.1 target is `target`. */
  async function amend3_3_1(slug: string, target: unknown) {
    let index = -1;
    const amended = await amendContract(t, slug, "Délai de prise en compte", (annex) => {
      index = setTarget(annex, "3.3.1", target);
    });
    return { ...amended, index };
  }
  const sign = (admin: string, versionId: string, signedOn: string, effectiveFrom: string) =>
    signAmendment(t, admin, versionId, signedOn, effectiveFrom);

  test("an amendment times the saisines filed from its effective date; earlier ones keep theirs", async () => {
    const { h, at, as, create } = t;
    const agent = await as(AGENT);
    // Monday 1 June 2026, 9:00: filed under the demo amendment, 4 business hours → 13:00.
    at("2026-06-01T09:00:00+02:00");
    const before = data<Filed>(await create(agent, "begles", { type: "demande" }));
    expect(before.handlingDueAt).toBe("2026-06-01T11:00:00.000Z");

    const { admin, drafted, updated } = await amend3_3_1("begles", {
      kind: "delay",
      rules: [{ businessMinutes: 120, compliancePercent: 95 }],
    });
    expect(updated.status, updated.error?.message).toBe(200);
    await sign(admin, drafted.version.id, "2026-06-01", "2026-06-04");

    // Thursday 4 June, 9:00 (Bègles' support is closed on Tuesdays and Wednesdays; signed in
    // again: days have passed): under the amendment, 2 business hours → 11:00.
    at("2026-06-04T09:00:00+02:00");
    const thursday = await as(AGENT);
    const after = data<Filed>(await create(thursday, "begles", { type: "demande" }));
    expect(after.handlingDueAt).toBe("2026-06-04T09:00:00.000Z");
    // The saisine filed on Monday still runs on 4 hours.
    const monday = data<Detail>(
      await h.query("saisines.get", { saisineId: before.id }, { cookie: thursday }),
    );
    expect(monday.handlingDueAt).toBe("2026-06-01T11:00:00.000Z");

    // The commune reads the targets its saisines run on, version by version.
    const targets = data<{
      sets: { inForce: boolean; targets: { indicator: string; description: string }[] }[];
    }>(await h.query("saisines.targets", {}, { cookie: await as("dgs@begles.mutu-demo.fr") }));
    expect(targets.sets[0]?.inForce).toBe(true);
    expect(targets.sets[0]?.targets).toContainEqual(
      expect.objectContaining({ indicator: "3.3.1", description: "95 % en 2 heures ouvrées" }),
    );
    expect(targets.sets[1]?.targets).toContainEqual(
      expect.objectContaining({ indicator: "3.3.1", description: "95 % en 4 heures ouvrées" }),
    );
  });

  test("requalified to an urgence, a saisine takes the urgence's delay of the contract it was filed under", async () => {
    const { h, at, as, create } = t;
    at("2026-06-01T08:00:00+02:00");
    const { admin, drafted } = await amend3_3_1("pessac", {
      kind: "delay",
      rules: [
        { businessMinutes: 240, compliancePercent: 95 },
        { nature: "urgence", businessMinutes: 60 },
      ],
    });
    await sign(admin, drafted.version.id, "2026-05-29", "2026-06-01");
    // Pessac is open from 8:30 on Tuesdays: filed on Tuesday 2 June at 9:00, due at 13:00.
    at("2026-06-02T09:00:00+02:00");
    const filed = data<Filed>(
      await create(await as("agent@pessac.mutu-demo.fr"), "pessac", { type: "demande" }),
    );
    expect(filed.handlingDueAt).toBe("2026-06-02T11:00:00.000Z");
    at("2026-06-02T09:15:00+02:00");
    const urgent = await h.mutate(
      "saisines.qualify",
      { saisineId: filed.id, version: 1, nature: "urgence" },
      { cookie: await as(CAN) },
    );
    expect(urgent.status, urgent.error?.message).toBe(200);
    // Qualifying took it into account (9:15, within the urgence's hour from 9:00: kept).
    const detail = data<Detail & { clocks: { handling: { targetMinutes: number } | null } }>(
      await h.query("saisines.get", { saisineId: filed.id }, { cookie: await as(CAN) }),
    );
    expect(detail.clocks.handling?.targetMinutes).toBe(60);
  });

  test("a target still to agree: no due date, the time measured; bad targets are refused in French", async () => {
    const { h, at, as, create } = t;
    at("2026-06-01T08:00:00+02:00");
    const {
      admin,
      drafted,
      updated: refused,
      index,
    } = await amend3_3_1("le-bouscat", {
      kind: "delay",
      rules: [{ businessMinutes: 0 }],
    });
    expect(refused.status).toBe(400);
    expect(refused.error?.data.fieldErrors).toMatchObject({
      [`annex.indicators.${index}.target.rules.0.businessMinutes`]: [
        "Le délai doit être strictement positif.",
      ],
    });

    // Back to « à définir conjointement » from 1 June: filed at 9:00, read at 10:30.
    const annex = structuredClone(drafted.version.annex);
    setTarget(annex, "3.3.1", { kind: "to-define-jointly", dueYear: 2027 });
    const saved = await h.mutate(
      "contracts.updateDraft",
      { versionId: drafted.version.id, annex },
      { cookie: admin },
    );
    expect(saved.status, saved.error?.message).toBe(200);
    await sign(admin, drafted.version.id, "2026-05-29", "2026-06-01");
    at("2026-06-01T09:00:00+02:00");
    const filed = await create(await as("dgs@le-bouscat.mutu-demo.fr"), "le-bouscat", {
      type: "demande",
    });
    expect(filed.status, filed.error?.message).toBe(200);
    // An hour and a half later (signed in again: an idle session ends after 30 minutes).
    at("2026-06-01T10:30:00+02:00");
    const detail = data<Detail>(
      await h.query(
        "saisines.get",
        { saisineId: (filed.data as Filed).id },
        { cookie: await as("dgs@le-bouscat.mutu-demo.fr") },
      ),
    );
    expect(detail.handlingDueAt).toBeNull();
    expect(detail.clocks.targets).toEqual({ handling: "to-define", resolution: "none" });
    expect(detail.clocks.measured?.handlingMinutes).toBe(90);
  });
});
