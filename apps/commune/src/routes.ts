/**
 * The commune SPA's pages: path, whether it needs a session, the permission it needs (any of),
 * and its label in the main navigation. The server serves index.html for exactly these paths
 * (apps/api/src/http/spa-routes.ts): keep the two in step.
 */
import type { Permission } from "@mutu/domain";
import { messages } from "./messages.ts";

export type RouteId =
  | "home"
  | "signIn"
  | "contract"
  | "contractDiff"
  | "saisines"
  | "newSaisine"
  | "saisine"
  | "account";

export type AppRoute = {
  id: RouteId;
  path: string;
  /** Reachable without a session. */
  public?: boolean;
  /** The page needs one of these permissions. */
  anyOf?: readonly Permission[];
  /** Label in the main navigation; absent for pages out of it. */
  nav?: string;
};

export const routes: readonly AppRoute[] = [
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
  { id: "account", path: "/compte", nav: messages.nav.account },
];

export const signInPath = "/connexion";

export function findRoute(path: string): AppRoute | undefined {
  return routes.find((route) => route.path === path);
}

/** The sign-in page, remembering where to come back to. */
export function signInHref(returnTo: string) {
  return returnTo === "/" ? signInPath : `${signInPath}?retour=${encodeURIComponent(returnTo)}`;
}

/** Where to go after signing in: the page asked, if it is one of ours; the home page otherwise. */
export function returnPath(search: URLSearchParams): string {
  const asked = search.get("retour") ?? "/";
  const path = asked.split(/[?#]/)[0] ?? "/";
  const route = asked.startsWith("/") && !asked.startsWith("//") ? findRoute(path) : undefined;
  return route && !route.public ? asked : "/";
}
