/**
 * The admin SPA's pages (paths below /admin): whether it needs a session, the permission it needs
 * (any of), and its label in the main navigation. The server serves index.html for exactly these
 * paths (apps/api/src/http/spa-routes.ts): keep the two in step.
 */
import { inNavGroup, type SharedRouteId, type SpaRoute, sharedRoutes } from "@mutu/web/routes";
import { type RgpdRouteId, rgpdRoutes } from "@mutu/web/rgpd-routes";
import { messages } from "./messages.ts";

export type RouteId =
  | "dashboard"
  | SharedRouteId
  | "organisations"
  | "people"
  | "tokens"
  | "audit"
  | "contracts"
  | "contract"
  | "amendment"
  | "memberships"
  | "membership"
  | "saisines"
  | "registerSaisine"
  | "saisine"
  | "arbitrations"
  | "saisinesRecap"
  | "projects"
  | "project"
  | RgpdRouteId
  | "rgpdSharedEditor"
  | "rgpdVendors"
  | "rgpdReferential"
  | "communesDashboard"
  | "indicators";

const nav = messages.nav;
const shared = sharedRoutes(nav);

export const routes: readonly SpaRoute<RouteId>[] = [
  { id: "dashboard", path: "/", nav: nav.home },
  ...shared.session,
  // Saisines: the call centre's queue, registering one, one saisine (?id=), arbitrations, recap.
  { id: "saisines", path: "/saisines", anyOf: ["saisines.manage"], nav: nav.saisines },
  { id: "registerSaisine", path: "/saisines/enregistrer", anyOf: ["saisines.manage"] },
  { id: "saisine", path: "/saisines/saisine", anyOf: ["saisines.read", "saisines.manage"] },
  { id: "arbitrations", path: "/saisines/arbitrages", anyOf: ["saisines.read"] },
  { id: "saisinesRecap", path: "/saisines/bilan", anyOf: ["saisines.read"] },
  // Following the contracts: every commune's dashboard, each commune's indicators, the annual
  // evaluation reports (a year's list, then one commune's report ?commune=&annee=).
  ...inNavGroup(nav.groups.monitoring, [
    {
      id: "communesDashboard",
      path: "/tableau-de-bord",
      anyOf: ["indicators.read"],
      nav: nav.communesDashboard,
    },
    { id: "indicators", path: "/indicateurs", anyOf: ["indicators.read"], nav: nav.indicators },
    ...shared.reports,
  ] satisfies SpaRoute<RouteId>[]),
  // Contracts: a list, then one contract (?id=) or one amendment (?id=).
  { id: "contracts", path: "/contrats", anyOf: ["contracts.read"], nav: nav.contracts },
  { id: "contract", path: "/contrats/contrat", anyOf: ["contracts.read"] },
  { id: "amendment", path: "/contrats/avenant", anyOf: ["contracts.read"] },
  // Memberships of the convention de service commun: the list, then one member (?commune=).
  { id: "memberships", path: "/adhesions", anyOf: ["contracts.read"], nav: nav.memberships },
  { id: "membership", path: "/adhesions/adhesion", anyOf: ["contracts.read"] },
  // Projects of the members: by commune and year, then one project (?id=).
  { id: "projects", path: "/projets", anyOf: ["projects.manage"], nav: nav.projects },
  { id: "project", path: "/projets/projet", anyOf: ["projects.manage"] },
  // Governance: the calendar of a commune's bodies (?commune=&annee=), then one meeting (?id=).
  ...shared.meetings,
  // RGPD registers (?commune= chooses the organisation whose registers are shown; ?id= a record),
  // and what the Métropole keeps for all its communes.
  ...rgpdRoutes(nav.rgpd),
  { id: "rgpdSharedEditor", path: "/rgpd/traitements-partages/traitement", anyOf: ["rgpd.read"] },
  { id: "rgpdVendors", path: "/rgpd/prestataires", anyOf: ["rgpd.read"] },
  { id: "rgpdReferential", path: "/rgpd/referentiel", anyOf: ["rgpd.read"] },
  // Running the service: the organisations, their people, the API tokens, the audit journal.
  ...inNavGroup(nav.groups.administration, [
    { id: "organisations", path: "/organisations", anyOf: ["org.read"], nav: nav.organisations },
    { id: "people", path: "/personnes", anyOf: ["people.read"], nav: nav.people },
    { id: "tokens", path: "/jetons", anyOf: ["tokens.manage"], nav: nav.tokens },
    { id: "audit", path: "/journal", anyOf: ["audit.read"], nav: nav.audit },
  ] satisfies SpaRoute<RouteId>[]),
  // The account; a forgotten password.
  ...shared.closing,
];

/** The base the SPA is served under (Vite `base`, the router's `base`). */
export const basePath = "/admin";
