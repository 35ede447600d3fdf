/** Figure: each SPA's initial JavaScript (entry + modulepreloads of index.html), gzip — under 200 KB. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { spaDist } from "./paths.ts";

for (const app of ["commune", "admin"] as const) {
  const dist = spaDist(app);
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const body = readFileSync(join(dist, f.replace(/^\/(admin\/)?/, "")));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  console.log(
    `${app} SPA initial JS: ${files.length} file(s), ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (target < 200 KB)`,
  );
}
