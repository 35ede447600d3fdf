/**
 * The client-side routes of each SPA: these paths get the SPA's index.html, anything else is a 404.
 * Keep in step with the SPAs' route tables (apps/commune/src/routes.ts, apps/admin/src/routes.ts);
 * the browser tests visit each of them.
 */
/** The pages both SPAs have: signing in, the inbox, the account and the shared features. */
const bothSpas = [
  "/",
  "/connexion",
  "/notifications",
  "/indicateurs",
  "/saisines",
  "/rapports",
  "/projets",
  "/rgpd",
  "/gouvernance",
  "/compte",
  "/mot-de-passe",
];
export const communeRoutes = [...bothSpas, "/contrat"];
export const adminRoutes = [
  ...bothSpas,
  "/organisations",
  "/personnes",
  "/jetons",
  "/journal",
  "/contrats",
  "/adhesions",
  "/tableau-de-bord",
];

export function isClientRoute(routes: readonly string[], path: string) {
  const clean = path.replace(/\/+$/, "") || "/";
  return routes.some((r) => clean === r || (r !== "/" && clean.startsWith(`${r}/`)));
}
