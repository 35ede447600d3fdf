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
      "Seul le service commun planifie les réunions et en consigne les comptes rendus : adressez-vous à votre référent.",
    );
}

/**
 * The organisation a governance page is about: a commune, or the operator for its shared bodies.
 * What the caller may see is an operator's own id or its communes, so the kind is known before
 * reading the row (the page's reads then go out together).
 */
export function governedOrgRef(caller: Caller, orgId: string | undefined) {
  const id = orgId ?? (caller.org.kind === "operator" ? caller.org.id : targetOrgId(caller, orgId));
  assertVisibleOrg(caller, id);
  return { id, kind: id === caller.operatorId ? ("operator" as const) : ("commune" as const) };
}

export async function governedOrg(tx: Tx, caller: Caller, orgId: string | undefined) {
  const ref = governedOrgRef(caller, orgId);
  const [org] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, ref.id));
  if (!org) throw notFound("Organisation");
  return { ...org, kind: ref.kind } satisfies GovernedOrg;
}
