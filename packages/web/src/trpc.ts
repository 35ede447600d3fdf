/**
 * The typed API client. Only the router's type comes from @mutu/api (never its code). Calls go to
 * /trpc on this origin, with the session cookie. When the session ends under a page (expired,
 * deactivated), any call answers UNAUTHORIZED: we then re-ask `auth.me`, whose failure sends the
 * person to the sign-in page (see session-gate.tsx).
 */
import type { AppRouter } from "@mutu/api";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCReact, getQueryKey, httpBatchLink, TRPCClientError } from "@trpc/react-query";

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

export function createTrpcClient() {
  return trpc.createClient({ links: [httpBatchLink({ url: "/trpc" })] });
}

export type { RouterInputs, RouterOutputs } from "@mutu/api";
