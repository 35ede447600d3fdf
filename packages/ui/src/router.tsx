/**
 * A tiny History-API router: the current path relative to the app's base (`/admin` or none), links
 * that navigate without reloading, and a navigation counter pages use to move focus to their
 * heading after a client-side navigation (never on the first load).
 */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from "react";

type Snapshot = {
  pathname: string;
  search: string;
  state: unknown;
  navigations: number;
  moveFocus: boolean;
};

const listeners = new Set<() => void>();
let navigations = 0;
let moveFocus = true;
let snapshot: Snapshot | null = null;

function read(): Snapshot {
  return {
    pathname: window.location.pathname,
    search: window.location.search,
    state: window.history.state,
    navigations,
    moveFocus,
  };
}

function current(): Snapshot {
  snapshot ??= read();
  return snapshot;
}

function emit() {
  snapshot = read();
  for (const listener of listeners) listener();
}

function onPopState() {
  navigations++;
  moveFocus = true;
  emit();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("popstate", onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

/**
 * Pages with unsaved work: while one is registered, leaving — an in-app link or navigation,
 * closing or reloading the tab — asks first (the browser's own confirmation).
 */
const leaveGuards = new Set<{ message: string }>();

function mayLeave() {
  const guard = leaveGuards.values().next().value;
  return !guard || window.confirm(guard.message);
}

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (leaveGuards.size === 0) return;
  event.preventDefault();
  // Older browsers show their own text only when this is set.
  event.returnValue = "";
}

/** While `active`, leaving the page asks `message` first. */
export function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const guard = { message };
    if (leaveGuards.size === 0) window.addEventListener("beforeunload", onBeforeUnload);
    leaveGuards.add(guard);
    return () => {
      leaveGuards.delete(guard);
      if (leaveGuards.size === 0) window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [active, message]);
}

export type NavigateOptions = {
  replace?: boolean;
  state?: unknown;
  /** Same page, new query (a filter): the focus and the scroll stay where they are. */
  keepFocus?: boolean;
};

export type Route = {
  /** Path inside the app, without the base: `/`, `/personnes`. */
  path: string;
  /** Query string, parsed. */
  search: URLSearchParams;
  /** `history.state` of the current entry (notices passed from one page to the next). */
  state: unknown;
  /** Client-side navigations since the page loaded. */
  navigations: number;
  /** Whether the last navigation should move the focus to the new page's heading. */
  moveFocus: boolean;
  navigate(to: string, options?: NavigateOptions): void;
  /** The real href of an app path (with the base). */
  href(to: string): string;
};

const RouterContext = createContext<Route | null>(null);

function normalise(path: string) {
  return path.replace(/\/+$/, "") || "/";
}

export function RouterProvider({ base = "", children }: { base?: string; children: ReactNode }) {
  const snap = useSyncExternalStore(subscribe, current);
  const root = normalise(base) === "/" ? "" : normalise(base);
  const route = useMemo<Route>(() => {
    const inside = snap.pathname.startsWith(root) ? snap.pathname.slice(root.length) : "/";
    // "/" becomes "/admin/", "/personnes?x=1" becomes "/admin/personnes?x=1".
    const href = (to: string) => (to.startsWith("/") ? `${root}${to}` : to);
    return {
      path: normalise(inside),
      search: new URLSearchParams(snap.search),
      state: snap.state,
      navigations: snap.navigations,
      moveFocus: snap.moveFocus,
      href,
      navigate(to, options = {}) {
        const target = href(to);
        // A filter of the same page never leaves it; anything else asks if work is unsaved.
        if (!options.keepFocus && !mayLeave()) return;
        if (options.replace) window.history.replaceState(options.state ?? null, "", target);
        else window.history.pushState(options.state ?? null, "", target);
        navigations++;
        moveFocus = !options.keepFocus;
        emit();
        if (!options.replace && !options.keepFocus) window.scrollTo(0, 0);
      },
    };
  }, [snap, root]);
  return <RouterContext.Provider value={route}>{children}</RouterContext.Provider>;
}

export function useRoute(): Route {
  const route = useContext(RouterContext);
  if (!route) throw new Error("useRoute() must be used inside <RouterProvider>.");
  return route;
}

/**
 * The news the page before left in the navigation's state (`navigate(to, { state: { notice } })`:
 * « Adhésion enregistrée »), or null.
 */
export function useNotice(): string | null {
  const notice = (useRoute().state as { notice?: unknown } | null)?.notice;
  return typeof notice === "string" ? notice : null;
}

/** Whether a navigation item is the current page: exact for the home page, by section otherwise. */
export function isCurrent(itemPath: string, path: string) {
  return itemPath === "/" ? path === "/" : path === itemPath || path.startsWith(`${itemPath}/`);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  to: string;
  state?: unknown;
};

/** An in-app link: a real `<a href>` (open in a new tab works), navigating without a reload. */
export function Link({ to, state, onClick, children, ...rest }: LinkProps) {
  const route = useRoute();
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target
    )
      return;
    event.preventDefault();
    route.navigate(to, { state });
  }
  return (
    <a href={route.href(to)} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

/** Replaces the current entry on mount: for redirects (to sign-in, back to the page asked). */
export function Redirect({ to, state }: { to: string; state?: unknown }) {
  const { navigate } = useRoute();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    navigate(to, { replace: true, state });
  }, [navigate, to, state]);
  return null;
}
