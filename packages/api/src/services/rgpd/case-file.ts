/**
 * What the page of a breach or of a request shows beside the record: its commune's name, the
 * processings it names, the consultations of the commune's services, its evidence and documents.
 */
import { schema, type Tx } from "@mutu/db";
import { eq, inArray } from "drizzle-orm";
import { consultationsOf } from "./breaches.ts";
import { eventsOf } from "./context.ts";
import { documentsOf } from "./documents.ts";

const { organisations, rgpdProcessings } = schema;

export async function caseFileOf(
  tx: Tx,
  row: { id: string; orgId: string; processingIds: string[] },
) {
  const [consultations, events, documents, [org]] = await Promise.all([
    consultationsOf(tx, row.id),
    eventsOf(tx, row.id),
    documentsOf(tx, row.id),
    tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, row.orgId)),
  ]);
  const processings = row.processingIds.length
    ? await tx
        .select({
          id: rgpdProcessings.id,
          number: rgpdProcessings.number,
          name: rgpdProcessings.name,
        })
        .from(rgpdProcessings)
        .where(inArray(rgpdProcessings.id, row.processingIds))
    : [];
  return {
    orgName: org?.name ?? "",
    processings,
    consultations: consultations.map((c) => ({
      id: c.id,
      consultedAt: c.consultedAt,
      service: c.service,
      observations: c.observations,
      recordedBy: c.actorLabel,
    })),
    events,
    documents,
  };
}
