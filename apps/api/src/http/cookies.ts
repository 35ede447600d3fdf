/** The session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS, host-only. */
export const SESSION_COOKIE = "mutu_session";

export function sessionCookie(secret: string, secure: boolean) {
  return [
    `${secure ? "__Host-" : ""}${SESSION_COOKIE}=${secret}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(secure: boolean) {
  return `${sessionCookie("", secure)}; Max-Age=0`;
}

export function readSessionCookie(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE || name === `__Host-${SESSION_COOKIE}`) {
      const value = rest.join("=");
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}
