/**
 * The typed API client. Only the router's type comes from @mutu/api (never its code). Calls go to
 * /trpc on this origin, with the session cookie. When the session ends under a page (expired,
 * deactivated), any call answers UNAUTHORIZED: we then re-ask `auth.me`, whose failure sends the
 * person to the sign-in page (see session-gate.tsx). Every answered call is noted as activity, the
 * clock of the expiry warning (session-activity.ts).
 */
import type { AppRouter } from "@mutu/api";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import type { TRPCLink } from "@trpc/client";
import { createTRPCReact, getQueryKey, httpBatchLink, TRPCClientError } from "@trpc/react-query";
import { observable } from "@trpc/server/observable";
import { recordActivity, recordSignIn, recordSignOut } from "./session-activity.ts";

export const trpc = createTRPCReact<AppRouter>();

function errorData(error: unknown) {
  return error instanceof TRPCClientError
    ? (error.data as { code?: string; httpStatus?: number; path?: string } | undefined)
    : undefined;
}

export function isUnauthorized(error: unknown) {
  return errorData(error)?.code === "UNAUTHORIZED";
}

export function createQueryClient() {
  const meKey = getQueryKey(trpc.auth.me);
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        const isMe = JSON.stringify(query.queryKey[0]) === JSON.stringify(meKey[0]);
        if (!isMe && isUnauthorized(error)) void client.invalidateQueries({ queryKey: meKey });
      },
    }),
    mutationCache: new MutationCache({
      onError(error) {
        // A failed sign-in is UNAUTHORIZED too, and says nothing about a session.
        if (isUnauthorized(error) && errorData(error)?.path !== "auth.signIn")
          void client.invalidateQueries({ queryKey: meKey });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Refusals and validation errors do not improve with retries; outages might.
        retry: (failures, error) => {
          const status = errorData(error)?.httpStatus;
          return (status === undefined || status >= 500) && failures < 2;
        },
      },
    },
  });
  return client;
}

/** Notes each call the server answered, timed from when it was sent (the server saw it later). */
const activityLink: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) =>
    observable((observer) => {
      const sentAt = Date.now();
      return next(op).subscribe({
        next(result) {
          if (op.path === "auth.signIn") recordSignIn(sentAt);
          else if (op.path === "auth.signOut") recordSignOut();
          // The unread count is asked every minute on its own: it is not the person's activity.
          else if (op.path !== "notifications.unreadCount") recordActivity(sentAt);
          observer.next(result);
        },
        error: (error) => observer.error(error),
        complete: () => observer.complete(),
      });
    });

export function createTrpcClient() {
  return trpc.createClient({ links: [activityLink, httpBatchLink({ url: "/trpc" })] });
}

export type { RouterInputs, RouterOutputs } from "@mutu/api";
