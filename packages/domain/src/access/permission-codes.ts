/**
 * Permission codes and their French labels, without zod: the SPAs import these to show what a
 * person may do, and should not pay for a validation library to do so.
 */
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
  "indicators.read",
  "indicators.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

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
  "indicators.read": "Consulter les indicateurs du contrat et les tableaux de bord",
  "indicators.manage": "Saisir les mesures des indicateurs",
};
