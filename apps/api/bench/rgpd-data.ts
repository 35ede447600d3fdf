/**
 * The RGPD bench's data: Bordeaux Métropole brought to 30 communes, each with a DPO who signs in and
 * 300 processing records (each with its DPO's opinion, two retention passes and its first event),
 * then 2,000 breaches and 20,000 requests of data subjects spread over the communes. Written as
 * system work in batches; the records are the demo seed's, renamed and varied.
 */
import {
  firstOperations,
  type ProcessingContent,
  registerColumns,
  retentionChains,
  subjectRequestDeadline,
} from "@mutu/domain";
import { retentionOperationRow } from "@mutu/api";
import { type MutuDb, schema, type Tx, withSystem } from "@mutu/db";
import { eq } from "drizzle-orm";
import { addBenchCommunes, demoOperatorAndFunction } from "./bench-communes.ts";

const COMMUNES = 30;
export const PROCESSINGS_PER_COMMUNE = 300;
const BREACHES = 2_000;
const REQUESTS = 20_000;

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** The communes of the bench and their DPO's emails (the first twelve are the demo's). */
async function communesWithDpo(tx: Tx) {
  const { organisations } = schema;
  const demo = await demoOperatorAndFunction(tx, "commune-dpo");
  const bm = demo.operator;
  const members = await tx.select().from(organisations).where(eq(organisations.operatorId, bm.id));
  const added = await addBenchCommunes(
    tx,
    demo,
    { from: members.length + 1, to: COMMUNES },
    { local: "dpo", label: "DPO", basePopulation: 6000 },
  );
  members.push(...added.map((a) => a.org));
  return { bm, members };
}

export async function seedRgpdBench(db: MutuDb, templates: ProcessingContent[]) {
  return withSystem(db, async (tx) => {
    const { bm, members } = await communesWithDpo(tx);
    const S = schema;
    const today = "2026-06-08";
    for (const org of members) {
      // Start from the demo's numbering, if the commune already has a register.
      const existing = await tx
        .select({ id: S.rgpdProcessings.id })
        .from(S.rgpdProcessings)
        .where(eq(S.rgpdProcessings.orgId, org.id));
      const rows = Array.from({ length: PROCESSINGS_PER_COMMUNE - existing.length }, (_, i) => {
        const template = templates[i % templates.length] as ProcessingContent;
        const content = {
          ...template,
          name: `${template.name} (${i + 1})`,
          service: `Service ${(i % 17) + 1}`,
        };
        const inForce = i % 5 !== 0;
        return {
          orgId: org.id,
          operatorId: bm.id,
          number: existing.length + i + 1,
          status: inForce ? ("in-force" as const) : ("draft" as const),
          content,
          revision: 1,
          ...registerColumns(content, "commune"),
          recordedOn: "2020-01-01",
          inForceOn: inForce ? "2021-01-01" : null,
        };
      });
      await inBatches(rows, 300, async (batch) => {
        const inserted = await tx.insert(S.rgpdProcessings).values(batch).returning({
          id: S.rgpdProcessings.id,
          content: S.rgpdProcessings.content,
          inForceOn: S.rgpdProcessings.inForceOn,
        });
        await tx.insert(S.rgpdOpinions).values(
          inserted.map((p) => ({
            processingId: p.id,
            orgId: org.id,
            revision: 1,
            dpoSide: "operator" as const,
            requestedAt: new Date("2020-12-01T09:00:00Z"),
            requestNote: "",
            requestedByLabel: "Banc",
            givenAt: new Date("2020-12-10T09:00:00Z"),
            outcome: "favourable" as const,
            reservations: [],
            text: "",
            givenByLabel: "DPO",
          })),
        );
        const ops = inserted.flatMap((p) =>
          p.inForceOn
            ? firstOperations(retentionChains(p.content.retention), p.inForceOn, today)
                .slice(0, 2)
                .map((op) => retentionOperationRow({ ...p, orgId: org.id }, op))
            : [],
        );
        if (ops.length) await tx.insert(S.rgpdRetentionOperations).values(ops);
        await tx.insert(S.rgpdEvents).values(
          inserted.map((p) => ({
            orgId: org.id,
            subject: "processing",
            subjectId: p.id,
            at: new Date(),
            kind: "processing-recorded",
            summary: "Traitement inscrit.",
            actorLabel: "Banc",
            actorSide: "system",
          })),
        );
      });
    }
    const actor = { actorLabel: "Banc", actorSide: "system" };
    const counters = new Map<string, number>();
    const next = (kind: string, orgId: string) => {
      const key = `${kind}:${orgId}`;
      const n = (counters.get(key) ?? 100) + 1;
      counters.set(key, n);
      return n;
    };
    /** The keys of record i of a register: its commune (in turn) and its number there. */
    const keysOf = (kind: string, i: number) => {
      const org = members[i % members.length] ?? bm;
      return { orgId: org.id, operatorId: bm.id, number: next(kind, org.id) };
    };
    const breaches = Array.from({ length: BREACHES }, (_, i) => {
      const awareAt = new Date(Date.UTC(2019, 0, 1) + i * 3_600_000 * 29);
      return {
        ...keysOf("breach", i),
        title: `Violation de banc ${i + 1}`,
        description: "Envoi d'un document à un mauvais destinataire.",
        natures: ["confidentiality" as const],
        awareAt,
        handledBy: "metropole" as const,
        processingIds: [],
        personCategories: ["Usagers"],
        dataCategories: ["Identité"],
        consequences: "",
        measuresTaken: "",
        measuresProposed: "",
        riskLevel: i % 3 === 0 ? ("risk" as const) : ("none" as const),
        notifiedAt: i % 3 === 0 ? new Date(awareAt.getTime() + 40 * 3_600_000) : null,
        cnilReference: i % 3 === 0 ? `CNIL-${i}` : null,
        status: "closed" as const,
        closedAt: new Date(awareAt.getTime() + 100 * 3_600_000),
        revision: 1,
        ...actor,
      };
    });
    await inBatches(breaches, 500, (batch) => tx.insert(S.rgpdBreaches).values(batch));
    const requests = Array.from({ length: REQUESTS }, (_, i) => {
      const receivedAt = new Date(Date.UTC(2019, 0, 1) + i * 3_600_000 * 3);
      return {
        ...keysOf("request", i),
        kind: "access" as const,
        receivedAt,
        channel: "courriel" as const,
        requesterName: `Personne ${i}`,
        requesterContact: "",
        details: "Demande d'accès.",
        processingIds: [],
        identityCheck: "verified" as const,
        identityNote: "",
        dueAt: subjectRequestDeadline(receivedAt),
        answeredAt: i % 50 === 0 ? null : new Date(receivedAt.getTime() + 10 * 86_400_000),
        outcome: i % 50 === 0 ? null : ("granted" as const),
        answerSummary: i % 50 === 0 ? null : "Réponse faite.",
        ...actor,
      };
    });
    await inBatches(requests, 1000, (batch) => tx.insert(S.rgpdRequests).values(batch));
    return {
      operatorId: bm.id,
      communes: members.map((m) => ({ id: m.id, slug: m.slug, dpo: `dpo@${m.slug}.mutu-demo.fr` })),
    };
  });
}
