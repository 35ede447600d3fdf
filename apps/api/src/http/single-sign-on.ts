/**
 * Single sign-on over HTTP (OpenID Connect, authorization code with PKCE, openid-client): the
 * redirect to the provider, then its return. The flow is bound to the browser that started it —
 * the state travels in the URL and in a cookie of ours, and must match — and used once. The
 * provider's ID token is checked (issuer, audience, signature, nonce); linking the identity to an
 * account and opening the session are the API's (signInWithIdentity).
 */
import { createHash } from "node:crypto";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { logUnexpected, signInWithIdentity } from "@mutu/api";
import { eq, lt } from "drizzle-orm";
import type { Context } from "hono";
import * as client from "openid-client";
import { sessionCookie } from "./cookies.ts";
import type { Peer } from "./proxy.ts";

const { oidcLogins } = schema;

export type SingleSignOnSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  label: string;
  /** The provider vouches for every email it sends (ProConnect): no `email_verified` needed. */
  trustEmails: boolean;
};

const STATE_COOKIE = "mutu_sso";
const LOGIN_TTL_MS = 10 * 60_000;
const CALLBACK_PATH = "/auth/oidc/callback";
const sha256 = (v: string) => createHash("sha256").update(v).digest("hex");

type Space = "commune" | "admin";
const spaceBase = (space: Space) => (space === "admin" ? "/admin" : "");

/** A path of ours to come back to, never another site's. */
const safeReturn = (path: string | undefined) =>
  path?.startsWith("/") && !path.startsWith("//") && !path.includes("\\") ? path : "/";

function readStateCookie(header: string | undefined) {
  for (const part of (header ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === STATE_COOKIE && value) return value;
  }
  return null;
}

const stateCookie = (value: string, secure: boolean, maxAge: number) =>
  [
    `${STATE_COOKIE}=${value}`,
    "Path=/auth/oidc",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");

export function singleSignOn(options: {
  settings: SingleSignOnSettings;
  db: MutuDb;
  publicUrl: () => string;
  now: () => Date;
}) {
  const { settings, db, now } = options;
  let configuration: Promise<client.Configuration> | undefined;
  const config = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        client.ClientSecretBasic(settings.clientSecret),
        // Plain HTTP only for a provider on this machine (tests, a local trial).
        /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(settings.issuer)
          ? { execute: [client.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined; // a provider down at start is asked again next time
        throw error;
      });
    return configuration;
  };
  const redirectUri = () => `${options.publicUrl()}${CALLBACK_PATH}`;
  const back = (space: Space, refusal: string) =>
    `${spaceBase(space)}/connexion?sso=${encodeURIComponent(refusal)}`;

  async function start(c: Context, peer: Peer) {
    const space: Space = c.req.query("espace") === "admin" ? "admin" : "commune";
    let provider: client.Configuration;
    try {
      provider = await config();
    } catch (error) {
      logUnexpected("connexion unique (découverte du fournisseur)", error);
      return c.redirect(back(space, "indisponible"), 302);
    }
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const at = now();
    await withSystem(db, async (tx) => {
      await tx.delete(oidcLogins).where(lt(oidcLogins.expiresAt, at));
      await tx.insert(oidcLogins).values({
        stateHash: sha256(state),
        codeVerifier,
        nonce,
        space,
        returnTo: safeReturn(c.req.query("retour")),
        createdAt: at,
        expiresAt: new Date(at.getTime() + LOGIN_TTL_MS),
      });
    });
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: redirectUri(),
      scope: settings.scopes,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
    });
    c.header("set-cookie", stateCookie(state, peer.protocol === "https", LOGIN_TTL_MS / 1000));
    c.header("cache-control", "no-store");
    return c.redirect(url.href, 302);
  }

  async function callback(c: Context, peer: Peer) {
    const secure = peer.protocol === "https";
    c.header("set-cookie", stateCookie("", secure, 0), { append: true });
    c.header("cache-control", "no-store");
    const state = c.req.query("state");
    const cookieState = readStateCookie(c.req.header("cookie"));
    // Used once: the pending sign-in is deleted as it is read.
    const [login] =
      state && cookieState === state
        ? await withSystem(db, (tx) =>
            tx
              .delete(oidcLogins)
              .where(eq(oidcLogins.stateHash, sha256(state)))
              .returning(),
          )
        : [];
    if (!login || login.expiresAt.getTime() <= now().getTime())
      return c.redirect(back("commune", "expiree"), 302);
    const space = login.space;
    try {
      const provider = await config();
      const current = new URL(`${redirectUri()}${new URL(c.req.url).search}`);
      const tokens = await client.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return c.redirect(back(space, "refusee"), 302);
      let email = typeof claims.email === "string" ? claims.email : null;
      let verified = claims.email_verified === true;
      if (!email) {
        const info = await client.fetchUserInfo(provider, tokens.access_token, claims.sub);
        email = typeof info.email === "string" ? info.email : null;
        verified = info.email_verified === true;
      }
      const outcome = await signInWithIdentity(
        db,
        { ip: peer.ip, userAgent: c.req.header("user-agent") ?? null, sessionSecret: null },
        {
          issuer: claims.iss,
          subject: claims.sub,
          email,
          emailVerified: verified || settings.trustEmails,
        },
        now(),
      );
      if (!outcome.ok) return c.redirect(back(space, outcome.reason), 302);
      c.header("set-cookie", sessionCookie(outcome.secret, secure), { append: true });
      // The person's own space: the page asked if it is there, its home otherwise.
      const own: Space = outcome.orgKind === "operator" ? "admin" : "commune";
      return c.redirect(`${spaceBase(own)}${own === space ? login.returnTo : "/"}`, 302);
    } catch (error) {
      // A refusal by the provider, or a misconfiguration to fix: said to the person, kept in the log.
      logUnexpected("connexion unique", error);
      return c.redirect(back(space, "refusee"), 302);
    }
  }

  return { label: settings.label, start, callback };
}
