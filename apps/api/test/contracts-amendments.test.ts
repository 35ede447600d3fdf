/**
 * Avenants through the API: the Métropole drafts, edits and signs amendments, the commune sees them
 * once signed; what is signed never changes, dates out of order are refused, communes cannot amend.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data } from "./harness.ts";
import {
  type Change,
  NOW,
  type Version,
  type WithVersion,
  useContracts,
} from "./helpers/contracts.ts";

describe.each(drivers)("contract amendments on %s", (driver) => {
  const t = useContracts(driver);

  test("draft → edit → sign an amendment: a new version, the old one kept, the commune sees it once signed", async () => {
    const { h, admin, contractOf, versionsOf, auditOf } = t;
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
    // After its annex (avenant n°2, RGPD) and the demo amendment (n°3) agreeing the delays.
    expect(drafted.version).toMatchObject({
      seq: 3,
      kind: "amendment",
      amendmentNumber: 4,
      status: "draft",
      effectiveFrom: null,
      inForce: false,
    });
    expect(drafted.version.annex?.origin).toEqual({
      kind: "amendment",
      number: 4,
      subject: "Horaires de support et délai de prise en compte",
    });
    expect(drafted.contract.pendingAmendments).toBe(1);

    // One draft at a time.
    const second = await h.mutate(
      "contracts.draftAmendment",
      { contractId: before.contract.id, subject: "Un second avenant" },
      { cookie: admin },
    );
    expect(second.status).toBe(409);
    expect(second.error?.message).toMatch(/déjà en préparation/);

    // The commune does not see the draft.
    const seen = data<{ versions: Version[] }>(
      await h.query("contracts.history", { contractId: before.contract.id }, { cookie: commune }),
    );
    expect(seen.versions).toHaveLength(2);
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
    expect(refused.error?.message).toMatch(/2 problèmes à corriger\s; rien n'a été enregistré/);
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
      origin: { kind: "amendment", number: 4 },
    });
    expect(signed.contract.pendingAmendments).toBe(0);

    const history = data<{ versions: Version[] }>(
      await h.query("contracts.history", { contractId: before.contract.id }, { cookie: commune }),
    );
    expect(history.versions.map((v) => [v.seq, v.effectiveFrom, v.effectiveTo, v.inForce])).toEqual(
      [
        [1, "2018-07-01", "2019-01-01", false],
        [2, "2019-01-01", "2025-07-01", true],
        [3, "2025-07-01", null, false],
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
    const { h, admin, contractOf, versionsOf } = t;
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
      expect(res.error?.message).toMatch(/est signée\s: elle ne peut plus être modifiée/);
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
    const { h, admin, contractOf, versionsOf, auditOf } = t;
    const { contract } = await contractOf("pessac");
    const drafted = data<WithVersion>(
      await h.mutate(
        "contracts.draftAmendment",
        { contractId: contract.id, subject: "Date d'effet" },
        { cookie: admin },
      ),
    );
    const auditBefore = (await auditOf("contract.sign-amendment")).length;
    const res = await h.mutate(
      "contracts.signAmendment",
      { versionId: drafted.version.id, signedOn: "2018-06-01", effectiveFrom: "2018-06-30" },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      "La date d'effet (30 juin 2018) précède celle de la version précédente (avenant n°\u00a04, en vigueur depuis le 1er janvier 2019) : choisissez une date à partir du 1er janvier 2019.",
    );
    expect(res.error?.data.fieldErrors).toEqual({
      effectiveFrom: ["Au plus tôt le 1er janvier 2019."],
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
    expect(await versionsOf(contract.id)).toHaveLength(2);
  });

  test("a commune cannot amend its contract, even its own", async () => {
    const { h, agent, contractOf } = t;
    const { contract } = await contractOf("begles");
    const res = await h.mutate(
      "contracts.draftAmendment",
      { contractId: contract.id, subject: "Avenant de la commune" },
      { cookie: agent },
    );
    expect(res.status).toBe(403);
  });
});
