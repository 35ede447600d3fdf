/**
 * The commune SPA's pages: path, whether it needs a session, the permission it needs (any of),
 * and its label in the main navigation. The server serves index.html for exactly these paths
 * (apps/api/src/http/spa-routes.ts): keep the two in step.
 */
import type { SpaRoute } from "@mutu/web";
import { messages } from "./messages.ts";

export type RouteId =
  | "home"
  | "signIn"
  | "contract"
  | "contractDiff"
  | "saisines"
  | "newSaisine"
  | "saisine"
  | "rgpd"
  | "rgpdProcessings"
  | "rgpdProcessing"
  | "rgpdNewProcessing"
  | "rgpdEditProcessing"
  | "rgpdShared"
  | "rgpdBreaches"
  | "rgpdBreach"
  | "rgpdNewBreach"
  | "rgpdRequests"
  | "rgpdRequest"
  | "rgpdNewRequest"
  | "rgpdRetention"
  | "rgpdProcessorRegister"
  | "rgpdOrganisation"
  | "account";

export const routes: readonly SpaRoute<RouteId>[] = [
  { id: "home", path: "/", nav: messages.nav.home },
  { id: "signIn", path: "/connexion", public: true },
  { id: "contract", path: "/contrat", anyOf: ["contracts.read"], nav: messages.nav.contract },
  { id: "contractDiff", path: "/contrat/comparer", anyOf: ["contracts.read"] },
  // Saisines: the list, filing a new one, then one saisine (?id=).
  {
    id: "saisines",
    path: "/saisines",
    anyOf: ["saisines.read", "saisines.create"],
    nav: messages.nav.saisines,
  },
  { id: "newSaisine", path: "/saisines/nouvelle", anyOf: ["saisines.create"] },
  { id: "saisine", path: "/saisines/saisine", anyOf: ["saisines.read", "saisines.create"] },
  // The commune's RGPD registers: its home, then each register (?id= a record).
  { id: "rgpd", path: "/rgpd", anyOf: ["rgpd.read"], nav: messages.nav.rgpd },
  { id: "rgpdProcessings", path: "/rgpd/traitements", anyOf: ["rgpd.read"] },
  { id: "rgpdProcessing", path: "/rgpd/traitements/traitement", anyOf: ["rgpd.read"] },
  { id: "rgpdNewProcessing", path: "/rgpd/traitements/nouveau", anyOf: ["rgpd.manage"] },
  { id: "rgpdEditProcessing", path: "/rgpd/traitements/modifier", anyOf: ["rgpd.manage"] },
  { id: "rgpdShared", path: "/rgpd/traitements-partages", anyOf: ["rgpd.read"] },
  { id: "rgpdBreaches", path: "/rgpd/violations", anyOf: ["rgpd.read"] },
  { id: "rgpdBreach", path: "/rgpd/violations/violation", anyOf: ["rgpd.read"] },
  { id: "rgpdNewBreach", path: "/rgpd/violations/nouvelle", anyOf: ["rgpd.manage"] },
  { id: "rgpdRequests", path: "/rgpd/demandes", anyOf: ["rgpd.read"] },
  { id: "rgpdRequest", path: "/rgpd/demandes/demande", anyOf: ["rgpd.read"] },
  { id: "rgpdNewRequest", path: "/rgpd/demandes/nouvelle", anyOf: ["rgpd.manage"] },
  { id: "rgpdRetention", path: "/rgpd/conservation", anyOf: ["rgpd.read"] },
  { id: "rgpdProcessorRegister", path: "/rgpd/sous-traitance", anyOf: ["rgpd.read"] },
  { id: "rgpdOrganisation", path: "/rgpd/organisation", anyOf: ["rgpd.read"] },
  { id: "account", path: "/compte", nav: messages.nav.account },
];
