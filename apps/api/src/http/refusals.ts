/** Refusals made before tRPC runs, in tRPC's own error shape so clients show their French message. */

export function jsonError(status: number, message: string) {
  return Response.json({ error: { message } }, { status });
}

/** The tRPC codes of refusals made before tRPC runs: JSON-RPC code and HTTP status. */
const REFUSALS = {
  UNAUTHORIZED: { rpc: -32001, http: 401 },
  FORBIDDEN: { rpc: -32003, http: 403 },
  PAYLOAD_TOO_LARGE: { rpc: -32013, http: 413 },
} as const;

export type RefusalCode = keyof typeof REFUSALS;

/** The procedures a /trpc URL calls (several in a batch). */
export function proceduresOf(url: URL): string[] {
  return url.pathname.replace(/^\/trpc\/?/, "").split(",");
}

export function trpcRefusal(url: URL, code: RefusalCode, message: string) {
  const { rpc, http } = REFUSALS[code];
  const paths = proceduresOf(url);
  const error = (path: string | undefined) => ({
    error: {
      message,
      code: rpc,
      data: { code, httpStatus: http, path, fieldErrors: null },
    },
  });
  const body = url.searchParams.get("batch") === "1" ? paths.map(error) : error(paths[0]);
  return Response.json(body, { status: http });
}
