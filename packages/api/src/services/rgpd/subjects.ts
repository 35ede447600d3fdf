/**
 * The record a document, a consultation or an event is about, found under the caller's tenancy: its
 * organisation, or « introuvable » when it does not exist or is another tenant's.
 */
import type { DocumentSubject } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Caller } from "../../auth/caller.ts";
import { notFound } from "../../errors.ts";
import { assertOperator } from "./context.ts";

const {
  rgpdBreaches,
  rgpdProcessings,
  rgpdReferenceDocuments,
  rgpdRequests,
  rgpdRetentionOperations,
} = schema;

const TABLES: Record<DocumentSubject, [PgTable & { id: PgColumn; orgId: PgColumn }, string]> = {
  processing: [rgpdProcessings, "Traitement"],
  breach: [rgpdBreaches, "Violation"],
  request: [rgpdRequests, "Demande"],
  retention: [rgpdRetentionOperations, "Opération de fin de conservation"],
  reference: [rgpdReferenceDocuments, "Document du référentiel"],
};

export async function subjectOrg(
  tx: Tx,
  caller: Caller,
  subject: DocumentSubject,
  subjectId: string,
): Promise<string> {
  if (subject === "reference") assertOperator(caller, "Le référentiel documentaire");
  const [table, what] = TABLES[subject];
  const [row] = await tx.select({ orgId: table.orgId }).from(table).where(eq(table.id, subjectId));
  if (!row || !caller.visibleOrgIds.includes(row.orgId as string)) throw notFound(what);
  return row.orgId as string;
}
