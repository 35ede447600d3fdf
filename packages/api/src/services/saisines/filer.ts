/**
 * The labels of the functions a saisine's requester holds, in order: what the annex's matrix
 * routes a saisine by (the domain's Filer), at filing and again at qualification.
 */
import { schema, type Tx } from "@mutu/db";
import { asc, eq } from "drizzle-orm";

const { functions, personFunctions } = schema;

export async function functionLabelsOf(tx: Tx, personId: string) {
  const held = await tx
    .select({ label: functions.label })
    .from(personFunctions)
    .innerJoin(functions, eq(functions.id, personFunctions.functionId))
    .where(eq(personFunctions.personId, personId))
    .orderBy(asc(functions.label));
  return held.map((h) => h.label);
}
