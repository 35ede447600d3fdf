/** Where the built artefacts live, from this package. */
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const apiMain = fileURLToPath(new URL("../../../apps/api/dist/main.js", import.meta.url));
export const spaDist = (app: "commune" | "admin") =>
  fileURLToPath(new URL(`../../../apps/${app}/dist`, import.meta.url));
