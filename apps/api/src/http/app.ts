/**
 * The HTTP surface on one port: the API at /trpc, /healthz, the admin SPA at /admin/, the commune
 * SPA at /. Who is calling is resolved here — the client's address behind the trusted proxies, the
 * credentials read once (bearer token or cookie), the caller — before the body is read, so the
 * body's limit can depend on it; then tRPC runs with that context.
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
  calendarFeedOf,
  callerFromSession,
  callerFromToken,
  FEED_PATH,
  type HttpContext,
  logUnexpected,
  UNAVAILABLE_MESSAGE,
} from "@mutu/api";
import {
  BODY_TOO_LARGE_MESSAGE,
  bodyLimitOf,
  REQUEST_TOO_LARGE_MESSAGE,
  SMALL_BODY_MAX_BYTES,
} from "./body-limit.ts";
import { clearedSessionCookie, sessionCookie } from "./cookies.ts";
import { type Credentials, MALFORMED_AUTHORIZATION, readCredentials } from "./credentials.ts";
import { type SingleSignOnSettings, singleSignOn } from "./single-sign-on.ts";
import { csrfRefusal } from "./csrf.ts";
import { securityHeaders } from "./headers.ts";
import { NO_PROXY, type Peer, type ProxyTrust, resolvePeer } from "./proxy.ts";
import { jsonError, proceduresOf, trpcRefusal } from "./refusals.ts";
import { adminRoutes, communeRoutes } from "./spa-routes.ts";
import { spaHandler } from "./static.ts";

export type AppOptions = {
  database: Database;
  /** The proxies in front of mutu (MUTU_TRUST_PROXY); none by default. */
  proxyTrust?: ProxyTrust;
  communeDist?: string | undefined;
  adminDist?: string | undefined;
  now?: () => Date;
  /** Where people reach mutu (MUTU_PUBLIC_URL, or the listening address): links in emails. */
  publicUrl?: () => string;
  /** Sends the outbox's emails now (after a password reset was asked). */
  wakeOutbox?: () => void;
  /** Single sign-on through OpenID Connect (MUTU_OIDC_*), if configured. */
  singleSignOn?: SingleSignOnSettings | undefined;
};

type Vars = { Variables: { peer: Peer } };

const socketAddressOf = (env: unknown) =>
  (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;

/**
 * A call made of background procedures only (the unread count): it does not extend the session,
 * and its caller is looked up with the unread count that answers it (ADR 0044).
 */
function isBackground(pathname: string) {
  const procedures = pathname.replace(/^\/trpc\//, "").split(",");
  return procedures.every((p) => BACKGROUND_PROCEDURES.includes(p));
}

export function createApp(options: AppOptions) {
  const { database } = options;
  const proxyTrust = options.proxyTrust ?? NO_PROXY;
  const now = options.now ?? (() => new Date());
  const publicUrl = options.publicUrl ?? (() => "http://127.0.0.1:3000");
  const wakeOutbox = options.wakeOutbox ?? (() => {});
  const sso = options.singleSignOn
    ? singleSignOn({ settings: options.singleSignOn, db: database.db, publicUrl, now })
    : null;
  const app = new Hono<Vars>();

  // Every answer says who it is for (nosniff; HSTS once served over HTTPS).
  app.use("*", async (c, next) => {
    const peer = resolvePeer(
      proxyTrust,
      socketAddressOf(c.env),
      c.req.raw.headers,
      new URL(c.req.url),
    );
    c.set("peer", peer);
    await next();
    for (const [name, value] of Object.entries(securityHeaders(peer.protocol === "https")))
      c.res.headers.set(name, value);
  });

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

  if (sso) {
    app.get("/auth/oidc/start", (c) => sso.start(c, c.get("peer")));
    app.get("/auth/oidc/callback", (c) => sso.callback(c, c.get("peer")));
  }

  app.all("/trpc/*", async (c) => {
    // The server's own time for the call (caller lookup, procedure, serialisation), told to the
    // client as Server-Timing: what the benches read beside the round trip.
    const started = performance.now();
    const req = c.req.raw;
    const url = new URL(req.url);
    const peer = c.get("peer");
    const secure = peer.protocol === "https";
    const credentials: Credentials = readCredentials(req.headers);
    if (credentials.kind === "malformed")
      return trpcRefusal(url, "UNAUTHORIZED", MALFORMED_AUTHORIZATION);
    const refusal = csrfRefusal(req, credentials, `${peer.protocol}://${peer.host}`);
    if (refusal) return trpcRefusal(url, "FORBIDDEN", refusal);

    let caller: Caller | null = null;
    try {
      const at = now();
      if (credentials.kind === "token")
        caller = await callerFromToken(database.db, credentials.secret, at);
      else if (credentials.kind === "cookie")
        caller = await callerFromSession(
          database.db,
          credentials.secret,
          at,
          (s) => sessionExpiry(s, at).expired,
          isBackground(url.pathname),
        );
    } catch (error) {
      logUnexpected("caller lookup", error);
      return jsonError(503, UNAVAILABLE_MESSAGE);
    }

    // The body is refused as it streams in, or by its Content-Length, before anything reads it.
    const maxSize = bodyLimitOf(proceduresOf(url), caller !== null);
    const run = () =>
      fetchRequestHandler({
        endpoint: "/trpc",
        req: c.req.raw,
        router: appRouter,
        createContext: ({ resHeaders }) => {
          const http: HttpContext = {
            ip: peer.ip,
            userAgent: req.headers.get("user-agent"),
            sessionSecret: credentials.kind === "cookie" ? credentials.secret : null,
            setSessionCookie: (secret) =>
              resHeaders.append("set-cookie", sessionCookie(secret, secure)),
            clearSessionCookie: () => resHeaders.append("set-cookie", clearedSessionCookie(secure)),
            publicUrl: publicUrl(),
            wakeOutbox,
            singleSignOn: sso ? { label: sso.label } : null,
          };
          return {
            db: database.db,
            caller,
            http,
            now,
            rejectedToken: credentials.kind === "token" && caller === null,
          };
        },
        responseMeta: () => ({
          headers: {
            "cache-control": "no-store",
            "server-timing": `app;dur=${(performance.now() - started).toFixed(1)}`,
          },
        }),
      });
    let response: Response | undefined;
    const refused = await bodyLimit({
      maxSize,
      onError: () =>
        trpcRefusal(
          url,
          "PAYLOAD_TOO_LARGE",
          maxSize > SMALL_BODY_MAX_BYTES ? REQUEST_TOO_LARGE_MESSAGE : BODY_TOO_LARGE_MESSAGE,
        ),
    })(c, async () => {
      response = await run();
    });
    return refused instanceof Response ? refused : (response ?? jsonError(500, "Réponse absente."));
  });

  // A person's iCalendar feed: calendar applications send no cookie, the secret in the path is the key.
  app.get(`${FEED_PATH}:file`, async (c) => {
    const file = c.req.param("file");
    const secret = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return jsonError(404, "Calendrier introuvable.");
    try {
      const content = await calendarFeedOf(database.db, secret, now(), new URL(publicUrl()).host);
      if (content === null) return jsonError(404, "Calendrier introuvable ou abonnement révoqué.");
      return new Response(content, {
        headers: {
          "content-type": "text/calendar; charset=utf-8",
          "cache-control": "private, no-store",
          "referrer-policy": "no-referrer",
        },
      });
    } catch (error) {
      logUnexpected("calendar feed", error);
      return jsonError(503, UNAVAILABLE_MESSAGE);
    }
  });

  const admin = options.adminDist ? spaHandler(options.adminDist, adminRoutes) : null;
  const commune = options.communeDist ? spaHandler(options.communeDist, communeRoutes) : null;
  app.get("/admin", (c) => c.redirect("/admin/", 301));
  app.get("/admin/*", (c) => (admin ? admin(c.req.path.slice("/admin".length)) : c.notFound()));
  app.get("/*", (c) => (commune ? commune(c.req.path) : c.notFound()));
  app.notFound(() => jsonError(404, "Page introuvable."));
  app.onError((error) => {
    logUnexpected("HTTP", error);
    return jsonError(500, "Une erreur inattendue est survenue.");
  });
  return app;
}
