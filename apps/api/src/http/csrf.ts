/**
 * Cross-site request forgery: a mutation authenticated by cookie must come from our own pages.
 * It must be a JSON POST (a form or a "simple" request cannot send that without a CORS preflight,
 * which we never grant) and its Origin must be ours. Token-authenticated calls carry no ambient
 * credential and need no such check.
 */
export function csrfRefusal(req: Request, expectedOrigin: string): string | null {
  if (req.method !== "POST") return null;
  if (req.headers.get("authorization")?.startsWith("Bearer ")) return null;
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) return "Requête refusée : format non autorisé.";
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (origin ? origin !== expectedOrigin : site !== null && site !== "same-origin")
    return "Requête refusée : origine non autorisée.";
  return null;
}
