/**
 * What filing adds for the indicators, through HTTP on both drivers: the call centre resolves a
 * saisine while registering it (filed resolved with its answer, through the lifecycle, marked
 * « résolue au premier contact »); a commune cannot claim it, nor skip the answer; a saisine names
 * an application of its commune's inventory (Bruges), checked against the annex in force.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { CALL_CENTRE, type Filed, useSaisineClock } from "./helpers/saisines.ts";

describe.each(drivers)("first-contact resolution and applications on %s", (driver) => {
  // Monday 8 June 2026, 10:00: Bègles and Bruges are open.
  const t = useSaisineClock(driver, "2026-06-08T10:00:00+02:00");

  test("the call centre resolves a saisine while registering it, with its answer", async () => {
    const { h, as, create } = t;
    const can = await as(CALL_CENTRE);
    const filed = data<Filed>(
      await create(can, "begles", {
        channel: "telephone",
        firstContactResolution: true,
        answer: "Mot de passe réinitialisé pendant l'appel.",
      }),
    );
    expect(filed).toMatchObject({
      status: "resolue",
      version: 2,
      handlingDueAt: null,
      resolutionDueAt: null,
    });
    const detail = data<{ firstContactResolution?: boolean; resolution: { note: string } | null }>(
      await h.query("saisines.get", { saisineId: filed.id }, { cookie: can }),
    );
    expect(detail.resolution?.note).toBe("Mot de passe réinitialisé pendant l'appel.");
    const timeline = data<{ events: { kind: string }[] }>(
      await h.query("saisines.timeline", { saisineId: filed.id }, { cookie: can }),
    );
    expect(timeline.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["created", "resolved"]),
    );
    // It is the one the list of first-contact resolutions holds.
    const found = data<{ items: { id: string }[] }>(
      await h.query(
        "saisines.queue",
        { firstContactResolution: true, statuses: ["resolue"] },
        { cookie: can },
      ),
    );
    expect(found.items.map((i) => i.id)).toEqual([filed.id]);
  });

  test.each<[string, string, Record<string, unknown>, string, string]>([
    [
      "without its answer",
      CALL_CENTRE,
      { channel: "telephone", firstContactResolution: true },
      "answer",
      "Décrivez la solution apportée au premier contact.",
    ],
    [
      "by the commune itself",
      "agent@begles.mutu-demo.fr",
      { firstContactResolution: true, answer: "Réglé tout seul." },
      "firstContactResolution",
      "Seul le service commun résout une saisine au premier contact.",
    ],
  ])("resolving at first contact %s is refused", async (_label, who, fields, field, message) => {
    const res = await t.create(await t.as(who), "begles", fields);
    expect(res.status).toBe(400);
    expect(res.error?.data.fieldErrors?.[field]).toEqual([message]);
  });

  test("an exceptional saisine awaits its decision: it cannot be resolved at first contact", async () => {
    const res = await t.create(await t.as(CALL_CENTRE), "begles", {
      channel: "telephone",
      type: "demande",
      nature: "exceptionnelle",
      firstContactResolution: true,
      answer: "Accordé au téléphone.",
    });
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/décision|ne peut|exceptionnelle/i);
  });

  test("a saisine names an application of its commune's inventory", async () => {
    const { as, create } = t;
    const agent = await as("agent@bruges.mutu-demo.fr");
    const named = await create(agent, "bruges", { application: "audacity" });
    expect(named.status, named.error?.message).toBe(200);
    const listed = data<{ items: { id: string }[] }>(
      await t.h.query(
        "saisines.list",
        { application: "Audacity" },
        { cookie: await as("dgs@bruges.mutu-demo.fr") },
      ),
    );
    expect(listed.items.map((i) => i.id)).toEqual([(named.data as Filed).id]);

    const unknown = await create(agent, "bruges", { application: "Logiciel inconnu" });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.fieldErrors?.application).toEqual([
      "« Logiciel inconnu » n'est pas une application de l'inventaire annexé au contrat de la commune.",
    ]);
    const begles = await create(await as("agent@begles.mutu-demo.fr"), "begles", {
      application: "Audacity",
    });
    expect(begles.error?.data.fieldErrors?.application).toEqual([
      "Le contrat de cette commune n'annexe pas d'inventaire des applications : laissez le champ vide.",
    ]);
  });
});
