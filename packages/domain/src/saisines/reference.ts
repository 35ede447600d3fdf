/**
 * The reference people quote, « BEG-2026-000123 »: the commune's three-letter code, the Paris year
 * of filing and a number counted per commune and year. The code comes from the commune's slug
 * (letters only, padded with X): two communes may share one, a reference is unique within a commune.
 */
export function communeCode(slug: string): string {
  const letters = slug.replace(/[^a-z]/gi, "").toUpperCase();
  return `${letters}XXX`.slice(0, 3);
}

export function saisineReference(slug: string, year: number, number: number): string {
  return `${communeCode(slug)}-${year}-${String(number).padStart(6, "0")}`;
}

/** A search that looks like a reference is looked up as one, not as words. */
export const SAISINE_REFERENCE_PATTERN = /^[A-Z]{3}-\d{4}-\d{6}$/;
