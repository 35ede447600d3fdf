/**
 * The headers every answer carries: no content-type sniffing, and — once mutu is reached over
 * HTTPS (directly, or through a trusted proxy that says so) — HSTS, so the browser never again
 * tries it in clear. Static pages add their own (CSP, framing: static.ts).
 */
export const HSTS = "max-age=31536000; includeSubDomains";

export function securityHeaders(https: boolean): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    ...(https ? { "strict-transport-security": HSTS } : {}),
  };
}
