/**
 * Contrats d'engagement read through the API: a commune reads its contract in force, its history
 * and the diff between versions, the version in force on any date; the Métropole lists them all.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import { type Change, type Contract, type Version, useContracts } from "./helpers/contracts.ts";

describe.each(drivers)("contracts read on %s", (driver) => {
  const t = useContracts(driver);

  test("a commune agent reads the contract in force today, all of it", async () => {
    const { h, agent } = t;
    const { contract, version } = data<{ contract: Contract; version: Version }>(
      await h.query("contracts.current", {}, { cookie: agent }),
    );
    expect(contract).toMatchObject({
      orgName: "Bègles",
      kind: "engagement",
      status: "in-force",
      signedOn: "2016-02-15",
      // Communes see published versions only: the count of drafts is not theirs to know.
      pendingAmendments: null,
      // The 2026 municipal election opens the six-month window of tacit renewal (seed 000 art. 7).
      nextRenewal: { kind: "post-election", renewsOn: "2026-09-22", electionYear: 2026 },
    });
    // In force: the demo amendment that agreed the saisines' delays (after avenant n°3, RGPD).
    expect(version).toMatchObject({
      seq: 3,
      kind: "amendment",
      amendmentNumber: 4,
      status: "signed",
      signedOn: "2018-12-17",
      effectiveFrom: "2019-01-01",
      effectiveTo: null,
      inForce: true,
    });
    const annex = version.annex ?? {};
    // The page's history list comes with it: one call for « Mon contrat ».
    expect((await h.query("contracts.current", {}, { cookie: agent })).data).toMatchObject({
      versions: [
        { seq: 1, kind: "original" },
        { seq: 2, inForce: false },
        { seq: 3, inForce: true },
      ],
    });
    expect(annex.parties.commune.signatory.name).toBe("Clément Rossignol Puech");
    expect(annex.subDomains.B.exclusions).toEqual([expect.stringContaining("site internet")]);
    expect(annex.indicators.map((i: { code: string }) => i.code)).toContain("3.3.1");
    expect(annex.indicators.find((i: { code: string }) => i.code === "3.3.1").target).toEqual({
      kind: "delay",
      rules: [{ businessMinutes: 240, compliancePercent: 95 }],
    });
    expect(annex.supportHours.parsed.mon).toEqual([["08:30", "18:30"]]);
    expect(annex.rgpd).toMatchObject({ dpoShared: true, breachesHandledBy: "metropole" });
    expect(Object.keys(annex.saisineMatrix)).toEqual(["ordinaire", "urgence", "exceptionnelle"]);
    expect(annex.governance.length).toBeGreaterThan(0);
  });

  test("Bègles' history: the 2016 contract, avenant n°3 (RGPD) from 1 July 2018, the demo amendment, and their diffs", async () => {
    const { h, agent, contractOf } = t;
    const current = await contractOf("begles");
    const history = data<{ versions: Version[] }>(
      await h.query("contracts.history", { contractId: current.contract.id }, { cookie: agent }),
    );
    expect(history.versions.map(({ annex: _a, ...v }) => v)).toMatchObject([
      {
        seq: 1,
        kind: "original",
        amendmentNumber: null,
        signedOn: "2016-02-15",
        effectiveFrom: "2016-02-15",
        effectiveTo: "2018-07-01",
        inForce: false,
      },
      {
        seq: 2,
        kind: "amendment",
        amendmentNumber: 3,
        subject: "RGPD – révision de l'annexe « Numérique et systèmes d'information »",
        signedOn: null,
        effectiveFrom: "2018-07-01",
        effectiveTo: "2019-01-01",
        inForce: false,
      },
      {
        seq: 3,
        kind: "amendment",
        amendmentNumber: 4,
        effectiveFrom: "2019-01-01",
        effectiveTo: null,
        inForce: true,
      },
    ]);
    const [v2016, v2018, demo] = history.versions;
    const diff = data<{ changes: Change[] }>(
      await h.query(
        "contracts.diff",
        { fromVersionId: v2016?.id, toVersionId: v2018?.id },
        { cookie: agent },
      ),
    );
    const labels = diff.changes.map((c) => `${c.kind} ${c.path.join("/")}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        "changed parties/commune/signatory/name",
        "changed indicators/1.1.1/source",
        "added rgpd/dpoShared",
        "added rgpd/breachesHandledBy",
        "added rgpd/dataSubjectRequestsHandledBy",
        "added rgpd/subProcessorSelection",
        "added rgpd/legacyProcessingInventoryDue",
      ]),
    );
    expect(diff.changes).toContainEqual({
      kind: "changed",
      path: ["parties", "commune", "signatory", "name"],
      label: "Signataire de la commune modifié",
      before: "Noël Mamère",
      after: "Clément Rossignol Puech",
    });
    // The demo amendment: 3.3.1's target agreed, the 4.1 delays added to the table.
    const agreed = data<{ changes: Change[] }>(
      await h.query(
        "contracts.diff",
        { fromVersionId: v2018?.id, toVersionId: demo?.id },
        { cookie: agent },
      ),
    );
    expect(agreed.changes.map((c) => `${c.kind} ${c.path.join("/")} ${c.label}`)).toEqual(
      expect.arrayContaining([
        "changed indicators/3.3.1/target Cible fixée",
        "changed indicators/3.3.2/target Cible fixée",
        "added indicators Indicateur ajouté",
      ]),
    );
  });

  test("the version in force on a date: the effective day itself, the day before, before any", async () => {
    const { h, agent, contractOf } = t;
    const { contract } = await contractOf("begles");
    const on = async (date: string) =>
      data<{ version: Version | null }>(
        await h.query("contracts.versionAt", { contractId: contract.id, date }, { cookie: agent }),
      ).version;
    expect((await on("2018-07-01"))?.amendmentNumber).toBe(3);
    expect((await on("2018-06-30"))?.kind).toBe("original");
    expect((await on("2016-02-15"))?.kind).toBe("original");
    expect(await on("2016-02-14")).toBeNull();
    expect((await on("2018-06-30"))?.annex?.rgpd.dpoShared).toBeNull();
    const bad = await h.query(
      "contracts.versionAt",
      { contractId: contract.id, date: "2018-02-30" },
      { cookie: agent },
    );
    expect(bad.status).toBe(400);
    expect(bad.error?.data.fieldErrors?.date).toEqual([
      "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01).",
    ]);
  });

  test("the Métropole lists every contract with status, renewal and drafts pending", async () => {
    const { h, admin, agent } = t;
    const list = data<(Contract & { orgName: string; kind: string })[]>(
      await h.query("contracts.list", {}, { cookie: admin }),
    );
    expect(list).toHaveLength(12);
    expect(list.every((c) => c.status === "in-force" && c.pendingAmendments === 0)).toBe(true);
    // By commune, the French way: accents do not send Bègles after Bruges.
    const names = list.map((c) => c.orgName);
    expect(names.slice(0, 5)).toEqual([
      "Ambarès-et-Lagrave",
      "Bègles",
      "Blanquefort",
      "Bordeaux",
      "Bruges",
    ]);
    const own = data<Contract[]>(await h.query("contracts.list", {}, { cookie: agent }));
    expect(own.map((c) => c.orgName)).toEqual(["Bègles"]);
  });
});
