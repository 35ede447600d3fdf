/**
 * The client-side routes of each SPA: these paths get the SPA's index.html, anything else is a 404.
 * Keep in step with the SPAs' route tables (apps/commune/src/routes.ts, apps/admin/src/routes.ts);
 * the browser tests visit each of them.
 */
export const communeRoutes = [
  "/",
  "/connexion",
  "/notifications",
  "/contrat",
  "/indicateurs",
  "/saisines",
  "/compte",
  "/mot-de-passe",
];
export const adminRoutes = [
  "/",
  "/connexion",
  "/notifications",
  "/organisations",
  "/personnes",
  "/jetons",
  "/journal",
  "/contrats",
  "/adhesions",
  "/saisines",
  "/arbitrages",
  "/compte",
  "/mot-de-passe",
  "/indicateurs",
  "/tableau-de-bord",
];

export function isClientRoute(routes: readonly string[], path: string) {
  const clean = path.replace(/\/+$/, "") || "/";
  return routes.some((r) => clean === r || (r !== "/" && clean.startsWith(`${r}/`)));
}
