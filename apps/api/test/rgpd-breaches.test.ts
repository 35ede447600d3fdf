/**
 * The breach register through the API, on both drivers: the Métropole's RSSI opens a breach of
 * Bègles' data from the incident it was found through (Bègles left its breaches to the Métropole),
 * consults the commune's services, notifies the CNIL late — with its reasons, refused without —,
 * tells the persons since the risk is high, and closes it; the breach stays, frozen, with its
 * evidence. A notification before awareness is refused and nothing is written.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { schoolListAssessment, useRgpd } from "./helpers/rgpd.ts";
import { saisineInput } from "./helpers/saisines.ts";

type Breach = {
  id: string;
  status: string;
  handledBy: string;
  deadline: string;
  late: boolean | null;
  notifiedAt: string | null;
  saisine: { reference: string } | null;
  blockers: string[];
  mayHandle: boolean;
  consultations: { service: string }[];
  events: { kind: string }[];
  revision: number;
};

describe.each(drivers)("breaches on %s", (driver) => {
  const t = useRgpd(driver);

  test("opened from an incident, notified late with its reasons after consulting the commune, closed", async () => {
    const { h } = t;
    const incident = data<{ reference: string }>(
      await h.mutate(
        "saisines.create",
        saisineInput(h.orgId("begles"), {
          title: "Tableau des inscriptions envoyé à une liste externe",
        }),
        { cookie: t.agent },
      ),
    );
    const opened = data<{ id: string }>(
      await h.mutate(
        "rgpd.breaches.open",
        {
          orgId: h.orgId("begles"),
          awareAt: "2026-06-03T16:30",
          title: "Envoi d'un tableau d'inscriptions à une liste externe",
          description:
            "Un agent a envoyé le tableau des inscriptions scolaires à une liste de diffusion externe.",
          natures: ["confidentiality"],
          saisineReference: incident.reference,
        },
        { cookie: t.rssi },
      ),
    );
    const get = async (cookie = t.rssi) =>
      data<Breach>(await h.query("rgpd.breaches.get", { breachId: opened.id }, { cookie }));
    let b = await get();
    expect(b).toMatchObject({
      handledBy: "metropole",
      deadline: "2026-06-06T14:30:00.000Z",
      late: null,
      saisine: { reference: incident.reference },
      mayHandle: true,
    });
    // Bègles left its breaches to the Métropole: its DPO reads and consults, does not handle.
    const commune = await get(t.communeDpo);
    expect(commune.mayHandle).toBe(false);
    const assess = schoolListAssessment(opened.id);
    expect((await h.mutate("rgpd.breaches.assess", assess, { cookie: t.communeDpo })).status).toBe(
      403,
    );
    await t.ok("rgpd.breaches.assess", assess, t.rssi);

    // Before awareness: refused, nothing written.
    const before = await h.mutate(
      "rgpd.breaches.notify",
      {
        breachId: opened.id,
        notifiedAt: "2026-06-03T16:00",
        cnilReference: "CNIL-2026-0412",
        lateJustification: "",
      },
      { cookie: t.rssi },
    );
    expect(before.status).toBe(400);
    expect(before.error?.data.fieldErrors?.notifiedAt?.[0]).toMatch(/ne peut pas précéder/);
    // No message goes out before the commune's services were consulted (V-d).
    const unconsulted = await h.mutate(
      "rgpd.breaches.notify",
      {
        breachId: opened.id,
        notifiedAt: "2026-06-05T10:00",
        cnilReference: "CNIL-2026-0412",
        lateJustification: "",
      },
      { cookie: t.rssi },
    );
    expect(unconsulted.error?.message).toMatch(/consultés avant tout envoi/);
    await t.ok(
      "rgpd.consult",
      {
        subject: "breach",
        subjectId: opened.id,
        consultedAt: "2026-06-04T09:00",
        service: "Direction de l'éducation de Bègles",
        observations: "D'accord pour notifier ; informer les familles par courrier.",
      },
      t.communeDpo,
    );
    // Late (more than 72 hours) and without its reasons: refused.
    const late = {
      breachId: opened.id,
      notifiedAt: "2026-06-08T09:00",
      cnilReference: "CNIL-2026-0412",
      lateJustification: "",
    };
    const unjustified = await h.mutate("rgpd.breaches.notify", late, { cookie: t.rssi });
    expect(unjustified.error?.data.fieldErrors?.lateJustification?.[0]).toMatch(/motifs du retard/);
    expect((await get()).notifiedAt).toBeNull();
    await t.ok(
      "rgpd.breaches.notify",
      { ...late, lateJustification: "Le nombre de destinataires n'a été connu que lundi matin." },
      t.rssi,
    );
    b = await get();
    expect(b.late).toBe(true);
    // High risk: the persons are told before the breach can be closed.
    expect(b.blockers).toEqual([expect.stringMatching(/informez les personnes/)]);
    const closing = await h.mutate(
      "rgpd.breaches.close",
      { breachId: opened.id },
      { cookie: t.rssi },
    );
    expect(closing.status).toBe(400);
    await t.ok(
      "rgpd.breaches.informPersons",
      { breachId: opened.id, informedAt: "2026-06-08T09:30", means: "Courrier aux familles" },
      t.rssi,
    );
    await t.ok(
      "rgpd.breaches.close",
      { breachId: opened.id, closingNote: "Destinataires ont confirmé la suppression." },
      t.rssi,
    );
    b = await get();
    expect(b.status).toBe("closed");
    expect(b.events.map((e) => e.kind)).toEqual([
      "breach-opened",
      "breach-assessed",
      "commune-consulted",
      "breach-notified",
      "breach-persons-informed",
      "breach-closed",
    ]);
    // Closed, it stays as it is.
    const reopen = await h.mutate(
      "rgpd.breaches.assess",
      { ...assess, revision: b.revision },
      { cookie: t.rssi },
    );
    expect(reopen.status).toBe(409);
    // In the commune's register, notified late.
    const list = data<{ id: string; late: boolean }[]>(
      await h.query("rgpd.breaches.list", {}, { cookie: t.dgs }),
    );
    expect(list.find((x) => x.id === opened.id)?.late).toBe(true);
  });

  test("an unknown incident reference, a future awareness: refused", async () => {
    const base = {
      orgId: t.h.orgId("begles"),
      title: "Perte d'une clé USB",
      description: "Clé USB perdue.",
      natures: ["availability"],
    };
    const unknown = await t.h.mutate(
      "rgpd.breaches.open",
      { ...base, awareAt: "2026-06-05T10:00", saisineReference: "BEG-1999-000001" },
      { cookie: t.rssi },
    );
    expect(unknown.error?.data.fieldErrors?.saisineReference?.[0]).toMatch(/Aucune saisine/);
    const future = await t.h.mutate(
      "rgpd.breaches.open",
      { ...base, awareAt: "2026-06-09T10:00" },
      { cookie: t.rssi },
    );
    expect(future.error?.data.fieldErrors?.awareAt?.[0]).toMatch(/à venir/);
    const noHour = await t.h.mutate(
      "rgpd.breaches.open",
      { ...base, awareAt: "2026-06-05" },
      { cookie: t.rssi },
    );
    expect(noHour.error?.data.fieldErrors?.awareAt?.[0]).toMatch(/Date et heure/);
  });
});
