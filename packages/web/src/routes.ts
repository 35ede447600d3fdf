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
