/**
 * What a SPA's route table says of each page, and the lookups both SPAs make in theirs: the page of
 * a path, the sign-in page remembering where to come back to, and where to go after signing in.
 */
import type { Permission } from "@mutu/domain";

export type SpaRoute<Id extends string = string> = {
  id: Id;
  path: string;
  /** Reachable without a session. */
  public?: boolean;
  /** The page needs one of these permissions. */
  anyOf?: readonly Permission[];
  /** Label in the main navigation; absent for pages out of it. */
  nav?: string;
};

export const signInPath = "/connexion";

/** Pages every space has before its own: signing in, and the notifications reached from the header. */
export type SessionRouteId = "signIn" | "notifications";
export const sessionRoutes: readonly SpaRoute<SessionRouteId>[] = [
  { id: "signIn", path: signInPath, public: true },
  { id: "notifications", path: "/notifications" },
];

/** Annual evaluation reports: the list, then one report (?annee=, and ?commune= for the Métropole). */
export type ReportRouteId = "reports" | "report";
export function reportRoutes(nav: string): SpaRoute<ReportRouteId>[] {
  return [
    { id: "reports", path: "/rapports", anyOf: ["contracts.read"], nav },
    { id: "report", path: "/rapports/rapport", anyOf: ["contracts.read"] },
  ];
}

/**
 * Pages every space has after its own: governance (the calendar of the bodies, then one meeting
 * ?id=), the account, and a forgotten password (asking for a link, then choosing a new one).
 */
export type ClosingRouteId = "meetings" | "meeting" | "account" | "passwordReset" | "newPassword";
export function closingRoutes(nav: {
  meetings: string;
  account: string;
}): SpaRoute<ClosingRouteId>[] {
  return [
    { id: "meetings", path: "/gouvernance", anyOf: ["contracts.read"], nav: nav.meetings },
    { id: "meeting", path: "/gouvernance/reunion", anyOf: ["contracts.read"] },
    { id: "account", path: "/compte", nav: nav.account },
    { id: "passwordReset", path: "/mot-de-passe", public: true },
    { id: "newPassword", path: "/mot-de-passe/nouveau", public: true },
  ];
}

export function findRoute<R extends SpaRoute>(routes: readonly R[], path: string): R | undefined {
  return routes.find((route) => route.path === path);
}

/** The page shown, as the sign-in page remembers it (path and query). */
export function pageAsked(path: string, search: URLSearchParams) {
  return `${path}${search.size ? `?${search}` : ""}`;
}

/** The sign-in page, remembering where to come back to. */
export function signInHref(returnTo: string) {
  return returnTo === "/" ? signInPath : `${signInPath}?retour=${encodeURIComponent(returnTo)}`;
}

/** The pages both spaces have, whatever their place in each table. */
export type SharedRouteId = SessionRouteId | ReportRouteId | ClosingRouteId;

/** Where to go after signing in: the page asked, if it is one of ours; the home page otherwise. */
export function returnPath(routes: readonly SpaRoute[], search: URLSearchParams): string {
  const asked = search.get("retour") ?? "/";
  const path = asked.split(/[?#]/)[0] ?? "/";
  const route =
    asked.startsWith("/") && !asked.startsWith("//") ? findRoute(routes, path) : undefined;
  return route && !route.public ? asked : "/";
}
