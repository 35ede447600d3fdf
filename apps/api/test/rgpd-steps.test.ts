/**
 * Steps recorded on RGPD records other than breaches and requests, through the API on both
 * drivers: a disagreement's steps, a commune's acknowledgement of a référentiel document and a
 * change to a processor — each one written on its record and left in its trail (the record's
 * events and the organisation's audit chain).
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { asc, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Harness } from "./harness.ts";
import { data } from "./harness.ts";
import { useRgpd } from "./helpers/rgpd.ts";

/** The events and audit entries left about one record. */
async function trailOf(h: Harness, subjectId: string) {
  return withSystem(h.database.db, async (tx) => ({
    events: await tx
      .select({ kind: schema.rgpdEvents.kind, summary: schema.rgpdEvents.summary })
      .from(schema.rgpdEvents)
      .where(eq(schema.rgpdEvents.subjectId, subjectId))
      .orderBy(asc(schema.rgpdEvents.id)),
    audit: await tx
      .select({
        orgId: schema.auditLog.orgId,
        action: schema.auditLog.action,
        entity: schema.auditLog.entity,
        actor: schema.auditLog.actorLabel,
        after: schema.auditLog.after,
      })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, subjectId))
      .orderBy(asc(schema.auditLog.seq)),
  }));
}

type Disagreement = { id: string; status: string; steps: { step: string }[]; nextStep: string };

describe.each(drivers)("steps on RGPD records on %s", (driver) => {
  const t = useRgpd(driver);

  test("a disagreement goes to the directors general, then is settled by the inspector general", async () => {
    const { h } = t;
    const { id } = await t.ok<{ id: string }>(
      "rgpd.disagreements.raise",
      { subject: "Durée de conservation des listes d'inscription." },
      t.communeDpo,
    );
    const step = (step: string, outcome: string, heldOn: string) =>
      t.ok(
        "rgpd.disagreements.recordStep",
        {
          disagreementId: id,
          step,
          heldOn,
          participants: "Les deux DGS",
          outcome,
          summary: "Positions consignées.",
        },
        t.communeDpo,
      );
    expect(await step("directors-general", "unsettled", "2026-05-04")).toEqual({ id });
    const listed = async () =>
      data<Disagreement[]>(
        await h.query("rgpd.disagreements.list", {}, { cookie: t.communeDpo }),
      ).find((g) => g.id === id);
    expect(await listed()).toMatchObject({ status: "open", nextStep: "inspector-general" });
    await step("inspector-general", "settled", "2026-05-20");
    const settled = await listed();
    expect(settled?.status).toBe("closed");
    expect(settled?.steps.map((s) => s.step)).toEqual(["directors-general", "inspector-general"]);

    const { events, audit } = await trailOf(h, id);
    expect(events.map((e) => e.kind)).toEqual([
      "disagreement-raised",
      "disagreement-step",
      "disagreement-step",
    ]);
    expect(events[2]?.summary).toMatch(/\(20 mai 2026\)\s: désaccord levé\.$/);
    expect(audit.map((a) => [a.action, a.entity, a.orgId])).toEqual([
      ["rgpd.disagreement-raised", "disagreement", h.orgId("begles")],
      ["rgpd.disagreement-step", "disagreement", h.orgId("begles")],
      ["rgpd.disagreement-step", "disagreement", h.orgId("begles")],
    ]);
  });

  test("a commune's acknowledgement of a référentiel document is told on the document, once", async () => {
    const { h } = t;
    const charter = { kind: "charter", title: "Charte informatique", version: "2.0" };
    const { id: documentId } = await t.ok<{ id: string }>(
      "rgpd.referential.publish",
      { ...charter, publishedOn: "2026-06-01" },
      t.metropoleDpo,
    );
    await t.ok(
      "rgpd.referential.notify",
      { documentId, orgIds: [h.orgId("begles")], notifiedOn: "2026-06-02" },
      t.metropoleDpo,
    );
    type Listed = { id: string; notifications: { id: string; acknowledgedOn: string | null }[] };
    const notification = async () =>
      data<Listed[]>(await h.query("rgpd.referential.list", {}, { cookie: t.metropoleDpo })).find(
        (d) => d.id === documentId,
      )?.notifications[0];
    const sent = await notification();
    if (!sent) throw new Error("no notification");
    const acknowledge = (acknowledgedOn: string) =>
      h.mutate(
        "rgpd.referential.acknowledge",
        { notificationId: sent.id, acknowledgedOn },
        { cookie: t.metropoleDpo },
      );
    const early = await acknowledge("2026-06-01");
    expect(early.status).toBe(400);
    expect(early.error?.message).toBe("L'accusé de réception ne peut pas précéder l'envoi.");
    expect(data(await acknowledge("2026-06-05"))).toEqual({ id: sent.id });
    expect((await notification())?.acknowledgedOn).toBe("2026-06-05");
    const again = await acknowledge("2026-06-06");
    expect(again.status).toBe(409);

    const { events, audit } = await trailOf(h, documentId);
    const acknowledged = events.filter((e) => e.kind === "reference-acknowledged");
    expect(acknowledged.map((e) => e.summary)).toEqual(["Accusé de réception du 5 juin 2026."]);
    expect(audit.filter((a) => a.action === "rgpd.reference-acknowledged")).toEqual([
      {
        orgId: h.orgId("begles"),
        action: "rgpd.reference-acknowledged",
        entity: "reference",
        actor: expect.any(String),
        after: { notificationId: sent.id, acknowledgedOn: "2026-06-05" },
      },
    ]);
  });

  test("a processor changed by the Métropole's DPO: its new facts, and the change in the trail", async () => {
    const { h } = t;
    const vendor = {
      name: "Berger-Levrault",
      contractReference: "MP-2024-118 (art. 28)",
      contractSignedOn: "2024-03-01",
      contractExpiresOn: "2028-02-29",
      commitments: "Hébergement en France.",
    };
    const { id } = await t.ok<{ id: string }>("rgpd.processors.save", vendor, t.metropoleDpo);
    const changed = { ...vendor, processorId: id, name: "Berger-Levrault SA" };
    expect(await t.ok("rgpd.processors.save", changed, t.metropoleDpo)).toEqual({ id });
    const processors = data<{ id: string; name: string }[]>(
      await h.query("rgpd.processors.list", undefined, { cookie: t.metropoleDpo }),
    );
    expect(processors.find((p) => p.id === id)?.name).toBe("Berger-Levrault SA");

    const { events, audit } = await trailOf(h, id);
    expect(events.map((e) => [e.kind, e.summary])).toEqual([
      ["processor-added", "Prestataire ajouté : Berger-Levrault (contrat MP-2024-118 (art. 28))."],
      ["processor-changed", "Prestataire modifié : Berger-Levrault SA."],
    ]);
    expect(audit.map((a) => [a.action, a.entity, a.orgId])).toEqual([
      ["rgpd.processor-added", "settings", h.orgId("bordeaux-metropole")],
      ["rgpd.processor-changed", "settings", h.orgId("bordeaux-metropole")],
    ]);
  });
});
