/**
 * The HTTP surface on one port: the API at /trpc, /healthz, the admin SPA at /admin/, the commune
 * SPA at /. Authentication is resolved here (cookie or bearer token) and handed to tRPC's context.
 */
import { sessionExpiry } from "@mutu/domain";
import type { Database } from "@mutu/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import {
  appRouter,
  BACKGROUND_PROCEDURES,
  type Caller,
  callerFromSession,
  callerFromToken,
  type HttpContext,
  UNAVAILABLE_MESSAGE,
} from "@mutu/api";
import { REQUEST_TOO_LARGE_MESSAGE, TRPC_BODY_MAX_BYTES } from "./body-limit.ts";
import { clearedSessionCookie, readSessionCookie, sessionCookie } from "./cookies.ts";
import { csrfRefusal } from "./csrf.ts";
import { adminRoutes, communeRoutes } from "./spa-routes.ts";
import { spaHandler } from "./static.ts";

export type AppOptions = {
  database: Database;
  trustProxy: boolean;
  communeDist?: string | undefined;
  adminDist?: string | undefined;
  now?: () => Date;
};

function jsonError(status: number, message: string) {
  return Response.json({ error: { message } }, { status });
}

/** The tRPC codes of refusals made before tRPC runs: JSON-RPC code and HTTP status. */
const REFUSALS = {
  FORBIDDEN: { rpc: -32003, http: 403 },
  PAYLOAD_TOO_LARGE: { rpc: -32013, http: 413 },
} as const;

/** A refusal before tRPC runs, in tRPC's own error shape so clients show its French message. */
function trpcRefusal(url: URL, code: keyof typeof REFUSALS, message: string) {
  const { rpc, http } = REFUSALS[code];
  const paths = url.pathname.replace(/^\/trpc\/?/, "").split(",");
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

/** A call made of background procedures only (the unread count): it does not extend the session. */
function isBackground(pathname: string) {
  const procedures = pathname.replace(/^\/trpc\//, "").split(",");
  return procedures.every((p) => BACKGROUND_PROCEDURES.includes(p));
}

export function createApp(options: AppOptions) {
  const { database, trustProxy } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  app.get("/healthz", async () => {
    try {
      await database.ping();
      return Response.json({ status: "ok", database: database.kind });
    } catch {
      return Response.json(
        { status: "unavailable", message: UNAVAILABLE_MESSAGE },
        { status: 503 },
      );
    }
  });

  // Refused before the body is read in full: counted as it streams in, or by Content-Length.
  app.use(
    "/trpc/*",
    bodyLimit({
      maxSize: TRPC_BODY_MAX_BYTES,
      onError: (c) =>
        trpcRefusal(new URL(c.req.url), "PAYLOAD_TOO_LARGE", REQUEST_TOO_LARGE_MESSAGE),
    }),
  );

  app.all("/trpc/*", async (c) => {
    const req = c.req.raw;
    const url = new URL(req.url);
    const proto = trustProxy
      ? (req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", ""))
      : url.protocol.replace(":", "");
    const secure = proto === "https";
    const host =
      (trustProxy && req.headers.get("x-forwarded-host")) || req.headers.get("host") || url.host;
    const refusal = csrfRefusal(req, `${proto}://${host}`);
    if (refusal) return trpcRefusal(url, "FORBIDDEN", refusal);

    const sessionSecret = readSessionCookie(req.headers.get("cookie"));
    const bearer = req.headers.get("authorization")?.match(/^Bearer (\S+)$/)?.[1] ?? null;
    let caller: Caller | null = null;
    try {
      const at = now();
      if (bearer) caller = await callerFromToken(database.db, bearer, at);
      else if (sessionSecret)
        caller = await callerFromSession(
          database.db,
          sessionSecret,
          at,
          (s) => sessionExpiry(s, at).expired,
          !isBackground(url.pathname),
        );
    } catch (error) {
      console.error(error);
      return jsonError(503, UNAVAILABLE_MESSAGE);
    }

    const forwardedFor = trustProxy
      ? req.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
      : undefined;
    const socketIp = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
      ?.incoming?.socket?.remoteAddress;
    return fetchRequestHandler({
      endpoint: "/trpc",
      req,
      router: appRouter,
      createContext: ({ resHeaders }) => {
        const http: HttpContext = {
          ip: forwardedFor ?? socketIp?.replace(/^::ffff:/, "") ?? null,
          userAgent: req.headers.get("user-agent"),
          sessionSecret,
          setSessionCookie: (secret) =>
            resHeaders.append("set-cookie", sessionCookie(secret, secure)),
          clearSessionCookie: () => resHeaders.append("set-cookie", clearedSessionCookie(secure)),
        };
        return {
          db: database.db,
          caller,
          http,
          now,
          rejectedToken: bearer !== null && caller === null,
        };
      },
      responseMeta: () => ({ headers: { "cache-control": "no-store" } }),
    });
  });

  const admin = options.adminDist ? spaHandler(options.adminDist, adminRoutes) : null;
  const commune = options.communeDist ? spaHandler(options.communeDist, communeRoutes) : null;
  app.get("/admin", (c) => c.redirect("/admin/", 301));
  app.get("/admin/*", (c) => (admin ? admin(c.req.path.slice("/admin".length)) : c.notFound()));
  app.get("/*", (c) => (commune ? commune(c.req.path) : c.notFound()));
  app.notFound(() => jsonError(404, "Page introuvable."));
  app.onError((error) => {
    console.error(error);
    return jsonError(500, "Une erreur inattendue est survenue.");
  });
  return app;
}
