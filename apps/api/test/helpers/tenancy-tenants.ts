/**
 * The tenants of the tenancy walk: attackers holding every permission of their side, and victims
 * with something of every kind an attacker would aim at (people, a token, a contract and a draft, a
 * saisine with its pieces). Everything is written as system work: the probes, not the setup, are
 * under test.
 */
import { PERMISSIONS } from "@mutu/domain";
import { schema, type Tx, withSystem } from "@mutu/db";
import { asc, eq, inArray, or } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Harness } from "../harness.ts";
import { someUuid, type Victim } from "./tenancy-probes.ts";

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
  // A shared service keeps views of its queue: a shared one the attacker would remove.
  const [view] =
    org.kind === "operator" && personId
      ? await tx
          .insert(schema.saisineViews)
          .values({
            orgId: org.id,
            ownerId: null,
            name: "Vue de la victime",
            filters: { status: "toutes" },
            createdById: personId,
            createdByLabel: "Victime",
          })
          .returning()
      : [];
  // A measure entered for the commune, with its evidence file.
  const [entry] = await tx
    .insert(schema.indicatorEntries)
    .values({
      orgId: target.id,
      operatorId: saisine.operatorId,
      annexVersionId: version?.id ?? someUuid,
      indicator: "4.2.1",
      periodicity: "annual",
      periodKey: "2025",
      periodFrom: "2025-01-01",
      periodTo: "2026-01-01",
      measuredOn: "2025-11-20",
      value: { restoredMinutes: 95, scope: "Serveur de la victime" },
      evidenceFileName: `restauration-${target.slug}.pdf`,
      evidenceMediaType: "application/pdf",
      evidenceSizeBytes: 8,
      evidenceSha256: "0".repeat(64),
      evidenceContent: Buffer.from("%PDF-1.4"),
      ...actor,
    })
    .returning();
  return {
    viewId: view?.id ?? someUuid,
    saisineId: saisine.id,
    saisineOrgId: target.id,
    saisineReference: reference,
    entryId: entry?.id ?? someUuid,
    entryEvidence: entry?.evidenceFileName ?? "",
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
    notifications: sorted(await byOrg(schema.notifications)),
    views: sorted(await byOrg(schema.saisineViews)),
    preferences: sorted(await byOrg(schema.notificationPreferences)),
    finalCounts: sorted(await byOrg(schema.saisineFinalCounts)),
    indicatorEntries: sorted(await byOrg(schema.indicatorEntries)),
    saisineStats: sorted(await byOrg(schema.saisineStats)),
  };
}

export const pairs: [attacker: string, victim: string][] = [
  ["begles", "pessac"], // two communes of one operator
  ["begles", "redon"], // a commune and another operator's commune
  ["begles", "bordeaux-metropole"], // a commune and its own operator
  ["bordeaux-metropole", "redon-agglomeration"], // two operators
  ["bordeaux-metropole", "redon"], // an operator and another operator's member
  ["redon-agglomeration", "begles"],
];

/** Each attacker gets a function with every permission of its side, and a person holding it. */
export async function armAttackers(h: Harness) {
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
  const cookies = new Map<string, string>();
  for (const slug of new Set(pairs.map(([a]) => a)))
    cookies.set(slug, await h.signIn(`attaquant@${slug}.test`));
  return cookies;
}

/** Each victim gets a token of its own, created by its own administrator. */
export async function prepareVictims(h: Harness) {
  const victims = new Map<string, Victim>();
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
  return victims;
}

/** Everything that belongs to a tenant, as the database holds it. */
export const tenantSnapshot = (
  h: Harness,
  orgId: string,
  contractId: string,
  saisineOrgId: string,
) =>
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
      .where(or(eq(schema.memberships.orgId, orgId), eq(schema.memberships.contractId, contractId)))
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
