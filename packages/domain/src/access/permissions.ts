/**
 * Permissions are data: a function (DGS, call-centre agent, DPO…) grants a set of these codes,
 * and procedures ask for a code, never for a function name.
 */
import { z } from "zod";
import { PERMISSIONS, type Permission } from "./permission-codes.ts";

export { PERMISSIONS, type Permission, permissionLabels } from "./permission-codes.ts";

export const permissionSchema = z.enum(PERMISSIONS, {
  error: (issue) => `Permission inconnue : ${String(issue.input)}.`,
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
