/**
 * What a person must never read on a page, whatever the page: an internal identifier (a UUID), or
 * what a value missing or of the wrong kind prints (« undefined », « NaN », « [object Object] »…).
 * The browser tests (harness.ts `noViolations`) and `pnpm screenshots` both look for them.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PROGRAM_VALUE = /\b(undefined|null|NaN|Infinity|Invalid Date)\b|\[object Object\]/;

/** The problems of a page's visible text, in French (empty when there are none). */
export function textProblems(text: string): string[] {
  const id = UUID.exec(text);
  const value = PROGRAM_VALUE.exec(text);
  return [
    ...(id ? [`identifiant interne affiché : ${id[0]}`] : []),
    ...(value ? [`valeur de programme affichée : ${value[0]}`] : []),
  ];
}
