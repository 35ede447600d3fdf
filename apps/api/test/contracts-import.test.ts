/**
 * Annex import through the API: an invalid file is refused whole with every problem and nothing
 * written; a valid one becomes a signed version, or a new contract with its first version.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Contract, type Version, useContracts } from "./helpers/contracts.ts";

describe.each(drivers)("annex import on %s", (driver) => {
  const t = useContracts(driver);

  test("import: an invalid file is refused whole with every problem, nothing written", async () => {
    const { h, admin, contractOf, versionsOf, auditOf } = t;
    const { contract, version } = await contractOf("saint-aubin-de-medoc");
    const countBefore = (await versionsOf(contract.id)).length;
    const importsBefore = (await auditOf("contract.import-annex")).length;
    const orgId = h.orgId("saint-aubin-de-medoc");

    const syntax = await h.mutate(
      "contracts.importAnnex",
      { orgId, content: '{\n  "schemaVersion": 1,\n  "model": }' },
      { cookie: admin },
    );
    expect(syntax.status).toBe(400);
    expect(syntax.error?.message).toBe(
      "Import refusé : 1 problème dans le fichier ; rien n'a été enregistré.",
    );
    expect(syntax.error?.data.fieldErrors?._?.[0]).toMatch(/JSON valide \(ligne 3, colonne \d+\)/);

    const annex = structuredClone(version.annex ?? {});
    annex.effectiveFrom = "2018-13-01";
    annex.indicators[0].target = { kind: "agreed" };
    annex.rgpd.breachesHandledBy = "prestataire";
    delete annex.governance;
    const invalid = await h.mutate(
      "contracts.importAnnex",
      { orgId, content: JSON.stringify(annex, null, 2) },
      { cookie: admin },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.error?.message).toMatch(/^Import refusé\s: 4 problèmes dans le fichier/);
    expect(Object.keys(invalid.error?.data.fieldErrors ?? {}).sort()).toEqual([
      "effectiveFrom",
      "governance",
      "indicators.0.target.kind",
      "rgpd.breachesHandledBy",
    ]);

    // Valid as a file, but for another commune and predating the version in force.
    const other = structuredClone(version.annex ?? {});
    other.commune = { ...other.commune, slug: "bruges", name: "Bruges" };
    other.effectiveFrom = "2018-06-30";
    other.contractSignedOn = "2016-02-15";
    const mismatched = await h.mutate(
      "contracts.importAnnex",
      { orgId, content: JSON.stringify(other) },
      { cookie: admin },
    );
    expect(mismatched.status).toBe(400);
    expect(mismatched.error?.data.fieldErrors).toEqual({
      "commune.slug": [
        expect.stringMatching(/concerne «\sBruges\s» \(bruges\), pas Saint-Aubin-de-Médoc/),
      ],
      effectiveFrom: [expect.stringMatching(/précède celle de la version précédente/)],
    });

    expect((await versionsOf(contract.id)).length).toBe(countBefore);
    expect((await auditOf("contract.import-annex")).length).toBe(importsBefore);
  });

  test("import: a valid file becomes a signed version, or a new contract with its first version", async () => {
    const { h, admin, contractOf, auditOf } = t;
    const { contract, version } = await contractOf("saint-aubin-de-medoc");
    const annex = structuredClone(version.annex ?? {});
    annex.origin = { kind: "amendment", number: 2, subject: "Avenant importé" };
    annex.signedOn = "2025-05-20";
    annex.effectiveFrom = "2025-06-01";
    annex.priorities.push({
      title: "Plan de reprise d'activité",
      text: null,
      nature: null,
      objective: null,
      stakes: null,
    });
    const res = data<{ contract: Contract; version: Version }>(
      await h.mutate(
        "contracts.importAnnex",
        { orgId: h.orgId("saint-aubin-de-medoc"), content: JSON.stringify(annex) },
        { cookie: admin },
      ),
    );
    // After its annex and the demo amendment.
    expect(res.version).toMatchObject({
      seq: 3,
      status: "signed",
      amendmentNumber: 2,
      subject: "Avenant importé",
      effectiveFrom: "2025-06-01",
      inForce: true,
    });
    expect((await contractOf("saint-aubin-de-medoc")).version.id).toBe(res.version.id);
    expect(res.contract.id).toBe(contract.id);

    // Redon Agglomération imports an annex for Allaire, which has no contract yet.
    const redonAdmin = await h.signIn("admin@redon-agglomeration.mutu-demo.fr");
    const allaire = structuredClone(annex);
    allaire.commune = { name: "Allaire", slug: "allaire", includesCCAS: null };
    allaire.parties.commune.name = "Allaire";
    allaire.contractSignedOn = "2025-01-10";
    allaire.origin = { kind: "contract" };
    allaire.signedOn = "2025-01-10";
    allaire.effectiveFrom = "2025-02-01";
    const created = data<{ contract: Contract; version: Version }>(
      await h.mutate(
        "contracts.importAnnex",
        { orgId: h.orgId("allaire"), content: JSON.stringify(allaire) },
        { cookie: redonAdmin },
      ),
    );
    expect(created.contract).toMatchObject({ orgName: "Allaire", status: "in-force" });
    expect(created.version).toMatchObject({ seq: 1, kind: "original", inForce: true });
    const [entry] = (await auditOf("contract.import-annex")).filter(
      (e) => e.orgId === h.orgId("allaire"),
    );
    expect(entry?.after).toMatchObject({ createdContract: true, kind: "original" });
    const rows = await withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.contracts)
        .where(
          and(
            eq(schema.contracts.orgId, h.orgId("allaire")),
            eq(schema.contracts.kind, "engagement"),
          ),
        ),
    );
    expect(rows[0]?.operatorId).toBe(h.orgId("redon-agglomeration"));
  });
});
