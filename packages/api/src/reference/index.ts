/** The API reference (`docs/api.md`) as the router describes itself. */
import { appRouter } from "../root.ts";
import { referenceMarkdown } from "./markdown.ts";
import { proceduresOf } from "./procedures.ts";

/** Where the reference lives, from this folder. */
export const REFERENCE_FILE = new URL("../../../../docs/api.md", import.meta.url);

export function apiReference(): string {
  return referenceMarkdown(proceduresOf(appRouter._def.procedures));
}
