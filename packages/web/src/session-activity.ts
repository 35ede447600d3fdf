/**
 * What the browser knows of the session's clock: when it was opened here and when the API last
 * answered a call (each authenticated call counts as activity on the server). Fed by the API
 * client's link (trpc.ts), read by the expiry warning (session-timeout.tsx). Kept in localStorage
 * so that the tabs of one browser — which share the session cookie — share its clock: an idle tab
 * must not sign out a person who works in another. It imports nothing from @mutu/domain at run
 * time (and so no zod) to keep the first download small: the rules that read it
 * (`sessionDeadline`) load later, with the warning.
 */
// A type-only import: erased from the bundle, so the first download stays free of @mutu/domain.
import type { SessionActivity } from "@mutu/domain";

const storageKey = "mutu.session";
const empty: SessionActivity = { lastActivityAt: null, signedInAt: null };
const listeners = new Set<() => void>();

function asTime(value: unknown) {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function read(): SessionActivity {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey) ?? "null") as Record<
      string,
      unknown
    > | null;
    return stored
      ? { lastActivityAt: asTime(stored.lastActivityAt), signedInAt: asTime(stored.signedInAt) }
      : empty;
  } catch {
    return empty;
  }
}

let current: SessionActivity = typeof window === "undefined" ? empty : read();

function set(next: SessionActivity) {
  if (next.lastActivityAt === current.lastActivityAt && next.signedInAt === current.signedInAt)
    return;
  current = next;
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(next));
  } catch {
    // Storage refused (private browsing, quota): this tab still keeps its own clock.
  }
  for (const listener of listeners) listener();
}

export function sessionActivity(): SessionActivity {
  return current;
}

export function subscribeSessionActivity(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("storage", onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

function onStorage(event: StorageEvent) {
  if (event.key !== storageKey && event.key !== null) return;
  current = read();
  for (const listener of listeners) listener();
}

/** A call sent at `sentAt` was answered: the session was alive and is touched. */
export function recordActivity(sentAt: number) {
  set({ ...current, lastActivityAt: Math.max(current.lastActivityAt ?? sentAt, sentAt) });
}

export function recordSignIn(sentAt: number) {
  set({ lastActivityAt: sentAt, signedInAt: sentAt });
}

export function recordSignOut() {
  set(empty);
}
