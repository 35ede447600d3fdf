/**
 * One CSV cell, quoted when it must be (`;`, quotes, line breaks). Kept alone so that the
 * project's one CSV escaping rule (formula neutralisation included) can replace it in one place.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
