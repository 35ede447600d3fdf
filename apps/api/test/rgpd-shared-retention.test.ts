/**
 * Shared processing and the end of retention through the API, on both drivers. A processing the
 * Métropole defines once is adopted by two communes; its next version reaches each as a proposal,
 * one declines (the divergence shows), the other accepts (its record follows). An erasure waits for
 * the commune, told beforehand, to confirm it; anonymisation is carried out and recorded; the
 * commune's retention period for residents' data in saisines is applied to mutu's own data.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Detail, schoolRegistrations, useRgpd } from "./helpers/rgpd.ts";

describe.each(drivers)("shared processing and end of retention on %s", (driver) => {
  const t = useRgpd(driver);

  test("defined once, adopted by two communes, a new version proposed: declined here, accepted there", async () => {
    const { h } = t;
    const template = {
      ...schoolRegistrations(),
      name: "Gestion RH (outil commun)",
      path: "project",
      metropoleDefinedPurposesAndMeans: true,
    };
    const shared = data<{ id: string; version: number }>(
      await h.mutate(
        "rgpd.shared.save",
        { content: template, changeNote: "" },
        { cookie: t.metropoleDpo },
      ),
    );
    // A commune cannot define one.
    expect(
      (
        await h.mutate(
          "rgpd.shared.save",
          { content: template, changeNote: "" },
          { cookie: t.communeDpo },
        )
      ).status,
    ).toBe(403);
    const begles = data<{ id: string }>(
      await h.mutate(
        "rgpd.shared.adopt",
        { sharedId: shared.id, service: "Ressources humaines" },
        { cookie: t.communeDpo },
      ),
    );
    const pessac = data<{ id: string }>(
      await h.mutate(
        "rgpd.shared.adopt",
        { sharedId: shared.id, service: "DRH" },
        { cookie: t.pessacDpo },
      ),
    );
    // Adopted twice by the same commune: refused.
    const twice = await h.mutate(
      "rgpd.shared.adopt",
      { sharedId: shared.id, service: "" },
      { cookie: t.communeDpo },
    );
    expect(twice.status).toBe(409);
    expect((await t.detail(begles.id)).responsibility.role).toBe("joint-controller");

    const v2 = data<{ version: number; proposals: number }>(
      await h.mutate(
        "rgpd.shared.save",
        {
          sharedId: shared.id,
          version: 1,
          content: { ...template, securityMeasures: [...template.securityMeasures, "encryption"] },
          changeNote: "Chiffrement des sauvegardes.",
        },
        { cookie: t.metropoleDpo },
      ),
    );
    expect(v2).toMatchObject({ version: 2, proposals: 2 });
    // Nothing changed silently in either commune's record.
    const before = await t.detail(begles.id);
    expect(before.content.securityMeasures).not.toContain("encryption");
    const [proposal] = before.proposals;
    // The commune sees what the version would change in its record before deciding.
    expect(proposal).toMatchObject({
      status: "pending",
      toVersion: 2,
      changeNote: "Chiffrement des sauvegardes.",
      changes: ["Mesures de sécurité"],
    });
    // Side by side: the record's measures and the version's, the new one marked as added.
    const [security] = proposal?.comparison ?? [];
    expect(security?.label).toBe("Mesures de sécurité");
    expect(security?.current.some((line) => line.removed)).toBe(false);
    expect(security?.proposed.filter((line) => line.added)).toEqual([
      { text: "Chiffrement des données", added: true },
    ]);
    // The Métropole cannot decide for the commune; a refusal says why.
    const forCommune = await h.mutate(
      "rgpd.shared.decide",
      { proposalId: proposal?.id, accept: true },
      { cookie: t.metropoleDpo },
    );
    expect(forCommune.status).toBe(403);
    const silent = await h.mutate(
      "rgpd.shared.decide",
      { proposalId: proposal?.id, accept: false },
      { cookie: t.communeDpo },
    );
    expect(silent.error?.data.fieldErrors?.reason?.[0]).toMatch(/pourquoi/);
    await t.ok(
      "rgpd.shared.decide",
      {
        proposalId: proposal?.id,
        accept: false,
        reason: "Sauvegardes chiffrées par notre propre outil.",
      },
      t.communeDpo,
    );
    const declined = await t.detail(begles.id);
    // Once decided, the comparison is gone: what remains is the record's divergence, shown apart.
    expect(declined.proposals[0]?.comparison).toEqual([]);
    expect(declined.shared).toMatchObject({
      version: 2,
      adoptedVersion: 2,
      divergences: ["Mesures de sécurité"],
    });

    const pessacProposal = (await t.detail(pessac.id, t.pessacDpo)).proposals[0];
    await t.ok("rgpd.shared.decide", { proposalId: pessacProposal?.id, accept: true }, t.pessacDpo);
    const accepted = await t.detail(pessac.id, t.pessacDpo);
    expect(accepted.content.securityMeasures).toContain("encryption");
    expect(accepted.content.service).toBe("DRH");
    expect(accepted.shared?.divergences).toEqual([]);
    // The Métropole sees who adopted which version and who departs from it.
    const adopters = data<{ adopters: { orgName: string; divergences: string[] }[] }>(
      await h.query("rgpd.shared.get", { sharedId: shared.id }, { cookie: t.metropoleDpo }),
    ).adopters;
    expect(adopters.map((a) => [a.orgName, a.divergences])).toEqual([
      ["Bègles", ["Mesures de sécurité"]],
      ["Pessac", []],
    ]);
  });

  test("an erasure waits for the commune's confirmation; the next pass follows", async () => {
    const { h } = t;
    const { id } = await t.record({
      ...schoolRegistrations(),
      name: "Liste des inscrits à la médiathèque",
      path: "legacy",
      retention: [
        {
          data: "Comptes des lecteurs",
          months: 24,
          from: "dernier prêt",
          endAction: "erase",
          archiveMonths: null,
        },
      ],
    });
    await t.ok(
      "rgpd.processing.putInForce",
      { processingId: id, revision: 1, inForceOn: "2015-01-01" },
      t.communeDpo,
    );
    const [op] = (await t.detail(id)).retention;
    expect(op).toMatchObject({ action: "erase", status: "planned", dueOn: "2026-06-08" });
    const carryOut = {
      operationId: op?.id,
      note: "Comptes sans prêt depuis deux ans effacés (312).",
    };
    const refused = await h.mutate("rgpd.retention.carryOut", carryOut, { cookie: t.metropoleDpo });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toMatch(/après l'accord de la commune/);
    expect((await t.detail(id)).retention[0]?.status).toBe("planned");
    // The commune cannot confirm what it was not told of; the Métropole tells it.
    expect(
      (await h.mutate("rgpd.retention.confirm", { operationId: op?.id }, { cookie: t.communeDpo }))
        .status,
    ).toBe(409);
    await t.ok("rgpd.retention.inform", { operationId: op?.id }, t.metropoleDpo);
    // Still not carried out before the commune's answer.
    expect(
      (await h.mutate("rgpd.retention.carryOut", carryOut, { cookie: t.metropoleDpo })).status,
    ).toBe(409);
    const schedule = data<{ id: string; steps: string[] }[]>(
      await h.query("rgpd.retention.schedule", {}, { cookie: t.communeDpo }),
    );
    expect(schedule.find((s) => s.id === op?.id)?.steps).toEqual(["confirm", "decline"]);
    await t.ok("rgpd.retention.confirm", { operationId: op?.id }, t.communeDpo);
    await t.ok("rgpd.retention.carryOut", carryOut, t.metropoleDpo);
    const after: Detail = await t.detail(id);
    expect(after.retention.map((o) => [o.status, o.dueOn])).toEqual([
      ["done", "2026-06-08"],
      ["planned", "2027-06-08"],
    ]);
    expect(after.events.at(-1)?.summary).toMatch(/Opération réalisée\s: Effacement/);
  });

  test("residents' data in saisines follow the commune's retention period", async () => {
    const { h } = t;
    const closedAt = new Date("2026-01-31T15:00:00Z");
    const [saisine] = await withSystem(h.database.db, async (tx) => {
      const [version] = await tx.select().from(schema.contractVersions).limit(1);
      return tx
        .insert(schema.saisines)
        .values({
          orgId: h.orgId("begles"),
          operatorId: h.orgId("bordeaux-metropole"),
          reference: "BEG-2026-990001",
          type: "demande",
          subDomain: "C",
          nature: "ordinaire",
          criticality: "non-bloquant",
          title: "Demande pour un administré",
          channel: "telephone",
          status: "close",
          filedByLabel: "Accueil",
          filedByOrgId: h.orgId("begles"),
          annexVersionId: version?.id ?? "",
          sharedServiceFunction: "Centre d'appel",
          proximityCentre: false,
          needsQualification: false,
          onBehalfOf: { name: "M. Martin", contact: "06 00 00 00 00" },
          closedAt,
          residentPurgeAt: new Date("2027-01-31T23:00:00Z"),
          createdAt: closedAt,
          updatedAt: closedAt,
        })
        .returning();
    });
    await t.ok(
      "rgpd.saveSettings",
      { correspondents: [], residentRetentionMonths: 6 },
      t.communeDpo,
    );
    const [row] = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.saisines)
        .where(eq(schema.saisines.id, saisine?.id ?? "")),
    );
    // Closed 31 January, kept six months: through 31 July, anonymised from 1 August 00:00 (Paris).
    expect(row?.residentPurgeAt?.toISOString()).toBe("2026-07-31T22:00:00.000Z");
    const overview = data<{
      settings: { residentRetentionMonths: number };
      interlocutors: { byDefault: boolean };
    }>(await h.query("rgpd.overview", {}, { cookie: t.dgs }));
    expect(overview.settings.residentRetentionMonths).toBe(6);
    // No correspondent named: the DGS is the DPO's interlocutor.
    expect(overview.interlocutors.byDefault).toBe(true);
    // An own DPO cannot be named while the contract shares the Métropole's.
    const own = await h.mutate(
      "rgpd.saveSettings",
      { ownDpoName: "Claire Moreau", correspondents: [], residentRetentionMonths: 6 },
      { cookie: t.communeDpo },
    );
    expect(own.error?.data.fieldErrors?.ownDpoName?.[0]).toMatch(/avenant/);
  });
});
