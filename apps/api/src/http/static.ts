/**
 * Serves a built SPA: hashed assets with a long cache, index.html (no cache) for its client-side
 * routes — and for any other page address too, answered 404: the SPA then shows its own « Page
 * introuvable » with the navigation. A missing file (an address with an extension) is a bare 404.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { isClientRoute } from "./spa-routes.ts";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

export function spaHandler(root: string, routes: readonly string[]) {
  return async (relativePath: string): Promise<Response> => {
    const clean = normalize(`/${relativePath}`).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, clean);
    if (file.startsWith(root) && clean !== "/") {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) {
        const immutable = clean.startsWith("/assets/");
        return new Response(await readFile(file), {
          headers: {
            "content-type": types[extname(file)] ?? "application/octet-stream",
            "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
            ...securityHeaders,
          },
        });
      }
    }
    const known = isClientRoute(routes, clean);
    if (!known && extname(clean))
      return new Response("Page introuvable.", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8", ...securityHeaders },
      });
    const index = await readFile(join(root, "index.html")).catch(() => null);
    if (!index)
      return new Response("Interface non construite : lancez `pnpm build`.", {
        status: 503,
        headers: securityHeaders,
      });
    return new Response(index, {
      status: known ? 200 : 404,
      headers: {
        "content-type": types[".html"] ?? "text/html",
        "cache-control": "no-cache",
        ...securityHeaders,
      },
    });
  };
}
