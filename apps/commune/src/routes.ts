/**
 * The commune SPA's pages: path, whether it needs a session, the permission it needs (any of),
 * and its label in the main navigation. The server serves index.html for exactly these paths
 * (apps/api/src/http/spa-routes.ts): keep the two in step.
 */
import { type SharedRouteId, type SpaRoute, sharedRoutes } from "@mutu/web/routes";
import { type RgpdRouteId, rgpdRoutes } from "@mutu/web/rgpd-routes";
import { messages } from "./messages.ts";

export type RouteId =
  | "home"
  | SharedRouteId
  | "contract"
  | "contractDiff"
  | "indicators"
  | "saisines"
  | "newSaisine"
  | "saisine"
  | "saisinesRecap"
  | "projects"
  | "newProject"
  | "project"
  | RgpdRouteId;

const shared = sharedRoutes(messages.nav);

export const routes: readonly SpaRoute<RouteId>[] = [
  { id: "home", path: "/", nav: messages.nav.home },
  ...shared.session,
  { id: "contract", path: "/contrat", anyOf: ["contracts.read"], nav: messages.nav.contract },
  { id: "contractDiff", path: "/contrat/comparer", anyOf: ["contracts.read"] },
  {
    id: "indicators",
    path: "/indicateurs",
    anyOf: ["indicators.read"],
    nav: messages.nav.indicators,
  },
  // Saisines: the list, filing a new one, then one saisine (?id=).
  {
    id: "saisines",
    path: "/saisines",
    anyOf: ["saisines.read", "saisines.create"],
    nav: messages.nav.saisines,
  },
  { id: "newSaisine", path: "/saisines/nouvelle", anyOf: ["saisines.create"] },
  { id: "saisine", path: "/saisines/saisine", anyOf: ["saisines.read", "saisines.create"] },
  // The yearly recap presented at the Conférence territoriale, for the commune's own saisines.
  { id: "saisinesRecap", path: "/saisines/bilan", anyOf: ["saisines.read"] },
  // Annual evaluation reports: every year's, then one (?annee=).
  ...shared.reports,
  // Projects: the commune's indicators and list, filing a fiche projet, then one project (?id=).
  { id: "projects", path: "/projets", anyOf: ["projects.read"], nav: messages.nav.projects },
  { id: "newProject", path: "/projets/nouveau", anyOf: ["projects.file"] },
  { id: "project", path: "/projets/projet", anyOf: ["projects.read"] },
  // The commune's RGPD registers: its home, then each register (?id= a record).
  ...rgpdRoutes(messages.nav.rgpd),
  // Governance: the calendar of the contract's bodies (?annee=), then one meeting (?id=).
  ...shared.meetings,
  // The account; a forgotten password.
  ...shared.closing,
];
