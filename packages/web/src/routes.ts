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
  /**
   * The group of the main navigation the page's link sits in: a button of that name opens the
   * group's links. The group stands where its first page stands in the table.
   */
  navGroup?: string;
};

/** The same pages, their links gathered under one group of the main navigation. */
export function inNavGroup<R extends SpaRoute>(navGroup: string, routes: readonly R[]): R[] {
  return routes.map((route) => (route.nav ? { ...route, navGroup } : route));
}

export const signInPath = "/connexion";

type SessionRouteId = "signIn" | "notifications";
type ReportRouteId = "reports" | "report";
type MeetingRouteId = "meetings" | "meeting";
type ClosingRouteId = "account" | "passwordReset" | "newPassword";

/** The pages both spaces have, each group spread where it stands in the space's table. */
export type SharedRouteId = SessionRouteId | ReportRouteId | MeetingRouteId | ClosingRouteId;

export function sharedRoutes(nav: { reports: string; meetings: string; account: string }) {
  return {
    /** Before the space's own: signing in, and the notifications reached from the header. */
    session: [
      { id: "signIn", path: signInPath, public: true },
      { id: "notifications", path: "/notifications" },
    ] satisfies SpaRoute<SessionRouteId>[],
    /** Annual evaluation reports: the list, then one (?annee=, and ?commune= for the Métropole). */
    reports: [
      { id: "reports", path: "/rapports", anyOf: ["contracts.read"], nav: nav.reports },
      { id: "report", path: "/rapports/rapport", anyOf: ["contracts.read"] },
    ] satisfies SpaRoute<ReportRouteId>[],
    /** Governance: the calendar of the bodies, then one meeting (?id=). */
    meetings: [
      { id: "meetings", path: "/gouvernance", anyOf: ["contracts.read"], nav: nav.meetings },
      { id: "meeting", path: "/gouvernance/reunion", anyOf: ["contracts.read"] },
    ] satisfies SpaRoute<MeetingRouteId>[],
    /** Last: the account, and a forgotten password (asking for a link, then choosing a new one). */
    closing: [
      { id: "account", path: "/compte", nav: nav.account },
      { id: "passwordReset", path: "/mot-de-passe", public: true },
      { id: "newPassword", path: "/mot-de-passe/nouveau", public: true },
    ] satisfies SpaRoute<ClosingRouteId>[],
  };
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

/** Where to go after signing in: the page asked, if it is one of ours; the home page otherwise. */
export function returnPath(routes: readonly SpaRoute[], search: URLSearchParams): string {
  const asked = search.get("retour") ?? "/";
  const path = asked.split(/[?#]/)[0] ?? "/";
  const route =
    asked.startsWith("/") && !asked.startsWith("//") ? findRoute(routes, path) : undefined;
  return route && !route.public ? asked : "/";
}
