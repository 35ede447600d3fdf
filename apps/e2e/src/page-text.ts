/**
 * What a person must never read on a page, whatever the page: an internal identifier (a UUID),
 * what a value missing or of the wrong kind prints (« undefined », « NaN », « [object Object] »…),
 * an interface's word left in English (« Loading », « Submit »…), the number of one of the seed
 * documents the developers' notes cite their rules by (« 000, article 2 »).
 * The browser tests (harness.ts `noViolations`) and `pnpm screenshots` both look for them.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PROGRAM_VALUE = /\b(undefined|null|NaN|Infinity|Invalid Date)\b|\[object Object\]/;
/** Words of an interface left in English (none of them is French: not « Close », a saisine's state). */
const ENGLISH =
  /\b(Loading|Submit|Cancel|Save|Delete|Search|Previous|Next|Error|Warning|Success|Settings|Sign in|Sign out|Log in|Log out|Required|Please|Unknown|Failed|Something went wrong|Not found)\b/i;

/** A seed document's number (`000` to `0xx` in DOMAIN.md), as a rule's source is cited in code. */
const SOURCE_NUMBER = /\(0\d{2}\b|\b0\d{2},? (art\.|article|§)/;

/** The problems of a page's visible text, in French (empty when there are none). */
export function textProblems(text: string): string[] {
  const id = UUID.exec(text);
  const value = PROGRAM_VALUE.exec(text);
  const english = ENGLISH.exec(text);
  const source = SOURCE_NUMBER.exec(text);
  return [
    ...(id ? [`identifiant interne affiché : ${id[0]}`] : []),
    ...(value ? [`valeur de programme affichée : ${value[0]}`] : []),
    ...(english ? [`mot anglais affiché : ${english[0]}`] : []),
    ...(source ? [`numéro de document source affiché : ${source[0]}`] : []),
  ];
}
