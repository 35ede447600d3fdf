/**
 * Cross-site request forgery: a mutation that does not carry its own bearer token may ride on the
 * browser's cookie, so it must come from our own pages. It must be a JSON POST (a form or a
 * "simple" request cannot send that without a CORS preflight, which we never grant) and its Origin
 * must be ours. Only a well-formed bearer token — as authentication reads it (credentials.ts) —
 * carries no ambient credential and skips the check.
 */
import type { Credentials } from "./credentials.ts";

export function csrfRefusal(
  req: Request,
  credentials: Credentials,
  expectedOrigin: string,
): string | null {
  if (req.method !== "POST") return null;
  if (credentials.kind === "token") return null;
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) return "Requête refusée : format non autorisé.";
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (origin ? origin !== expectedOrigin : site !== null && site !== "same-origin")
    return "Requête refusée : origine non autorisée.";
  return null;
}
