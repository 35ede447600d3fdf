/**
 * The session's end, announced ahead of time (WCAG 2.2.1 « Réglage du délai », RGAA 13.1). Two
 * minutes before the session would end for lack of activity, a dialog offers to stay signed in (a
 * cheap call is activity); before the 12-hour limit, which nothing extends, it says so. When the time
 * is up, the session is closed here too and the sign-in page says it expired, remembering the page.
 */
import { SESSION_ABSOLUTE_MS, type SessionDeadline, sessionDeadline } from "@mutu/domain";
import { Actions, Alert, Button, Dialog, useRoute } from "@mutu/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { webMessages } from "./messages.ts";
import { pageAsked, signInHref } from "./routes.ts";
import { sessionActivity, subscribeSessionActivity } from "./session-activity.ts";
import { useSignOut } from "./sign-out.ts";
import { trpc } from "./trpc.ts";

const t = webMessages.sessionTimeout;
const WARN_BEFORE_MS = 2 * 60_000;
const MINUTE_MS = 60_000;

/** The next moment the dialog changes: it opens, its minute count drops, or the time is up. */
function nextChange(deadline: SessionDeadline, now: number) {
  const warnAt = deadline.end - WARN_BEFORE_MS;
  if (now < warnAt) return warnAt;
  if (now >= deadline.end) return null;
  const minutesLeft = Math.ceil((deadline.end - now) / MINUTE_MS);
  return deadline.end - (minutesLeft - 1) * MINUTE_MS;
}

/** The current time, refreshed at each moment that matters (and when the tab comes back). */
function useNow(deadline: SessionDeadline | null) {
  const [now, setNow] = useState(Date.now);
  const next = deadline ? nextChange(deadline, now) : null;
  useEffect(() => {
    if (next === null || !Number.isFinite(next)) return;
    const timer = window.setTimeout(() => setNow(Date.now()), Math.max(0, next - Date.now()));
    return () => window.clearTimeout(timer);
  }, [next]);
  useEffect(() => {
    // Hidden tabs and sleeping machines run timers late: look at the clock again on return.
    const onVisible = () => {
      if (document.visibilityState === "visible") setNow(Date.now());
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, []);
  return now;
}

/** Loaded on demand by the session gate (it brings @mutu/domain's rules with it). */
export function SessionTimeout() {
  const { path, search, navigate } = useRoute();
  const queryClient = useQueryClient();
  const utils = trpc.useUtils();
  const activity = useSyncExternalStore(subscribeSessionActivity, sessionActivity);
  const deadline = sessionDeadline(activity);
  const now = useNow(deadline);
  const phase = !deadline
    ? "running"
    : now >= deadline.end
      ? "over"
      : now >= deadline.end - WARN_BEFORE_MS
        ? "warning"
        : "running";
  // The deadline whose warning the person dismissed (Échap, OK): not shown again for it.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const extend = useMutation({
    mutationFn: () => utils.auth.me.fetch(undefined, { staleTime: 0 }),
  });
  const extending = extend.isPending;
  const signOut = useSignOut();

  const ending = useRef(false);
  useEffect(() => {
    // A request to stay that is still under way may yet move the deadline: wait for its answer.
    if (phase !== "over" || ending.current || extending) return;
    ending.current = true;
    const asked = pageAsked(path, search);
    // The server would end the session within the minute anyway; ending it now matches what is said.
    void utils.client.auth.signOut
      .mutate()
      .catch(() => undefined)
      .finally(() => {
        queryClient.clear();
        navigate(signInHref(asked), { replace: true, state: { notice: "expired" } });
      });
  }, [phase, extending, path, search, navigate, queryClient, utils]);

  if (!deadline) return null;
  const open = phase === "warning" && dismissed !== deadline.end;
  const delay = t.minutes(Math.ceil((deadline.end - now) / MINUTE_MS));
  const busy = extend.isPending || signOut.isPending;
  const idle = deadline.reason === "idle";

  function stay() {
    extend.mutate(undefined, { onError: () => setDismissed(null) });
  }

  return (
    <Dialog
      open={open}
      title={t.title}
      busy={busy}
      onClose={() => {
        // Also called after the dialog closed because the session was extended: nothing to do then.
        if (!open || !deadline) return;
        setDismissed(deadline.end);
        if (idle) stay();
      }}
    >
      {idle ? null : <p className="prose">{t.absolute(SESSION_ABSOLUTE_MS / 3_600_000)}</p>}
      <p className="prose" aria-live="polite" aria-atomic="true">
        {idle ? t.idle(delay) : t.absoluteDelay(delay)}
      </p>
      {extend.error ? <Alert>{t.stayFailed}</Alert> : null}
      {signOut.error ? <Alert>{webMessages.signOutFailed}</Alert> : null}
      <Actions>
        {idle ? (
          <Button busy={extend.isPending} busyLabel={t.staying} disabled={busy} onClick={stay}>
            {t.stay}
          </Button>
        ) : (
          <Button disabled={busy} onClick={() => setDismissed(deadline.end)}>
            {t.ok}
          </Button>
        )}
        <Button
          variant="secondary"
          busy={signOut.isPending}
          busyLabel={t.signingOut}
          disabled={busy}
          onClick={() => signOut.mutate()}
        >
          {t.signOut}
        </Button>
      </Actions>
    </Dialog>
  );
}
