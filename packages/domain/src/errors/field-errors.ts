/** Validation errors, in French, field by field — the one shape both SPAs and the API speak. */
import { z } from "zod";
import { frenchIssue, MISSING } from "./french-errors.ts";

let configured = false;

/** mutu's French messages (`french-errors.ts`) for every check a schema does not word itself. */
export function useFrenchErrors() {
  if (configured) return;
  z.config({ localeError: frenchIssue });
  configured = true;
}

/**
 * The French wording of the checks our schemas do not word themselves, passed per parse so a
 * rule never changes the global zod configuration other packages rely on.
 */
export const FRENCH_ERRORS: z.core.$ZodErrorMap = frenchIssue;

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

/**
 * Each message under the path of its field (« _ » for the whole input). A value none of a union's
 * options accepts is told in the words of the option meant — the one whose fields were sent
 * (fewest missing), then the closest — so the message lands on the field to correct.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of flatIssues(error.issues, [])) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    if (!out[key]?.includes(issue.message)) out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

type Flat = { path: PropertyKey[]; message: string };

function flatIssues(issues: readonly z.core.$ZodIssue[], at: PropertyKey[]): Flat[] {
  return issues.flatMap((issue) => {
    const path = [...at, ...issue.path];
    if (issue.code !== "invalid_union" || issue.errors.length === 0)
      return [{ path, message: issue.message }];
    const missing = (option: z.core.$ZodIssue[]) =>
      option.filter((i) => i.message === MISSING).length;
    const [meant] = [...issue.errors].sort(
      (a, b) => missing(a) - missing(b) || a.length - b.length,
    );
    return meant?.length ? flatIssues(meant, path) : [{ path, message: issue.message }];
  });
}

/**
 * The message of a choice (an enum): left empty, it asks to choose; a value outside the list says
 * which ones exist. For `z.enum(values, { error: choose(…) })`.
 */
export const choose =
  (missing: string, unknown: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined || issue.input === "" ? missing : unknown;
