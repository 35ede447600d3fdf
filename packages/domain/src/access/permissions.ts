/**
 * Permissions are data: a function (DGS, call-centre agent, DPO…) grants a set of these codes,
 * and procedures ask for a code, never for a function name.
 */
import { z } from "zod";
import type { OrgKind } from "../organisations/schema.ts";
import { PERMISSIONS, type Permission, permissionLabels } from "./permission-codes.ts";

export { PERMISSIONS, type Permission, permissionLabels } from "./permission-codes.ts";

export const permissionSchema = z.enum(PERMISSIONS, {
  error: (issue) => `Permission inconnue : ${String(issue.input)}.`,
});

/** The union of what a set of functions grants. */
export function permissionsOf(functions: ReadonlyArray<{ permissions: readonly string[] }>) {
  const known = new Set<string>(PERMISSIONS);
  const granted = new Set<Permission>();
  for (const fn of functions) {
    for (const p of fn.permissions) if (known.has(p)) granted.add(p as Permission);
  }
  return [...granted].sort();
}

/** A token may only carry permissions its creator holds. */
export function missingPermissions(held: readonly Permission[], wanted: readonly Permission[]) {
  const set = new Set(held);
  return wanted.filter((p) => !set.has(p));
}

/**
 * What only the service commun does — run the organisations, change contracts, handle saisines —
 * whoever holds it elsewhere: a commune's token can never carry these, as a commune can never be
 * given an operator's function.
 */
export const OPERATOR_ONLY_PERMISSIONS = [
  "org.manage",
  "contracts.manage",
  "saisines.manage",
  "projects.manage",
] as const satisfies readonly Permission[];

/** The permissions asked for that an organisation of this kind cannot hold. */
export function permissionsBeyondKind(kind: OrgKind, wanted: readonly Permission[]): Permission[] {
  if (kind === "operator") return [];
  const reserved = new Set<Permission>(OPERATOR_ONLY_PERMISSIONS);
  return wanted.filter((p) => reserved.has(p));
}

/** « Réservées au service commun : Traiter les saisines, Modifier les contrats. » */
export const reservedToOperatorMessage = (permissions: readonly Permission[]) =>
  `Réservées au service commun : ${permissions.map((p) => permissionLabels[p]).join(", ")}.`;
