/**
 * Demo RGPD registers for Bordeaux Métropole and a few of its communes: the Métropole's register
 * opening on mutu itself, its vendors and « référentiel documentaire » notified to the communes,
 * a shared HR system adopted by three communes (one still to decide on its second version), Bègles'
 * and Pessac's registers, a breach whose 72 hours are running, a closed one, and requests of data
 * subjects. Dates are relative to the seed's day where a clock runs. Idempotent: nothing is written
 * once the Métropole has a register.
 */
import {
  addDays,
  addMonths,
  firstOperations,
  nextOperation,
  parisDate,
  type ProcessingContent,
  registerColumns,
  retentionChains,
} from "@mutu/domain";
import { eq } from "drizzle-orm";
import type { Tx } from "../client.ts";
import {
  organisations,
  rgpdEvents,
  rgpdOpinions,
  rgpdProcessings,
  rgpdRetentionOperations,
  rgpdSharedProcessings,
  rgpdSharedProposals,
  rgpdSharedVersions,
} from "../schema/index.ts";
import { auditSeeded, HOUR, type Org, SEED, SEED_LABEL } from "./seed-actor.ts";
import { communeRecords } from "./rgpd-commune-records.ts";
import { seedBeglesFile, seedReferential, seedVendors } from "./rgpd-file.ts";
import { metropoleHr, mutuProcessing, sharedHr, sharedHrV2 } from "./rgpd-records.ts";

/**
 * A processing's retention passes as the years left them: the last yearly pass carried out (an
 * erasure after the commune confirmed it), the next one to come — spread over the coming months
 * by the record's number, so the schedule is not one crowded day.
 */
function retentionHistory(
  org: Org,
  processingId: string,
  content: ProcessingContent,
  inForceOn: string,
  today: string,
  number: number,
) {
  const anchor = addMonths(today, -(6 + (number % 6)));
  const rows = [];
  for (const op of firstOperations(retentionChains(content.retention), inForceOn, anchor)) {
    const base = {
      orgId: org.id,
      processingId,
      chainKey: op.key,
      data: op.data,
      fromEvent: op.from,
      months: op.months,
      action: op.action,
      final: op.final,
    };
    if (op.dueOn > today) {
      rows.push({ ...base, dueOn: op.dueOn, cutoffOn: op.cutoffOn, status: "planned" as const });
      continue;
    }
    const at = new Date(`${op.dueOn}T09:00:00Z`);
    const confirmed = op.action === "erase" && org.kind === "commune";
    rows.push({
      ...base,
      dueOn: op.dueOn,
      cutoffOn: op.cutoffOn,
      status: "done" as const,
      ...(confirmed
        ? {
            informedAt: new Date(at.getTime() - 30 * 24 * HOUR),
            informedBy: "DGNSI — exploitation",
            confirmedAt: new Date(at.getTime() - 20 * 24 * HOUR),
            confirmedBy: "DGS de la commune",
          }
        : {}),
      doneAt: at,
      doneBy: "DGNSI — exploitation",
      doneNote:
        "Passe annuelle réalisée par l'outil ; volume consigné au procès-verbal d'exploitation.",
    });
    const next = nextOperation(op, op.dueOn);
    rows.push({ ...base, dueOn: next.dueOn, cutoffOn: next.cutoffOn, status: "planned" as const });
  }
  return rows;
}

/** An opinion asked a month before implementation, or a week ago for one still awaited. */
const opinionAsked = (inForceOn: string | null, now: Date) =>
  inForceOn
    ? new Date(`${addDays(inForceOn, -30)}T08:00:00Z`)
    : new Date(now.getTime() - 6 * 24 * HOUR);

export async function seedDemoRgpd(tx: Tx, now: Date): Promise<boolean> {
  const orgs = await tx.select().from(organisations);
  const bySlug = new Map(orgs.map((o) => [o.slug, o]));
  const bm = bySlug.get("bordeaux-metropole");
  if (!bm) return false;
  const [existing] = await tx
    .select({ id: rgpdProcessings.id })
    .from(rgpdProcessings)
    .where(eq(rgpdProcessings.orgId, bm.id))
    .limit(1);
  if (existing) return false;
  const today = parisDate(now);
  const vendors = await seedVendors(tx, bm);
  const numbers = new Map<string, number>();

  async function add(
    org: Org,
    content: ProcessingContent,
    state: {
      status: "draft" | "awaiting-opinion" | "in-force";
      inForceOn: string | null;
      shared?: { id: string; version: number };
    },
  ) {
    const number = (numbers.get(org.id) ?? 0) + 1;
    numbers.set(org.id, number);
    const [row] = await tx
      .insert(rgpdProcessings)
      .values({
        orgId: org.id,
        operatorId: bm?.id ?? org.id,
        number,
        status: state.status,
        content,
        revision: 1,
        ...registerColumns(content, org.kind),
        sharedId: state.shared?.id ?? null,
        sharedVersion: state.shared?.version ?? null,
        recordedOn: state.inForceOn ?? today,
        inForceOn: state.inForceOn,
      })
      .returning();
    if (!row) throw new Error("seed: processing");
    const inventoried = content.path === "legacy" || content.path === "outside-process";
    if (state.status === "awaiting-opinion" || (state.status === "in-force" && !inventoried))
      await tx.insert(rgpdOpinions).values({
        processingId: row.id,
        orgId: org.id,
        revision: 1,
        dpoSide: "operator",
        requestedAt: opinionAsked(state.inForceOn, now),
        requestNote: "",
        requestedByLabel: SEED_LABEL,
        ...(state.status === "in-force"
          ? {
              givenAt: new Date(opinionAsked(state.inForceOn, now).getTime() + 8 * 24 * HOUR),
              outcome: "favourable" as const,
              reservations: [],
              text: "Avis repris du registre tenu avant mutu.",
              givenByLabel: "DPO de la Métropole",
            }
          : {}),
      });
    if (state.inForceOn)
      await tx
        .insert(rgpdRetentionOperations)
        .values(retentionHistory(org, row.id, content, state.inForceOn, today, number));
    await tx.insert(rgpdEvents).values({
      orgId: org.id,
      subject: "processing",
      subjectId: row.id,
      at: now,
      kind: "processing-recorded",
      summary: "Traitement repris du registre tenu avant mutu.",
      ...SEED,
    });
    return row;
  }

  // The Métropole's own register: mutu first.
  await add(bm, mutuProcessing, { status: "in-force", inForceOn: "2026-01-05" });
  await add(bm, metropoleHr, { status: "in-force", inForceOn: "2019-01-01" });

  // The shared HR system, in its second version.
  const [hr] = await tx
    .insert(rgpdSharedProcessings)
    .values({
      orgId: bm.id,
      name: sharedHrV2.name,
      version: 2,
      content: sharedHrV2,
      createdAt: new Date("2023-06-01T08:00:00Z"),
    })
    .returning();
  if (!hr) throw new Error("seed: shared");
  await tx.insert(rgpdSharedVersions).values([
    {
      sharedId: hr.id,
      orgId: bm.id,
      version: 1,
      content: sharedHr,
      changeNote: "Première version.",
      ...SEED,
      createdAt: new Date("2023-06-01T08:00:00Z"),
    },
    {
      sharedId: hr.id,
      orgId: bm.id,
      version: 2,
      content: sharedHrV2,
      changeNote: "Sauvegardes chiffrées depuis le nouvel hébergement.",
      ...SEED,
      createdAt: new Date("2025-11-03T08:00:00Z"),
    },
  ]);

  const begles = bySlug.get("begles");
  const pessac = bySlug.get("pessac");
  const merignac = bySlug.get("merignac");
  for (const org of [begles, pessac, merignac]) {
    if (!org) continue;
    const version = org === begles ? 1 : 2;
    const content = {
      ...(version === 1 ? sharedHr : sharedHrV2),
      service: "Ressources humaines",
      estimatedPersons: org === begles ? 610 : 1_400,
    };
    const adopted = await add(org, content, {
      status: "in-force",
      inForceOn: "2023-09-01",
      shared: { id: hr.id, version },
    });
    if (version === 1)
      await tx.insert(rgpdSharedProposals).values({
        orgId: org.id,
        processingId: adopted.id,
        sharedId: hr.id,
        fromVersion: 1,
        toVersion: 2,
        status: "pending",
        createdAt: new Date("2025-11-03T08:00:00Z"),
      });
  }
  for (const org of [begles, pessac]) {
    if (!org) continue;
    const records = communeRecords(vendors);
    for (const r of org === begles ? records : records.slice(0, 3)) await add(org, r.content, r);
  }
  if (begles) await seedBeglesFile(tx, bm, begles, now);
  await seedReferential(
    tx,
    bm,
    orgs.filter((o) => o.operatorId === bm.id),
  );
  await auditSeeded(tx, bm, "seed.demo-rgpd", { communes: numbers.size });
  return true;
}
