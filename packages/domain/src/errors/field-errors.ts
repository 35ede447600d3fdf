/** Validation errors, in French, field by field — the one shape both SPAs and the API speak. */
import { z } from "zod";

let configured = false;

/** Zod's own French messages for every check a schema does not word itself. */
export function useFrenchErrors() {
  if (configured) return;
  z.config(z.locales.fr());
  configured = true;
}

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/**
 * The message of a choice (an enum): left empty, it asks to choose; a value outside the list says
 * which ones exist. For `z.enum(values, { error: choose(…) })`.
 */
export const choose =
  (missing: string, unknown: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined || issue.input === "" ? missing : unknown;
