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
  | "notifications"
  | "contract"
  | "contractDiff"
  | "indicators"
  | "saisines"
  | "newSaisine"
  | "saisine"
  | "saisinesRecap"
  | "account"
  | "passwordReset"
  | "newPassword";

export const routes: readonly SpaRoute<RouteId>[] = [
  { id: "home", path: "/", nav: messages.nav.home },
  { id: "signIn", path: "/connexion", public: true },
  // Notifications: the inbox and the choice of email, reached from the header of every page.
  { id: "notifications", path: "/notifications" },
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
  { id: "account", path: "/compte", nav: messages.nav.account },
  // A forgotten password: asking for a link, then choosing a new one from it.
  { id: "passwordReset", path: "/mot-de-passe", public: true },
  { id: "newPassword", path: "/mot-de-passe/nouveau", public: true },
];
