/**
 * What a request presents to be recognised, read once: the Authorization header decides first —
 * a well-formed bearer token, or a malformed header that is refused outright (never a fall-back to
 * the cookie) — and only a request without it is a cookie's. The CSRF check and authentication
 * both read this one result, so they can never disagree about how a request is authenticated.
 */
import { readSessionCookie } from "./cookies.ts";

export type Credentials =
  | { kind: "token"; secret: string }
  | { kind: "cookie"; secret: string }
  | { kind: "malformed" }
  | { kind: "none" };

/** RFC 6750's b64token, which covers our `mutu_…` secrets (base64url). */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/;

export function readCredentials(headers: Headers): Credentials {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const token = BEARER.exec(authorization)?.[1];
    return token ? { kind: "token", secret: token } : { kind: "malformed" };
  }
  const cookie = readSessionCookie(headers.get("cookie"));
  return cookie ? { kind: "cookie", secret: cookie } : { kind: "none" };
}

export const MALFORMED_AUTHORIZATION =
  "En-tête Authorization invalide : attendu « Bearer <jeton> ».";
