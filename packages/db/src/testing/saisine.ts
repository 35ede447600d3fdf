/**
 * A saisine written straight into the table (the db tests' own, not the API's filing): the
 * fields the counts read, with plain defaults; `fields` overrides them.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { contractVersions, saisines } from "../schema/index.ts";

let serial = 0;

export async function insertSaisine(
  tx: Tx,
  ids: Record<string, string>,
  orgSlug: string,
  fields: Partial<typeof saisines.$inferInsert> = {},
): Promise<string> {
  const orgId = ids[orgSlug] ?? "";
  const [version] = await tx
    .select({ id: contractVersions.id })
    .from(contractVersions)
    .where(eq(contractVersions.orgId, orgId))
    .limit(1);
  const [row] = await tx
    .insert(saisines)
    .values({
      orgId,
      operatorId: ids["bordeaux-metropole"] ?? "",
      reference: `TST-2026-${String(++serial).padStart(6, "0")}`,
      type: "incident",
      subDomain: "C",
      nature: "ordinaire",
      criticality: "non-bloquant",
      title: "Poste de travail hors service",
      channel: "portail",
      status: "nouvelle",
      filedByLabel: "Agent",
      filedByOrgId: orgId,
      annexVersionId: version?.id ?? "",
      sharedServiceFunction: "Centre d'appel",
      proximityCentre: false,
      needsQualification: false,
      ...fields,
    })
    .returning({ id: saisines.id });
  return row?.id ?? "";
}
