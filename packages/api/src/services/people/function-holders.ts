/**
 * Who holds a function in an organisation: its active people holding the function a code names
 * (its DGS, its DPO, the call centre's heads) or any function granting a permission (those who
 * manage contracts) — the people a service writes to or names on a register.
 */
import type { Permission } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";

const { functions, people, personFunctions } = schema;

/** The function of that code (codes are unique within an operator's catalogue). */
export const functionCoded = (code: string) => eq(functions.code, code);

/** Any function granting that permission. */
export const functionGranting = (permission: Permission) =>
  sql`${permission} = any(${functions.permissions})`;

/** One row per person and function held, by email. */
export function functionHolders(tx: Tx, orgId: string, held: SQL | undefined) {
  return tx
    .select({
      id: people.id,
      name: people.displayName,
      email: people.email,
      function: functions.label,
    })
    .from(personFunctions)
    .innerJoin(functions, eq(functions.id, personFunctions.functionId))
    .innerJoin(people, eq(people.id, personFunctions.personId))
    .where(and(eq(personFunctions.orgId, orgId), held, eq(people.active, true)))
    .orderBy(asc(people.email));
}
