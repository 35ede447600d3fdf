/**
 * The admin SPA's pages (paths below /admin): whether it needs a session, the permission it needs
 * (any of), and its label in the main navigation. The server serves index.html for exactly these
 * paths (apps/api/src/http/spa-routes.ts): keep the two in step.
 */
import type { SpaRoute } from "@mutu/web";
import { messages } from "./messages.ts";

export type RouteId =
  | "dashboard"
  | "signIn"
  | "notifications"
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
  | "communesDashboard"
  | "indicators"
  | "account"
  | "passwordReset"
  | "newPassword";

export const routes: readonly SpaRoute<RouteId>[] = [
  { id: "dashboard", path: "/", nav: messages.nav.home },
  { id: "signIn", path: "/connexion", public: true },
  // Notifications: the inbox and the choice of email, reached from the header of every page.
  { id: "notifications", path: "/notifications" },
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
  { id: "arbitrations", path: "/arbitrages", anyOf: ["saisines.read"] },
  { id: "saisinesRecap", path: "/saisines/bilan", anyOf: ["saisines.read"] },
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
  { id: "account", path: "/compte", nav: messages.nav.account },
  // A forgotten password: asking for a link, then choosing a new one from it.
  { id: "passwordReset", path: "/mot-de-passe", public: true },
  { id: "newPassword", path: "/mot-de-passe/nouveau", public: true },
];

/** The base the SPA is served under (Vite `base`, the router's `base`). */
export const basePath = "/admin";
