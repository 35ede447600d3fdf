/**
 * @mutu/client — a typed tRPC client for other internal tools (telephony, HR directory, reporting).
 *
 *   const mutu = createMutuClient({ url: "https://mutu.example.fr", token: process.env.MUTU_TOKEN });
 *   const communes = await mutu.organisations.list.query();
 *
 * It authenticates with an API token (created in the admin SPA, « Jetons d'API »); the types are the
 * router's own, so a call that the API would refuse as malformed does not compile.
 */
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { AppRouter, RouterInputs, RouterOutputs } from "@mutu/api";

export type { AppRouter, RouterInputs, RouterOutputs };
export { TRPCClientError };

export type MutuClientOptions = {
  /** Where mutu is served, e.g. "https://mutu.bordeaux-metropole.fr" (the client adds /trpc). */
  url: string;
  /** An API token (mutu_…). */
  token: string;
  /** For tests or custom agents. */
  fetch?: typeof fetch;
};

export function createMutuClient(options: MutuClientOptions) {
  if (!options.token.startsWith("mutu_"))
    throw new Error("Jeton d'API invalide : il commence par « mutu_ ».");
  const base = options.url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        headers: () => ({ authorization: `Bearer ${options.token}` }),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });
}

export type MutuClient = ReturnType<typeof createMutuClient>;
