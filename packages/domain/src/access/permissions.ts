/**
 * Permissions are data: a function (DGS, call-centre agent, DPO…) grants a set of these codes,
 * and procedures ask for a code, never for a function name.
 */
import { z } from "zod";

export const PERMISSIONS = [
  "org.read",
  "org.manage",
  "people.read",
  "people.manage",
  "tokens.manage",
  "audit.read",
  "contracts.read",
  "contracts.manage",
  "saisines.read",
  "saisines.create",
  "saisines.manage",
  "rgpd.read",
  "rgpd.manage",
] as const;

export const permissionSchema = z.enum(PERMISSIONS, {
  error: (issue) => `Permission inconnue : ${String(issue.input)}.`,
});
export type Permission = z.infer<typeof permissionSchema>;

/** French labels, shown wherever a permission is listed. */
export const permissionLabels: Record<Permission, string> = {
  "org.read": "Consulter les organisations",
  "org.manage": "Gérer les organisations",
  "people.read": "Consulter les personnes",
  "people.manage": "Gérer les personnes et leurs fonctions",
  "tokens.manage": "Gérer les jetons d'API",
  "audit.read": "Consulter le journal d'audit",
  "contracts.read": "Consulter les contrats",
  "contracts.manage": "Modifier les contrats",
  "saisines.read": "Consulter les saisines",
  "saisines.create": "Déposer des saisines",
  "saisines.manage": "Traiter les saisines",
  "rgpd.read": "Consulter les registres RGPD",
  "rgpd.manage": "Gérer les registres RGPD",
};

/** The union of what a set of functions grants. */
export function permissionsOf(functions: ReadonlyArray<{ permissions: readonly string[] }>) {
  const granted = new Set<Permission>();
  for (const fn of functions) {
    for (const p of fn.permissions) {
      const parsed = permissionSchema.safeParse(p);
      if (parsed.success) granted.add(parsed.data);
    }
  }
  return [...granted].sort();
}

/** A token may only carry permissions its creator holds. */
export function missingPermissions(held: readonly Permission[], wanted: readonly Permission[]) {
  const set = new Set(held);
  return wanted.filter((p) => !set.has(p));
}
