/**
 * Contrats d'engagement through the API: a commune reads its contract, its history and diffs; the
 * Métropole drafts, edits and signs amendments and imports annexes; what is signed never changes.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHarness, type Harness } from "./harness.ts";

// Fixed "today" (Paris): 15 June 2025.
const NOW = new Date("2025-06-15T10:00:00Z");

type Version = {
  id: string;
  seq: number;
  kind: string;
  amendmentNumber: number | null;
  subject: string | null;
  status: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  inForce: boolean;
  publishedAt: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: the tests edit annexes freely, valid or not.
  annex?: Record<string, any>;
};
type Contract = {
  id: string;
  orgName: string;
  status: string;
  pendingAmendments: number | null;
  nextRenewal: { kind: string; renewsOn: string } | null;
};
type WithVersion = { contract: Contract; version: Version };
type Change = { kind: string; path: string[]; label: string; before?: unknown; after?: unknown };

describe.each(drivers)("contracts on %s", (driver) => {
  let h: Harness;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    h = await createHarness(driver, { now: () => NOW });
    admin = await h.signIn("admin@bordeaux-metropole.mutu-demo.fr");
    agent = await h.signIn("agent@begles.mutu-demo.fr");
  });
  afterAll(() => h.close());

  const data = <T>(res: { status: number; data?: unknown; error?: { message: string } }) => {
    if (res.status !== 200) throw new Error(`${res.status}: ${res.error?.message}`);
    return res.data as T;
  };
  const contractOf = async (slug: string) =>
    data<{ contract: Contract; version: Version }>(
      await h.query("contracts.current", { orgId: h.orgId(slug) }, { cookie: admin }),
    );
  const versionsOf = (contractId: string) =>
    withSystem(h.database.db, (tx) =>
      tx
        .select()
        .from(schema.contractVersions)
        .where(eq(schema.contractVersions.contractId, contractId)),
    );
  const auditOf = (action: string) =>
    withSystem(h.database.db, (tx) =>
      tx.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)),
    );

  test("a commune agent reads the contract in force today, all of it", async () => {
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
    expect(version).toMatchObject({
      seq: 2,
      kind: "amendment",
      amendmentNumber: 3,
      status: "signed",
      signedOn: null,
      effectiveFrom: "2018-07-01",
      effectiveTo: null,
      inForce: true,
    });
    const annex = version.annex ?? {};
    // The page's history list comes with it: one call for « Mon contrat ».
    expect((await h.query("contracts.current", {}, { cookie: agent })).data).toMatchObject({
      versions: [
        { seq: 1, kind: "original" },
        { seq: 2, inForce: true },
      ],
    });
    expect(annex.parties.commune.signatory.name).toBe("Clément Rossignol Puech");
    expect(annex.subDomains.B.exclusions).toEqual([expect.stringContaining("site internet")]);
    expect(annex.indicators.map((i: { code: string }) => i.code)).toContain("3.3.1");
    expect(annex.supportHours.parsed.mon).toEqual([["08:30", "18:30"]]);
    expect(annex.rgpd).toMatchObject({ dpoShared: true, breachesHandledBy: "metropole" });
    expect(Object.keys(annex.saisineMatrix)).toEqual(["ordinaire", "urgence", "exceptionnelle"]);
    expect(annex.governance.length).toBeGreaterThan(0);
  });

  test("Bègles' history: the 2016 contract, then avenant n°3 (RGPD) from 1 July 2018, and their diff", async () => {
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
        effectiveTo: null,
        inForce: true,
      },
    ]);
    const [v2016, v2018] = history.versions;
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
  });

  test("the version in force on a date: the effective day itself, the day before, before any", async () => {
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
      "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01).",
    ]);
  });

  test("the Métropole lists every contract with status, renewal and drafts pending", async () => {
    const list = data<(Contract & { orgName: string; kind: string })[]>(
      await h.query("contracts.list", {}, { cookie: admin }),
    );
    expect(list).toHaveLength(12);
    expect(list.every((c) => c.status === "in-force" && c.pendingAmendments === 0)).toBe(true);
    const own = data<Contract[]>(await h.query("contracts.list", {}, { cookie: agent }));
    expect(own.map((c) => c.orgName)).toEqual(["Bègles"]);
  });

  test("draft → edit → sign an amendment: a new version, the old one kept, the commune sees it once signed", async () => {
    const before = await contractOf("le-bouscat");
    const commune = await h.signIn("dgs@le-bouscat.mutu-demo.fr");
    const drafted = data<WithVersion>(
      await h.mutate(
        "contracts.draftAmendment",
        {
          contractId: before.contract.id,
          subject: "Horaires de support et délai de prise en compte",
        },
        { cookie: admin },
      ),
    );
    expect(drafted.version).toMatchObject({
      seq: 2,
      kind: "amendment",
      amendmentNumber: 3,
      status: "draft",
      effectiveFrom: null,
      inForce: false,
    });
    expect(drafted.version.annex?.origin).toEqual({
      kind: "amendment",
      number: 3,
      subject: "Horaires de support et délai de prise en compte",
    });
    expect(drafted.contract.pendingAmendments).toBe(1);

    // One draft at a time.
    const second = await h.mutate(
      "contracts.draftAmendment",
      { contractId: before.contract.id },
      { cookie: admin },
    );
    expect(second.status).toBe(409);
    expect(second.error?.message).toMatch(/déjà en préparation/);

    // The commune does not see the draft.
    const seen = data<{ versions: Version[] }>(
      await h.query("contracts.history", { contractId: before.contract.id }, { cookie: commune }),
    );
    expect(seen.versions).toHaveLength(1);
    const hidden = await h.query(
      "contracts.version",
      { versionId: drafted.version.id },
      { cookie: commune },
    );
    expect(hidden.status).toBe(404);

    // Edit any part of the annex.
    const annex = structuredClone(drafted.version.annex ?? {});
    annex.subDomains.C.activities.push("Prêt de matériel pour les élections");
    annex.indicators[0].target = {
      kind: "defined",
      value: "95 % des demandes traitées en 5 jours",
    };
    annex.supportHours.parsed.fri = [["08:30", "12:00"]];
    annex.priorities.push({
      title: "Migration de la téléphonie",
      text: null,
      nature: null,
      objective: null,
      stakes: null,
    });
    const edited = data<WithVersion>(
      await h.mutate(
        "contracts.updateDraft",
        { versionId: drafted.version.id, annex },
        { cookie: admin },
      ),
    );
    expect(edited.version.annex?.subDomains.C.activities).toContain(
      "Prêt de matériel pour les élections",
    );
    const diff = data<{ changes: Change[] }>(
      await h.query(
        "contracts.diff",
        { fromVersionId: before.version.id, toVersionId: drafted.version.id },
        { cookie: admin },
      ),
    );
    expect(diff.changes.map((c) => `${c.kind} ${c.path.join("/")}`)).toEqual(
      expect.arrayContaining([
        "added subDomains/C/activities",
        `changed indicators/${annex.indicators[0].code}/target`,
        "changed supportHours/parsed/fri",
        "added priorities",
      ]),
    );

    // An invalid edit is refused whole, field by field, and the draft is unchanged.
    const broken = structuredClone(annex);
    broken.indicators[0].code = "trois";
    broken.projectDaysPerYear = -2;
    const refused = await h.mutate(
      "contracts.updateDraft",
      { versionId: drafted.version.id, annex: broken, subject: "Ne doit pas être enregistré" },
      { cookie: admin },
    );
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toMatch(/2 problèmes à corriger ; rien n'a été enregistré/);
    expect(refused.error?.data.fieldErrors).toMatchObject({
      "annex.indicators.0.code": [expect.stringMatching(/Code d'indicateur invalide/)],
      "annex.projectDaysPerYear": [expect.stringMatching(/négatif/)],
    });
    const [stored] = (await versionsOf(before.contract.id)).filter((v) => v.status === "draft");
    expect(stored?.subject).toBe("Horaires de support et délai de prise en compte");

    const signed = data<WithVersion>(
      await h.mutate(
        "contracts.signAmendment",
        { versionId: drafted.version.id, signedOn: "2025-06-10", effectiveFrom: "2025-07-01" },
        { cookie: admin },
      ),
    );
    expect(signed.version).toMatchObject({
      status: "signed",
      signedOn: "2025-06-10",
      effectiveFrom: "2025-07-01",
      inForce: false, // from 1 July; today is 15 June
      publishedAt: NOW.toISOString(),
    });
    expect(signed.version.annex).toMatchObject({
      signedOn: "2025-06-10",
      effectiveFrom: "2025-07-01",
      origin: { kind: "amendment", number: 3 },
    });
    expect(signed.contract.pendingAmendments).toBe(0);

    const history = data<{ versions: Version[] }>(
      await h.query("contracts.history", { contractId: before.contract.id }, { cookie: commune }),
    );
    expect(history.versions.map((v) => [v.seq, v.effectiveFrom, v.effectiveTo, v.inForce])).toEqual(
      [
        [1, "2018-07-01", "2025-07-01", true],
        [2, "2025-07-01", null, false],
      ],
    );
    const july = data<{ version: Version }>(
      await h.query(
        "contracts.versionAt",
        { contractId: before.contract.id, date: "2025-07-01" },
        { cookie: commune },
      ),
    );
    expect(july.version.id).toBe(drafted.version.id);

    const audit = [
      ...(await auditOf("contract.draft-amendment")),
      ...(await auditOf("contract.update-draft")),
      ...(await auditOf("contract.sign-amendment")),
    ].filter((e) => e.orgId === h.orgId("le-bouscat"));
    expect(audit.map((e) => e.action)).toEqual([
      "contract.draft-amendment",
      "contract.update-draft",
      "contract.sign-amendment",
    ]);
    expect(JSON.stringify(audit[1]?.after)).toContain("Prêt de matériel pour les élections");
    expect(audit[2]?.after).toMatchObject({ status: "signed", effectiveFrom: "2025-07-01" });
  });

  test("a signed version is immutable: the API refuses, and so does the database", async () => {
    const { version, contract } = await contractOf("begles");
    for (const [path, input] of [
      ["contracts.updateDraft", { versionId: version.id, subject: "Réécrit" }],
      [
        "contracts.signAmendment",
        { versionId: version.id, signedOn: "2025-01-01", effectiveFrom: "2025-01-01" },
      ],
      ["contracts.discardDraft", { versionId: version.id }],
    ] as const) {
      const res = await h.mutate(path, input, { cookie: admin });
      expect(res.status, path).toBe(409);
      expect(res.error?.message).toMatch(/est signée : elle ne peut plus être modifiée/);
    }
    const direct = withSystem(h.database.db, (tx) =>
      tx
        .update(schema.contractVersions)
        .set({ subject: "Réécrit" })
        .where(eq(schema.contractVersions.id, version.id)),
    ).then(
      () => "no error",
      (e) => String(e?.cause?.message ?? e),
    );
    expect(await direct).toMatch(/Version signée du contrat/);
    const [stored] = (await versionsOf(contract.id)).filter((v) => v.id === version.id);
    expect(stored?.subject).toBe(version.subject);
  });

  test("an effective date before the previous version's is refused in French, and nothing is written", async () => {
    const { contract } = await contractOf("pessac");
    const drafted = data<WithVersion>(
      await h.mutate("contracts.draftAmendment", { contractId: contract.id }, { cookie: admin }),
    );
    const auditBefore = (await auditOf("contract.sign-amendment")).length;
    const res = await h.mutate(
      "contracts.signAmendment",
      { versionId: drafted.version.id, signedOn: "2018-06-01", effectiveFrom: "2018-06-30" },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      "La date d'effet (30 juin 2018) précède celle de la version précédente (avenant n°3, en vigueur depuis le 1er juillet 2018) : choisissez une date à partir du 1er juillet 2018.",
    );
    expect(res.error?.data.fieldErrors).toEqual({
      effectiveFrom: ["Au plus tôt le 1er juillet 2018."],
    });
    const future = await h.mutate(
      "contracts.signAmendment",
      { versionId: drafted.version.id, signedOn: "2025-06-16", effectiveFrom: "2025-07-01" },
      { cookie: admin },
    );
    expect(future.status).toBe(400);
    expect(future.error?.data.fieldErrors?.signedOn).toBeDefined();
    const [draft] = (await versionsOf(contract.id)).filter((v) => v.id === drafted.version.id);
    expect(draft).toMatchObject({ status: "draft", effectiveFrom: null, publishedAt: null });
    expect((await auditOf("contract.sign-amendment")).length).toBe(auditBefore);

    // Abandoning the draft leaves the contract as it was.
    const discarded = await h.mutate(
      "contracts.discardDraft",
      { versionId: drafted.version.id },
      { cookie: admin },
    );
    expect(discarded.status).toBe(200);
    expect(await versionsOf(contract.id)).toHaveLength(1);
  });

  test("a commune cannot amend its contract, even its own", async () => {
    const { contract } = await contractOf("begles");
    const res = await h.mutate(
      "contracts.draftAmendment",
      { contractId: contract.id },
      { cookie: agent },
    );
    expect(res.status).toBe(403);
  });

  test("import: an invalid file is refused whole with every problem, nothing written", async () => {
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
      "Import refusé : 1 problème dans le fichier ; rien n'a été enregistré.",
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
    expect(invalid.error?.message).toMatch(/^Import refusé : 4 problèmes dans le fichier/);
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
        expect.stringMatching(/concerne « Bruges » \(bruges\), pas Saint-Aubin-de-Médoc/),
      ],
      effectiveFrom: [expect.stringMatching(/précède celle de la version précédente/)],
    });

    expect((await versionsOf(contract.id)).length).toBe(countBefore);
    expect((await auditOf("contract.import-annex")).length).toBe(importsBefore);
  });

  test("import: a valid file becomes a signed version, or a new contract with its first version", async () => {
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
    expect(res.version).toMatchObject({
      seq: 2,
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
