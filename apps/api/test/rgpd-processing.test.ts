/**
 * A commune's register of processing through the API, on both drivers: the commune's DPO records a
 * processing and asks the DPO's opinion — the Métropole's, the commune sharing it —, which is given
 * with reservations and kept; only then is it put in force and its end-of-retention passes planned.
 * Bad input is refused field by field and writes nothing; readers read, others are refused.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { count } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { schoolRegistrations, useRgpd } from "./helpers/rgpd.ts";

describe.each(drivers)("processing records on %s", (driver) => {
  const t = useRgpd(driver);
  const processings = () =>
    withSystem(t.h.database.db, (tx) =>
      tx.select({ n: count() }).from(schema.rgpdProcessings),
    ).then((r) => r[0]?.n ?? 0);

  test("recorded, opinion asked, given by the Métropole's DPO with reservations, then put in force", async () => {
    const { h } = t;
    const { id } = await t.record();
    let p = await t.detail(id);
    expect(p).toMatchObject({ status: "draft", revision: 1 });
    expect(p.responsibility.role).toBe("processor");
    expect(p.blockers[0]).toMatch(/n'a pas rendu d'avis/);

    // Put in force without an opinion: refused, nothing changes.
    const early = await h.mutate(
      "rgpd.processing.putInForce",
      { processingId: id, revision: 1, inForceOn: "2026-06-08" },
      { cookie: t.communeDpo },
    );
    expect(early.status).toBe(400);
    expect(early.error?.message).toMatch(/avis/);

    await t.ok(
      "rgpd.processing.requestOpinion",
      { processingId: id, revision: 1, note: "Nouveau portail famille." },
      t.communeDpo,
    );
    p = await t.detail(id);
    expect(p.status).toBe("awaiting-opinion");
    const listed = async () =>
      data<{ id: string; pendingOpinion: boolean; lastOutcome: string | null }[]>(
        await h.query("rgpd.processing.list", {}, { cookie: t.communeDpo }),
      ).find((x) => x.id === id);
    expect(await listed()).toMatchObject({ pendingOpinion: true, lastOutcome: null });
    // While the DPO examines it, the record cannot change.
    const change = await h.mutate(
      "rgpd.processing.update",
      { processingId: id, revision: 1, content: { ...schoolRegistrations(), name: "Autre" } },
      { cookie: t.communeDpo },
    );
    expect(change.status).toBe(409);

    // Bègles shares the Métropole's DPO: its own « DPO » function cannot give the opinion.
    const wrongDpo = await h.mutate(
      "rgpd.processing.giveOpinion",
      { processingId: id, outcome: "favourable", reservations: [], text: "" },
      { cookie: t.communeDpo },
    );
    expect(wrongDpo.status).toBe(403);
    expect(wrongDpo.error?.message).toMatch(/DPO de la Métropole/);
    // Reservations are listed when there are some.
    const noReservation = await h.mutate(
      "rgpd.processing.giveOpinion",
      { processingId: id, outcome: "favourable-with-reservations", reservations: [], text: "" },
      { cookie: t.metropoleDpo },
    );
    expect(noReservation.error?.data.fieldErrors?.reservations?.[0]).toMatch(
      /au moins une réserve/,
    );
    await t.ok(
      "rgpd.processing.giveOpinion",
      {
        processingId: id,
        outcome: "favourable-with-reservations",
        reservations: ["Restreindre l'accès aux agents du service scolaire"],
        text: "Mesures de sécurité adaptées.",
      },
      t.metropoleDpo,
    );
    // Given once: a second opinion without a new request is refused.
    const again = await h.mutate(
      "rgpd.processing.giveOpinion",
      {
        processingId: id,
        outcome: "unfavourable",
        reservations: [],
        text: "Je change d'avis, finalement.",
      },
      { cookie: t.metropoleDpo },
    );
    expect(again.status).toBe(409);

    p = await t.detail(id);
    expect(p.status).toBe("draft");
    expect(await listed()).toMatchObject({
      pendingOpinion: false,
      lastOutcome: "favourable-with-reservations",
    });
    expect(p.opinions).toMatchObject([
      {
        outcome: "favourable-with-reservations",
        reservations: ["Restreindre l'accès aux agents du service scolaire"],
        revision: 1,
      },
    ]);
    expect(p.blockers).toEqual([]);
    await t.ok(
      "rgpd.processing.putInForce",
      { processingId: id, revision: 1, inForceOn: "2026-06-08" },
      t.communeDpo,
    );
    p = await t.detail(id);
    expect(p.status).toBe("in-force");
    // One pass per period: the erasure of registrations, the archive of invoices and its end.
    expect(p.retention.map((o) => [o.action, o.dueOn, o.status])).toEqual([
      ["intermediate-archive", "2027-06-08", "planned"],
      ["erase", "2028-06-08", "planned"],
      ["erase", "2036-06-08", "planned"],
    ]);
    expect(p.events.map((e) => e.kind)).toEqual([
      "processing-recorded",
      "opinion-requested",
      "opinion-given",
      "processing-in-force",
    ]);

    // Changed while in force: it stays in force, and a new opinion can be asked on the change.
    const changed = data<{ revision: number }>(
      await h.mutate(
        "rgpd.processing.update",
        {
          processingId: id,
          revision: 1,
          content: { ...schoolRegistrations(), recipients: ["Direction de l'éducation"] },
        },
        { cookie: t.communeDpo },
      ),
    );
    expect(changed.revision).toBe(2);
    p = await t.detail(id);
    expect(p).toMatchObject({ status: "in-force", changedSinceOpinion: true });
    expect(p.actions).toContain("request-opinion");
    // A stale revision is refused, not overwritten.
    const stale = await h.mutate(
      "rgpd.processing.update",
      { processingId: id, revision: 1, content: schoolRegistrations() },
      { cookie: t.communeDpo },
    );
    expect(stale.status).toBe(409);
  });

  test("bad input is refused in French, field by field, and nothing is written", async () => {
    const before = await processings();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ purposes: [] }, "content.purposes", /au moins une finalité/],
      [
        { dataCategories: [{ label: "Santé", sensitive: true, article9Condition: "" }] },
        "content.dataCategories.0.article9Condition",
        /article 9/,
      ],
      [
        {
          retention: [
            { data: "Dossiers", months: 12, from: "clôture", endAction: "", archiveMonths: null },
          ],
        },
        "content.retention.0.endAction",
        /fin de la durée de conservation/,
      ],
    ];
    for (const [change, field, message] of cases) {
      const res = await t.h.mutate(
        "rgpd.processing.create",
        { content: { ...schoolRegistrations(), ...change } },
        { cookie: t.communeDpo },
      );
      expect(res.status).toBe(400);
      expect(res.error?.data.fieldErrors?.[field]?.join(" ")).toMatch(message);
    }
    expect(await processings()).toBe(before);
  });

  test("who may read and who may keep the register", async () => {
    const { h } = t;
    const { id } = await t.record({ ...schoolRegistrations(), name: "Accueil de loisirs" });
    // The contract referent reads; an agent without the permission does not.
    const list = data<{ id: string }[]>(
      await h.query("rgpd.processing.list", {}, { cookie: t.referent }),
    );
    expect(list.map((p) => p.id)).toContain(id);
    expect((await h.query("rgpd.processing.list", {}, { cookie: t.agent })).status).toBe(403);
    const write = await h.mutate(
      "rgpd.processing.create",
      { content: schoolRegistrations() },
      { cookie: t.referent },
    );
    expect(write.status).toBe(403);
    // Another commune's DPO does not even see that it exists.
    expect(
      (await h.query("rgpd.processing.get", { processingId: id }, { cookie: t.pessacDpo })).status,
    ).toBe(404);
    // The Métropole reads a commune's register by naming it; the search finds by name or service.
    const found = data<{ id: string }[]>(
      await h.query(
        "rgpd.processing.list",
        { orgId: h.orgId("begles"), q: "loisirs" },
        { cookie: t.metropoleDpo },
      ),
    );
    expect(found.map((p) => p.id)).toEqual([id]);
  });

  test("the Métropole's role is worked out and explained; a DPIA is required from two criteria", async () => {
    const joint = await t.record({
      ...schoolRegistrations(),
      name: "Vidéoprotection des écoles",
      path: "project",
      metropoleDefinedPurposesAndMeans: true,
      dataCategories: [
        { label: "Images", sensitive: true, article9Condition: "substantial-public-interest" },
      ],
      dpia: {
        criteria: ["systematic-monitoring"],
        reference: "",
        doneOn: null,
        cnilConsultationRequired: false,
        cnilConsultedOn: null,
      },
    });
    const p = await t.detail(joint.id);
    expect(p.responsibility).toMatchObject({
      role: "joint-controller",
      reason: expect.stringMatching(/pouvoir adjudicateur/),
    });
    expect(p.dpia).toMatchObject({
      required: true,
      criteria: ["systematic-monitoring", "sensitive-data"],
    });
    expect(p.blockers.join(" ")).toMatch(/analyse d'impact est obligatoire/);
    expect(p.blockers.join(" ")).toMatch(/diagnostic d'architecture et de sécurité/);
    const legacy = await t.record({
      ...schoolRegistrations(),
      name: "Fichier des associations",
      path: "legacy",
    });
    expect((await t.detail(legacy.id)).responsibility.caveat).toMatch(/V-k/);
    // An old processing is inventoried as it runs, without a prior opinion; then ended, declared.
    await t.ok(
      "rgpd.processing.putInForce",
      { processingId: legacy.id, revision: 1, inForceOn: "2012-03-01" },
      t.communeDpo,
    );
    await t.ok(
      "rgpd.processing.end",
      {
        processingId: legacy.id,
        endedOn: "2026-06-01",
        declaration: "Remplacé par le portail des associations.",
      },
      t.communeDpo,
    );
    const ended = await t.detail(legacy.id);
    expect(ended.status).toBe("ended");
    expect(ended.retention.filter((o) => o.status === "planned").map((o) => o.dueOn)).toEqual([
      "2027-06-01",
      "2028-06-01",
      "2036-06-01",
    ]);
  });
});
