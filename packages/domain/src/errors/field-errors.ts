/** Validation errors, in French, field by field — the one shape both SPAs and the API speak. */
import { z } from "zod";

let configured = false;

/** Zod's own French messages for every check a schema does not word itself. */
export function useFrenchErrors() {
  if (configured) return;
  z.config(z.locales.fr());
  configured = true;
}

/**
 * Zod's French wording for the checks our schemas do not word themselves, passed per parse so a
 * rule never changes the global zod configuration other packages rely on.
 */
export const FRENCH_ERRORS = z.locales.fr().localeError;

export type FieldErrors = Record<string, string[]>;

/**
 * The error option of a choice (a select, a file): left empty, it is asked for in `missing`'s
 * words (« Choisissez la commune concernée. »); any other wrong value is `unknown`.
 */
export function choiceError(missing: string, unknown: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === "" || issue.input === undefined ? missing : unknown,
  };
}

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
