/**
 * French typography (Imprimerie nationale rules): a no-break space before « : », a narrow no-break
 * space before « ; ? ! » and inside « », French numbers (narrow no-break space between thousands,
 * decimal comma), the curly apostrophe, agreement with a count, « n° » held to its number. The
 * annual report applies `frenchTypography` to every text it prints, the people's comments
 * included, so a PDF never breaks a line before a colon; the screens and the clocks' messages use
 * the number and count helpers.
 */

/** U+00A0, before « : » and between a number and its unit. */
export const NBSP = "\u00a0";
/** U+202F, before « ; ? ! », inside « », between thousands. */
export const NNBSP = "\u202f";

// A colon between digits is a time or a ratio (12:30), after a scheme a URL (https://…): untouched.
// The spaces before it are the ones replaced, whatever stands before them (« Indicateur 2.1.1 : »).
const BEFORE_COLON = /(?:[ \u00a0\u202f]+|(?<![\d/\s])):(?!\/\/)(?!\d)/g;
const BEFORE_TIGHT = /(?<=[^\s\u00a0\u202f])[ \u00a0\u202f]*([;?!]+)/g;
const AFTER_OPENING = /«[ \u00a0\u202f]*/g;
const BEFORE_CLOSING = /[ \u00a0\u202f]*»/g;
// A typewriter apostrophe between letters is the typographic one (« l’année »).
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;
const URL = /\bhttps?:\/\/\S+/g;

function typesetPlain(text: string): string {
  return text
    .replace(BEFORE_COLON, (match, offset: number) =>
      // A colon opening the text or a line has nothing to hold to.
      offset === 0 || text[offset - 1] === "\n" ? match : `${NBSP}:`,
    )
    .replace(BEFORE_TIGHT, `${NNBSP}$1`)
    .replace(AFTER_OPENING, `«${NNBSP}`)
    .replace(BEFORE_CLOSING, `${NNBSP}»`)
    .replace(APOSTROPHE, "’");
}

/** The text with French no-break spaces where the language wants them; URLs are left as typed. */
export function frenchTypography(text: string): string {
  let out = "";
  let last = 0;
  // After a URL the text goes on: a stand-in letter keeps « ; » after it from looking like a start.
  const piece = (from: number, to?: number) =>
    from === 0
      ? typesetPlain(text.slice(0, to))
      : typesetPlain(`x${text.slice(from, to)}`).slice(1);
  for (const match of text.matchAll(URL)) {
    out += piece(last, match.index) + match[0];
    last = match.index + match[0].length;
  }
  return out + piece(last);
}

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number) {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("fr-FR", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, format);
  }
  return format;
}

/** 12345.5 → « 12 345,5 » (narrow no-break space between thousands, decimal comma). */
export function frenchNumber(value: number, decimals = 0): string {
  // Intl already uses U+202F for fr-FR; say it, so a runtime with older data prints the same.
  return numberFormat(decimals)
    .format(value)
    .replace(/[\s\u00a0]/g, NNBSP)
    .replace("-", "−");
}

/** 95.5 → « 95,5 % »; whole numbers without decimals (« 100 % »). */
export function frenchPercent(value: number): string {
  const decimals = Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2;
  return `${frenchNumber(value, decimals)}${NBSP}%`;
}

/**
 * The words a count governs, agreed as French does: 0 and 1 take the singular (« 0 est en
 * retard », « 1 est en retard »), 2 and more the plural (« 3 sont en retard »).
 */
export function frenchAgreement(count: number, singular: string, plural: string): string {
  return Math.abs(count) >= 2 ? plural : singular;
}

/** « n° 3 »: the number sign, then a no-break space so the line never parts them. */
export function frenchNumero(n: number | string): string {
  return `n°${NBSP}${n}`;
}

/** A count with its noun, agreed (« 1 saisine », « 12 345 saisines »); the plural adds an s. */
export function frenchCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${frenchNumber(count)}${NBSP}${frenchAgreement(count, singular, plural)}`;
}

/** A volume's change from the year before: « +4,2 % », « −12 % », « = »; « — » without a base. */
export function frenchChange(current: number, previous: number): string {
  if (previous === 0) return "—";
  if (current === previous) return "=";
  const percent = Math.round(((current - previous) / previous) * 1000) / 10;
  return `${percent > 0 ? "+" : ""}${frenchPercent(percent)}`;
}

/** A rate's change, in percentage points: « +2,5 pts », « −1 pt »; « — » when one is missing. */
export function frenchPointChange(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return "—";
  const points = Math.round((current - previous) * 10) / 10;
  if (points === 0) return "=";
  const sign = points > 0 ? "+" : "";
  const decimals = Number.isInteger(points) ? 0 : 1;
  return `${sign}${frenchNumber(points, decimals)}${NBSP}pt${Math.abs(points) >= 2 ? "s" : ""}`;
}

/** Business minutes, short: « 45 min », « 2 h 05 », « 31 h ». */
export function shortMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest
    ? `${frenchNumber(hours)}${NBSP}h${NBSP}${String(rest).padStart(2, "0")}`
    : `${frenchNumber(hours)}${NBSP}h`;
}
