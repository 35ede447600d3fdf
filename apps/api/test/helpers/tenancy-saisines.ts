/**
 * The tenancy walk's saisine part: a saisine an attacker would aim at, with its pieces, and every
 * saisine row of the victims' organisations, to compare before and after the walk.
 */
import { schema, type Tx } from "@mutu/db";
import { asc, eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { someUuid } from "./tenancy-probes.ts";
import { victimRgpd } from "./tenancy-rgpd.ts";

let victimCount = 0;

/**
 * A saisine an attacker would aim at: the victim's own for a commune, one of its members' (never an
 * attacker's) for an operator — with an internal comment, an attachment, an arbitration and a
 * notification. Written as system work: the probes, not the setup, are under test.
 */
export async function victimSaisine(
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
  /** The victim's keys: its commune, under the saisine's operator. */
  const owned = { orgId: target.id, operatorId: saisine.operatorId };
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
      ...owned,
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
          ...owned,
          recipientId: personId,
          saisineId: saisine.id,
          kind: "sla-warning",
          milestone: "resolution",
          alertKey: `${saisine.id}:resolution:warning`,
          title: `${reference} : alerte de la victime`,
          body: "Alerte de la victime",
        })
        .returning()
    : [];
  const [project] = await tx
    .insert(schema.projects)
    .values({
      ...owned,
      kind: "projet",
      title: "Projet de la victime",
      scope: "communal",
      status: "cadrage",
      fiche: { origin: "Victime" },
      filedAt: now,
      updatedAt: now,
      ...actor,
    })
    .returning();
  const rgpd = await victimRgpd(tx, target, victimCount);
  const [meeting] = await tx
    .insert(schema.meetings)
    .values({
      ...owned,
      body: "comite-suivi",
      label: "Comité de suivi de la victime",
      day: "2025-03-01",
      startsAt: new Date("2025-03-01T09:00:00Z"),
      endsAt: new Date("2025-03-01T10:00:00Z"),
      place: "Salle de la victime",
      agenda: ["Ordre du jour de la victime"],
      status: "planifiee",
    })
    .returning();
  const [action] = meeting
    ? await tx
        .insert(schema.meetingActions)
        .values({
          meetingId: meeting.id,
          ...owned,
          title: "Action de la victime",
          ownerId: personId ?? "",
          ownerLabel: "Victime",
          dueOn: "2025-04-01",
          status: "ouverte",
        })
        .returning()
    : [];
  // A measure entered for the commune, with its evidence file.
  const [entry] = await tx
    .insert(schema.indicatorEntries)
    .values({
      ...owned,
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
  return {
    viewId: view?.id ?? someUuid,
    projectId: project?.id ?? someUuid,
    rgpd,
    meetingId: meeting?.id ?? someUuid,
    meetingActionId: action?.id ?? someUuid,
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
export async function saisineSnapshot(tx: Tx, orgIds: string[]) {
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
    projects: sorted(await byOrg(schema.projects)),
    projectDecisions: sorted(await byOrg(schema.projectDecisions)),
    projectPhases: sorted(await byOrg(schema.projectPhaseChanges)),
    projectEffort: sorted(await byOrg(schema.projectEffort)),
    digitalPlans: sorted(await byOrg(schema.digitalPlans)),
    meetings: sorted(await byOrg(schema.meetings)),
    meetingParticipants: sorted(await byOrg(schema.meetingParticipants)),
    meetingActions: sorted(await byOrg(schema.meetingActions)),
    indicatorEntries: sorted(await byOrg(schema.indicatorEntries)),
    saisineStats: sorted(await byOrg(schema.saisineStats)),
    views: sorted(await byOrg(schema.saisineViews)),
    preferences: sorted(await byOrg(schema.notificationPreferences)),
    finalCounts: sorted(await byOrg(schema.saisineFinalCounts)),
  };
}
