/**
 * Every procedure of the router, enumerated from the router itself, is called by identities of two
 * communes and two operators against another tenant's data. None may read or change it. A new
 * procedure without a probe here fails the test, so coverage cannot silently lag behind the API.
 */
import { PERMISSIONS } from "@mutu/domain";
import { schema, type Tx, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { asc, eq, inArray, or } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appRouter } from "@mutu/api";
import { createHarness, type Harness } from "./harness.ts";

type Victim = {
  orgId: string;
  personIds: string[];
  functionId: string;
  tokenId: string;
  /** The victim's contract — for an operator, one of its members' (not an attacker's). */
  contractId: string;
  /** A signed version and a draft of that contract (someUuid where it has none). */
  versionIds: string[];
  /** The victim's saisine — for an operator, one of its members' — with its own pieces. */
  saisineId: string;
  saisineOrgId: string;
  saisineReference: string;
  attachmentId: string;
  arbitrationId: string;
  notificationId: string;
};
type Probe = { kind: "query" | "mutation"; inputs: (v: Victim) => unknown[] };

const someUuid = "00000000-0000-4000-8000-000000000000";

/** For each procedure, the inputs an attacker would try against the victim. */
const probes: Record<string, Probe> = {
  "auth.signIn": { kind: "mutation", inputs: () => [] }, // public: it authenticates, reads no tenant data
  "auth.signOut": { kind: "mutation", inputs: () => [undefined] },
  "auth.me": { kind: "query", inputs: () => [undefined] },
  "organisations.list": { kind: "query", inputs: () => [undefined] },
  "organisations.get": { kind: "query", inputs: (v) => [{ orgId: v.orgId }] },
  "organisations.setCommunalReferent": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, personId: null },
      { orgId: v.orgId, personId: v.personIds[0] },
    ],
  },
  "people.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "people.functions": { kind: "query", inputs: () => [undefined] },
  "people.create": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        displayName: "Intrus Malveillant",
        email: `intrus-${v.orgId.slice(0, 8)}@exemple.fr`,
        password: "mot-de-passe-tres-long",
        functionIds: [],
      },
    ],
  },
  "people.assignFunction": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId, functionId: v.functionId })),
  },
  "people.removeFunction": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId, functionId: v.functionId })),
  },
  "people.deactivate": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId })),
  },
  "people.reactivate": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId })),
  },
  "tokens.list": { kind: "query", inputs: () => [undefined] },
  "tokens.create": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, name: "Jeton intrus", permissions: ["org.read"], expiresInDays: 30 },
    ],
  },
  "tokens.revoke": { kind: "mutation", inputs: (v) => [{ tokenId: v.tokenId }] },
  "audit.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "audit.verify": { kind: "query", inputs: () => [undefined] },
  "contracts.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "contracts.current": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "contracts.history": { kind: "query", inputs: (v) => [{ contractId: v.contractId }] },
  "contracts.versionAt": {
    kind: "query",
    inputs: (v) => [{ contractId: v.contractId, date: "2020-01-01" }],
  },
  "contracts.version": {
    kind: "query",
    inputs: (v) => v.versionIds.map((versionId) => ({ versionId })),
  },
  "contracts.diff": {
    kind: "query",
    inputs: (v) => [{ fromVersionId: v.versionIds[0], toVersionId: v.versionIds[1] }],
  },
  "contracts.draftAmendment": {
    kind: "mutation",
    inputs: (v) => [{ contractId: v.contractId, subject: "Avenant intrus" }],
  },
  "contracts.updateDraft": {
    kind: "mutation",
    inputs: (v) => v.versionIds.map((versionId) => ({ versionId, subject: "Réécrit" })),
  },
  "contracts.signAmendment": {
    kind: "mutation",
    inputs: (v) =>
      v.versionIds.map((versionId) => ({
        versionId,
        signedOn: "2024-01-01",
        effectiveFrom: "2024-01-01",
      })),
  },
  "contracts.discardDraft": {
    kind: "mutation",
    inputs: (v) => v.versionIds.map((versionId) => ({ versionId })),
  },
  "contracts.importAnnex": {
    kind: "mutation",
    inputs: (v) => [{ orgId: v.orgId, content: "{}" }],
  },
  "memberships.catalogue": { kind: "query", inputs: () => [undefined] },
  "memberships.list": { kind: "query", inputs: () => [undefined] },
  "memberships.get": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "memberships.simulate": {
    kind: "query",
    inputs: (v) => [
      { orgId: v.orgId, subscription: "socle-complet" },
      { population: 2000, subscription: "audit" },
    ],
  },
  "memberships.contributions": { kind: "query", inputs: () => [{ year: 2025 }] },
  "memberships.exportContributions": {
    kind: "query",
    inputs: () => [
      { year: 2025, format: "csv" },
      { year: 2025, format: "xlsx" },
    ],
  },
  "memberships.join": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        subscription: "audit",
        effectiveFrom: "2025-01-01",
        decisionRef: "Délibération intruse",
      },
    ],
  },
  "memberships.changeChoice": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        subscription: "socle-complet",
        effectiveFrom: "2025-06-01",
        decisionRef: "Décision intruse",
      },
    ],
  },
  "memberships.terminate": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, noticeGivenOn: "2025-01-01", decisionRef: "Délibération intruse" },
    ],
  },
  "saisines.create": {
    kind: "mutation",
    inputs: (v) =>
      [v.orgId, v.saisineOrgId].map((orgId) => ({
        orgId,
        type: "incident",
        subDomain: "C",
        nature: "ordinaire",
        criticality: "bloquant",
        title: "Saisine intruse",
        channel: "telephone",
        idempotencyKey: "cle-victime",
      })),
  },
  "saisines.list": {
    kind: "query",
    inputs: (v) => [{}, { orgId: v.orgId }, { orgId: v.saisineOrgId, statuses: ["nouvelle"] }],
  },
  "saisines.queue": {
    kind: "query",
    inputs: (v) => [{}, { orgIds: [v.saisineOrgId] }, { q: "victime" }, { q: v.saisineReference }],
  },
  "saisines.get": { kind: "query", inputs: (v) => [{ saisineId: v.saisineId }] },
  "saisines.timeline": { kind: "query", inputs: (v) => [{ saisineId: v.saisineId }] },
  "saisines.addInformation": {
    kind: "mutation",
    inputs: (v) => [{ saisineId: v.saisineId, version: 1, body: "Information intruse" }],
  },
  "saisines.comment": {
    kind: "mutation",
    inputs: (v) => [
      { saisineId: v.saisineId, body: "Commentaire intrus", visibility: "public" },
      { saisineId: v.saisineId, body: "Note intruse", visibility: "interne" },
    ],
  },
  "saisines.qualify": {
    kind: "mutation",
    inputs: (v) => [{ saisineId: v.saisineId, version: 1, criticality: "bloquant" }],
  },
  "saisines.assign": {
    kind: "mutation",
    inputs: (v) => [
      {
        saisineId: v.saisineId,
        version: 1,
        assignee: { kind: "person", personId: v.personIds[0] },
      },
    ],
  },
  "saisines.bulkAssign": {
    kind: "mutation",
    inputs: (v) => [
      {
        items: [{ saisineId: v.saisineId, version: 1 }],
        assignee: { kind: "person", personId: v.personIds[0] },
      },
    ],
  },
  "saisines.assignees": { kind: "query", inputs: () => [undefined] },
  ...Object.fromEntries(
    ["start", "resume", "close", "confirm"].map((name) => [
      `saisines.${name}`,
      { kind: "mutation", inputs: (v: Victim) => [{ saisineId: v.saisineId, version: 1 }] },
    ]),
  ),
  ...Object.fromEntries(
    ["resolve", "refuse", "reopen", "withdraw"].map((name) => [
      `saisines.${name}`,
      {
        kind: "mutation",
        inputs: (v: Victim) => [{ saisineId: v.saisineId, version: 1, note: "Note intruse" }],
      },
    ]),
  ),
  "saisines.pause": {
    kind: "mutation",
    inputs: (v) => [
      { saisineId: v.saisineId, version: 1, waitingFor: "tiers", note: "Attente intruse" },
    ],
  },
  "saisines.decideExceptional": {
    kind: "mutation",
    inputs: (v) => [
      {
        saisineId: v.saisineId,
        version: 1,
        outcome: "declinee",
        decidedOn: "2026-01-15",
        reasons: "Décision intruse sans fondement",
        communeManager: { name: "Intrus", function: "DGS" },
        sharedServiceManager: { name: "Intrus", function: "DG" },
      },
    ],
  },
  "saisines.uploadAttachment": {
    kind: "mutation",
    inputs: (v) => [
      {
        saisineId: v.saisineId,
        fileName: "intrus.pdf",
        mediaType: "application/pdf",
        contentBase64: Buffer.from("%PDF-1.4 intrus").toString("base64"),
      },
    ],
  },
  "saisines.attachment": { kind: "query", inputs: (v) => [{ attachmentId: v.attachmentId }] },
  "saisines.changes": { kind: "query", inputs: () => [{}, { cursor: "0.0" }, { cursor: "now" }] },
  "saisines.notifications": { kind: "query", inputs: () => [{}] },
  "saisines.markNotificationsRead": {
    kind: "mutation",
    inputs: (v) => [{ ids: [v.notificationId] }],
  },
  "saisines.yearlyRecap": {
    kind: "query",
    inputs: (v) => [
      { year: 2026 },
      { year: 2026, orgId: v.orgId },
      { year: 2026, orgId: v.saisineOrgId, format: "csv" },
    ],
  },
  "saisines.targets": {
    kind: "query",
    inputs: (v) => [{}, { orgId: v.orgId }, { orgId: v.saisineOrgId }],
  },
  "saisines.setTargets": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.saisineOrgId,
        effectiveFrom: "2026-01-01",
        agreedRef: "Accord intrus",
        targets: [{ indicator: "3.3.1", businessMinutes: 1 }],
      },
    ],
  },
  "arbitrations.raise": {
    kind: "mutation",
    inputs: (v) => [
      { saisineId: v.saisineId, kind: "fond", subject: "Désaccord intrus sur le fond" },
    ],
  },
  "arbitrations.recordDecision": {
    kind: "mutation",
    inputs: (v) => [
      {
        arbitrationId: v.arbitrationId,
        level: 1,
        kind: "fond",
        heldOn: "2026-02-01",
        participants: [
          { name: "Intrus", function: "DGS", side: "commune" },
          { name: "Intrus", function: "DGA", side: "operator" },
        ],
        outcome: "accord",
        decision: "Décision intruse imposée",
      },
    ],
  },
  "arbitrations.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
};

let victimCount = 0;

/**
 * A saisine an attacker would aim at: the victim's own for a commune, one of its members' (never an
 * attacker's) for an operator — with an internal comment, an attachment, an arbitration and a
 * notification. Written as system work: the probes, not the setup, are under test.
 */
async function victimSaisine(
  tx: Tx,
  org: typeof schema.organisations.$inferSelect,
  attackers: Set<string>,
  personId: string | null,
) {
  let target = org;
  if (org.kind === "operator") {
    const members = await tx
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.operatorId, org.id))
      .orderBy(asc(schema.organisations.name));
    const member = members.find((m) => !attackers.has(m.id));
    if (!member) throw new Error(`no member to probe for ${org.slug}`);
    target = member;
  }
  const [version] = await tx
    .select({ id: schema.contractVersions.id })
    .from(schema.contractVersions)
    .where(eq(schema.contractVersions.status, "signed"))
    .limit(1);
  const now = new Date();
  const reference = `VIC-2026-${String(++victimCount).padStart(6, "0")}`;
  const [saisine] = await tx
    .insert(schema.saisines)
    .values({
      orgId: target.id,
      operatorId: target.operatorId ?? target.id,
      reference,
      type: "incident",
      subDomain: "C",
      nature: "ordinaire",
      criticality: "non-bloquant",
      title: "Saisine de la victime",
      channel: "portail",
      status: "nouvelle",
      filedByLabel: "Victime",
      filedByOrgId: target.id,
      annexVersionId: version?.id ?? someUuid,
      sharedServiceFunction: "Centre d'appel",
      proximityCentre: false,
      needsQualification: false,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!saisine) throw new Error("setup");
  const actor = { actorLabel: "Victime", actorSide: "operator" };
  await tx.insert(schema.saisineEvents).values([
    {
      saisineId: saisine.id,
      orgId: target.id,
      at: now,
      kind: "created",
      visibility: "public",
      ...actor,
    },
    {
      saisineId: saisine.id,
      orgId: target.id,
      at: now,
      kind: "comment",
      visibility: "interne",
      body: "Note interne de la victime",
      ...actor,
    },
  ]);
  const [attachment] = await tx
    .insert(schema.saisineAttachments)
    .values({
      saisineId: saisine.id,
      orgId: target.id,
      fileName: "victime.pdf",
      mediaType: "application/pdf",
      sizeBytes: 8,
      sha256: "0".repeat(64),
      content: Buffer.from("%PDF-1.4"),
      visibility: "public",
      ...actor,
    })
    .returning();
  const [arbitration] = await tx
    .insert(schema.arbitrations)
    .values({
      saisineId: saisine.id,
      orgId: target.id,
      operatorId: saisine.operatorId,
      kind: "programmation",
      subject: "Désaccord de la victime",
      raisedAt: now,
      status: "ouvert",
      ...actor,
    })
    .returning();
  const [notification] = personId
    ? await tx
        .insert(schema.notifications)
        .values({
          orgId: target.id,
          operatorId: saisine.operatorId,
          recipientId: personId,
          saisineId: saisine.id,
          kind: "sla-warning",
          milestone: "resolution",
          alertKey: `${saisine.id}:resolution:warning`,
          title: `${reference} : alerte de la victime`,
          body: "Alerte de la victime",
        })
        .returning()
    : [];
  return {
    saisineId: saisine.id,
    saisineOrgId: target.id,
    saisineReference: reference,
    attachmentId: attachment?.id ?? someUuid,
    arbitrationId: arbitration?.id ?? someUuid,
    notificationId: notification?.id ?? someUuid,
  };
}

/** Every saisine row of these organisations, in a stable order. */
async function saisineSnapshot(tx: Tx, orgIds: string[]) {
  const byOrg = <T extends { orgId: PgColumn }>(table: PgTable & T) =>
    tx.select().from(table).where(inArray(table.orgId, orgIds));
  const sorted = <R>(rows: R[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    saisines: sorted(await byOrg(schema.saisines)),
    events: sorted(await byOrg(schema.saisineEvents)),
    assignments: sorted(await byOrg(schema.saisineAssignments)),
    segments: sorted(await byOrg(schema.saisineClockSegments)),
    attachments: sorted(await byOrg(schema.saisineAttachments)),
    decisions: sorted(await byOrg(schema.saisineExceptionalDecisions)),
    arbitrations: sorted(await byOrg(schema.arbitrations)),
    levels: sorted(await byOrg(schema.arbitrationLevels)),
    changes: sorted(await byOrg(schema.saisineChanges)),
    counters: sorted(await byOrg(schema.saisineCounters)),
    targets: sorted(await byOrg(schema.slaTargets)),
    notifications: sorted(await byOrg(schema.notifications)),
  };
}

const pairs: [attacker: string, victim: string][] = [
  ["begles", "pessac"], // two communes of one operator
  ["begles", "redon"], // a commune and another operator's commune
  ["begles", "bordeaux-metropole"], // a commune and its own operator
  ["bordeaux-metropole", "redon-agglomeration"], // two operators
  ["bordeaux-metropole", "redon"], // an operator and another operator's member
  ["redon-agglomeration", "begles"],
];

describe.each(drivers)("tenant isolation of every procedure on %s", (driver) => {
  let h: Harness;
  const cookies = new Map<string, string>();
  const victims = new Map<string, Victim>();

  beforeAll(async () => {
    h = await createHarness(driver);
    // Attackers hold every permission their side can have, so only tenancy stands in their way.
    await withSystem(h.database.db, async (tx) => {
      for (const slug of new Set(pairs.map(([a]) => a))) {
        const org = h.orgs.find((o) => o.slug === slug);
        if (!org) throw new Error(slug);
        const operatorId = org.kind === "operator" ? org.id : (org.operatorId ?? "");
        const [fn] = await tx
          .insert(schema.functions)
          .values({
            operatorId,
            code: `all-${slug}`,
            label: "Tout",
            side: org.kind,
            permissions: [...PERMISSIONS],
          })
          .returning();
        const [p] = await tx
          .insert(schema.people)
          .values({
            orgId: org.id,
            email: `attaquant@${slug}.test`,
            displayName: "Attaquant",
            passwordHash: (await tx.select().from(schema.people).limit(1))[0]?.passwordHash ?? "",
          })
          .returning();
        if (!fn || !p) throw new Error("setup");
        await tx
          .insert(schema.personFunctions)
          .values({ personId: p.id, functionId: fn.id, orgId: org.id });
      }
    });
    for (const slug of new Set(pairs.map(([a]) => a)))
      cookies.set(slug, await h.signIn(`attaquant@${slug}.test`));
    // Each victim gets a token of its own, created by its own administrator.
    for (const slug of new Set(pairs.map(([, v]) => v))) {
      const org = h.orgs.find((o) => o.slug === slug);
      if (!org) throw new Error(slug);
      await withSystem(h.database.db, async (tx) => {
        const ppl = await tx
          .select()
          .from(schema.people)
          .where(eq(schema.people.orgId, org.id))
          .orderBy(asc(schema.people.email));
        // A former member, deactivated: a reactivation leaking across tenants would show.
        const [former] = await tx
          .insert(schema.people)
          .values({
            orgId: org.id,
            email: `ancien@${slug}.test`,
            displayName: "Ancien agent",
            passwordHash: ppl[0]?.passwordHash ?? "",
            active: false,
            deactivatedAt: new Date(),
          })
          .returning();
        const [token] = await tx
          .insert(schema.apiTokens)
          .values({
            orgId: org.id,
            name: "victime",
            tokenHash: `hash-${slug}`,
            displayPrefix: "mutu_xxxx",
            permissions: ["org.read"],
            createdBy: ppl[0]?.id ?? "",
            expiresAt: new Date(Date.now() + 86_400_000),
          })
          .returning();
        const held = await tx
          .select()
          .from(schema.personFunctions)
          .where(eq(schema.personFunctions.orgId, org.id))
          .limit(1);
        // The contract an attacker would aim at: the victim's own, or one of its members' for an
        // operator (never an attacker's own, which its own operator may legitimately reach).
        const attackers = new Set(pairs.map(([a]) => h.orgId(a)));
        const candidates = await tx
          .select()
          .from(schema.contracts)
          .where(or(eq(schema.contracts.orgId, org.id), eq(schema.contracts.operatorId, org.id)))
          .orderBy(asc(schema.contracts.kind));
        const contract =
          org.kind === "commune"
            ? candidates.find((c) => c.orgId === org.id)
            : candidates.find((c) => !attackers.has(c.orgId));
        if (!contract) throw new Error(`no contract to probe for ${slug}`);
        const versions = await tx
          .select()
          .from(schema.contractVersions)
          .where(eq(schema.contractVersions.contractId, contract.id))
          .orderBy(asc(schema.contractVersions.seq));
        const signed = versions.find((v) => v.status === "signed");
        let draft = versions.find((v) => v.status === "draft");
        if (signed && !draft) {
          [draft] = await tx
            .insert(schema.contractVersions)
            .values({
              ...signed,
              id: undefined,
              seq: signed.seq + 100,
              status: "draft",
              signedOn: null,
              effectiveFrom: null,
              publishedAt: null,
            })
            .returning();
        }
        const saisine = await victimSaisine(tx, org, attackers, ppl[0]?.id ?? null);
        victims.set(slug, {
          orgId: org.id,
          personIds: [...ppl.map((p) => p.id), ...(former ? [former.id] : [])],
          functionId: held[0]?.functionId ?? someUuid,
          tokenId: token?.id ?? someUuid,
          contractId: contract.id,
          versionIds: [signed?.id ?? someUuid, draft?.id ?? someUuid],
          ...saisine,
        });
      });
    }
  });
  afterAll(() => h.close());

  /** Everything that belongs to a tenant, as the database holds it. */
  const snapshot = (orgId: string, contractId: string, saisineOrgId: string) =>
    withSystem(h.database.db, async (tx) => ({
      contracts: await tx
        .select()
        .from(schema.contracts)
        .where(or(eq(schema.contracts.orgId, orgId), eq(schema.contracts.id, contractId)))
        .orderBy(asc(schema.contracts.id)),
      versions: await tx
        .select()
        .from(schema.contractVersions)
        .where(
          or(
            eq(schema.contractVersions.orgId, orgId),
            eq(schema.contractVersions.contractId, contractId),
          ),
        )
        .orderBy(asc(schema.contractVersions.id)),
      memberships: await tx
        .select()
        .from(schema.memberships)
        .where(
          or(eq(schema.memberships.orgId, orgId), eq(schema.memberships.contractId, contractId)),
        )
        .orderBy(asc(schema.memberships.id)),
      org: await tx.select().from(schema.organisations).where(eq(schema.organisations.id, orgId)),
      people: await tx
        .select()
        .from(schema.people)
        .where(eq(schema.people.orgId, orgId))
        .orderBy(asc(schema.people.id)),
      functions: await tx
        .select()
        .from(schema.personFunctions)
        .where(eq(schema.personFunctions.orgId, orgId))
        .orderBy(asc(schema.personFunctions.personId), asc(schema.personFunctions.functionId)),
      tokens: await tx
        .select()
        .from(schema.apiTokens)
        .where(eq(schema.apiTokens.orgId, orgId))
        .orderBy(asc(schema.apiTokens.id)),
      sessions: await tx
        .select({ hash: schema.sessions.tokenHash, revokedAt: schema.sessions.revokedAt })
        .from(schema.sessions)
        .innerJoin(schema.people, eq(schema.people.id, schema.sessions.personId))
        .where(eq(schema.people.orgId, orgId)),
      saisines: await saisineSnapshot(tx, [orgId, saisineOrgId]),
    }));

  test("every procedure of the router has a probe", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.length).toBeGreaterThan(10);
    expect(procedures.filter((p) => !probes[p])).toEqual([]);
  });

  for (const [attacker, victimSlug] of pairs) {
    test(`${attacker} cannot read or change ${victimSlug}`, async () => {
      const victim = victims.get(victimSlug);
      let cookie = cookies.get(attacker);
      if (!victim || !cookie) throw new Error("setup");
      // Victims' sessions exist, so a leak through sign-out or deactivation would show.
      const victimCookie = await h.signIn(
        (
          await withSystem(h.database.db, (tx) =>
            tx
              .select({ email: schema.people.email })
              .from(schema.people)
              .where(inArray(schema.people.id, victim.personIds.slice(0, 1))),
          )
        )[0]?.email ?? "",
      );
      const before = await snapshot(victim.orgId, victim.contractId, victim.saisineOrgId);
      // A commune's own record names its operator (operatorId): that id is no secret to the commune;
      // the operator's people and tokens are.
      const ownOperator = h.orgs.find((o) => o.slug === attacker)?.operatorId === victim.orgId;
      const secrets = [
        ...(ownOperator ? [] : [victim.orgId]),
        ...victim.personIds,
        victim.tokenId,
        victim.contractId,
        ...victim.versionIds.filter((id) => id !== someUuid),
        victim.saisineId,
        victim.saisineReference,
        victim.attachmentId,
        victim.arbitrationId,
        victim.notificationId,
        "Note interne de la victime",
      ];
      let calls = 0;
      for (const path of Object.keys(appRouter._def.procedures)) {
        const probe = probes[path];
        if (!probe) continue;
        for (const input of probe.inputs(victim)) {
          const res =
            probe.kind === "query"
              ? await h.query(path, input, { cookie })
              : await h.mutate(path, input, { cookie });
          calls++;
          const body = JSON.stringify(res.data ?? null);
          for (const secret of secrets)
            expect(body, `${path} leaked ${secret}`).not.toContain(secret);
          if (res.error)
            expect(
              ["FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"],
              `${path}: ${res.error.message}`,
            ).toContain(res.error.data.code);
          if (path === "auth.signOut") cookie = await h.signIn(`attaquant@${attacker}.test`);
        }
      }
      expect(calls).toBeGreaterThan(15);
      expect(await snapshot(victim.orgId, victim.contractId, victim.saisineOrgId)).toEqual(before);
      expect((await h.query("auth.me", undefined, { cookie: victimCookie })).status).toBe(200);
    });
  }

  test("the attacker's own tenant is reachable (the probes are not refused for another reason)", async () => {
    const cookie = await h.signIn("attaquant@begles.test");
    const own = await h.query("people.list", { orgId: h.orgId("begles") }, { cookie });
    expect((own.data as unknown[]).length).toBeGreaterThan(1);
    const created = await h.mutate(
      "tokens.create",
      {
        orgId: h.orgId("begles"),
        name: "Outil interne",
        permissions: ["org.read"],
        expiresInDays: 30,
      },
      { cookie },
    );
    expect(created.status).toBe(200);
    const contract = await h.query("contracts.current", {}, { cookie });
    expect(contract.status).toBe(200);
    const { id } = (contract.data as { contract: { id: string } }).contract;
    expect((await h.query("contracts.history", { contractId: id }, { cookie })).status).toBe(200);
    // The operator reaches its members' contracts and memberships with the same probes.
    const operator = await h.signIn("attaquant@redon-agglomeration.test");
    expect(
      (await h.query("memberships.get", { orgId: h.orgId("redon") }, { cookie: operator })).status,
    ).toBe(200);
    const metropole = await h.signIn("attaquant@bordeaux-metropole.test");
    const pessac = await h.query(
      "contracts.current",
      { orgId: h.orgId("pessac") },
      { cookie: metropole },
    );
    expect(pessac.status).toBe(200);
    // Saisines: the commune files and lists its own; its operator finds it in the queue.
    const filed = await h.mutate(
      "saisines.create",
      {
        orgId: h.orgId("begles"),
        type: "incident",
        subDomain: "C",
        nature: "ordinaire",
        criticality: "bloquant",
        title: "Saisine légitime de Bègles",
      },
      { cookie },
    );
    expect(filed.status, filed.error?.message).toBe(200);
    const { id: saisineId } = filed.data as { id: string };
    const mine = await h.query("saisines.list", {}, { cookie });
    expect((mine.data as { items: { id: string }[] }).items.map((i) => i.id)).toContain(saisineId);
    const queue = await h.query(
      "saisines.queue",
      { orgIds: [h.orgId("begles")] },
      { cookie: metropole },
    );
    expect((queue.data as { items: { id: string }[] }).items.map((i) => i.id)).toContain(saisineId);
    expect((await h.query("saisines.get", { saisineId }, { cookie: metropole })).status).toBe(200);
  });
});
