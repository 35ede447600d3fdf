/**
 * An annex refused by the API comes back with its problems keyed by field path
 * (`indicators.0.code`, `annex.subDomains.A.activities.2`). A form links the paths it shows to its
 * fields; the others are listed with their path, so whoever fixes the file knows where to look.
 */
import type { FormError, SummaryField } from "@mutu/ui";

export function explainPaths(
  error: FormError | null,
  fields: readonly Pick<SummaryField, "name">[],
): FormError | null {
  if (!error) return null;
  const known = (key: string) =>
    fields.some((field) => key === field.name || key.startsWith(`${field.name}.`));
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(error.fieldErrors)) {
    const where = key.replace(/^annex\./, "");
    fieldErrors[key] =
      known(key) || key === "_" || where === "" ? list : list.map((m) => `${where} : ${m}`);
  }
  return { ...error, fieldErrors };
}
