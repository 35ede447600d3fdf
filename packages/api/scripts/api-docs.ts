/** `pnpm api:docs`: writes `docs/api.md` from the router (the test beside it fails when stale). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { apiReference, REFERENCE_FILE } from "../src/reference/index.ts";

const text = apiReference();
writeFileSync(REFERENCE_FILE, text);
console.log(
  `${fileURLToPath(REFERENCE_FILE)}: ${Buffer.byteLength(text)} bytes, ${text.split("\n").length} lines`,
);
