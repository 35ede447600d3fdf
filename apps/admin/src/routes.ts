/**
 * The admin SPA's pages (paths below /admin): whether it needs a session, the permission it needs
 * (any of), and its label in the main navigation. The server serves index.html for exactly these
 * paths (apps/api/src/http/spa-routes.ts): keep the two in step.
 */
import { type SharedRouteId, type SpaRoute, sharedRoutes } from "@mutu/web/routes";
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

const shared = sharedRoutes(messages.nav);

export const routes: readonly SpaRoute<RouteId>[] = [
  { id: "dashboard", path: "/", nav: messages.nav.home },
  ...shared.session,
  {
    id: "organisations",
    path: "/organisations",
    anyOf: ["org.read"],
    nav: messages.nav.organisations,
  },
  { id: "people", path: "/personnes", anyOf: ["people.read"], nav: messages.nav.people },
  { id: "tokens", path: "/jetons", anyOf: ["tokens.manage"], nav: messages.nav.tokens },
  { id: "audit", path: "/journal", anyOf: ["audit.read"], nav: messages.nav.audit },
  // Contracts: a list, then one contract (?id=) or one amendment (?id=).
  { id: "contracts", path: "/contrats", anyOf: ["contracts.read"], nav: messages.nav.contracts },
  { id: "contract", path: "/contrats/contrat", anyOf: ["contracts.read"] },
  { id: "amendment", path: "/contrats/avenant", anyOf: ["contracts.read"] },
  // Memberships of the convention de service commun: the list, then one member (?commune=).
  {
    id: "memberships",
    path: "/adhesions",
    anyOf: ["contracts.read"],
    nav: messages.nav.memberships,
  },
  { id: "membership", path: "/adhesions/adhesion", anyOf: ["contracts.read"] },
  // Saisines: the call centre's queue, registering one, one saisine (?id=), arbitrations, recap.
  { id: "saisines", path: "/saisines", anyOf: ["saisines.manage"], nav: messages.nav.saisines },
  { id: "registerSaisine", path: "/saisines/enregistrer", anyOf: ["saisines.manage"] },
  { id: "saisine", path: "/saisines/saisine", anyOf: ["saisines.read", "saisines.manage"] },
  { id: "arbitrations", path: "/saisines/arbitrages", anyOf: ["saisines.read"] },
  { id: "saisinesRecap", path: "/saisines/bilan", anyOf: ["saisines.read"] },
  // Projects of the members: by commune and year, then one project (?id=).
  { id: "projects", path: "/projets", anyOf: ["projects.manage"], nav: messages.nav.projects },
  { id: "project", path: "/projets/projet", anyOf: ["projects.manage"] },
  // RGPD registers (?commune= chooses the organisation whose registers are shown; ?id= a record),
  // and what the Métropole keeps for all its communes.
  ...rgpdRoutes(messages.nav.rgpd),
  { id: "rgpdSharedEditor", path: "/rgpd/traitements-partages/traitement", anyOf: ["rgpd.read"] },
  { id: "rgpdVendors", path: "/rgpd/prestataires", anyOf: ["rgpd.read"] },
  { id: "rgpdReferential", path: "/rgpd/referentiel", anyOf: ["rgpd.read"] },
  // Following the contracts: every commune's dashboard, then each commune's indicators.
  {
    id: "communesDashboard",
    path: "/tableau-de-bord",
    anyOf: ["indicators.read"],
    nav: messages.nav.communesDashboard,
  },
  {
    id: "indicators",
    path: "/indicateurs",
    anyOf: ["indicators.read"],
    nav: messages.nav.indicators,
  },
  // Annual evaluation reports: a year's list, then one commune's report (?commune=&annee=).
  ...shared.reports,
  // Governance: the calendar of a commune's bodies (?commune=&annee=), then one meeting (?id=); the account; a forgotten password.
  ...shared.closing,
];

/** The base the SPA is served under (Vite `base`, the router's `base`). */
export const basePath = "/admin";
