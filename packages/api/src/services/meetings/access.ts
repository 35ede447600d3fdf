/**
 * Who reads and who writes governance: a commune reads its meetings and actions; the service
 * commun (operator side, « Modifier les contrats ») plans and records them.
 */
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { AppError, notFound } from "../../errors.ts";
import { assertVisibleOrg, targetOrgId } from "../tenant.ts";
import type { GovernedOrg } from "./calendar.ts";

const { organisations } = schema;

export const canManageMeetings = (caller: Caller) =>
  caller.org.kind === "operator" && caller.permissions.includes("contracts.manage");

export function assertCanManage(caller: Caller) {
  if (!canManageMeetings(caller))
    throw new AppError(
      "FORBIDDEN",
      "Seul le service commun planifie les réunions et en consigne les comptes rendus : adressez-vous à votre référent.",
    );
}

/** The organisation a governance page is about: a commune, or the operator for its shared bodies. */
export async function governedOrg(tx: Tx, caller: Caller, orgId: string | undefined) {
  const id = orgId ?? (caller.org.kind === "operator" ? caller.org.id : targetOrgId(caller, orgId));
  assertVisibleOrg(caller, id);
  const [org] = await tx
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, id));
  if (!org) throw notFound("Organisation");
  return org as GovernedOrg;
}
