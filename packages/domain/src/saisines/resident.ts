/**
 * A resident on whose behalf a commune files a saisine (000 art. 4: the commune stays the
 * residents' contact and passes the answer on). Data minimisation: a name and one way to reach
 * them, kept until a retention period after closure, then anonymised.
 */
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, startOfDay } from "date-fns";
import { z } from "zod";
import { emailSchema } from "../people/schema.ts";
import { PARIS } from "../time/paris.ts";

/**
 * Product default until each commune's controller register states its own (the commune is the
 * controller, DOMAIN §6): one year after closure covers a complaint about how the saisine ended.
 */
export const DEFAULT_RESIDENT_RETENTION_MONTHS = 12;

// French numbering plan: 0 + 9 digits, overseas departments included (0262, 0590, 0694…),
// reached from abroad as +33, +262, +590, +594 or +596 followed by the same 9 digits.
const COUNTRY_CODES = ["33", "262", "590", "594", "596"];
const INTERNATIONAL = new RegExp(`^(?:\\+|00)(${COUNTRY_CODES.join("|")})0?([1-9]\\d{8})$`);
const NATIONAL = /^0([1-9]\d{8})$/;
const SEPARATORS = /[\s.\-\u00a0]/g;

/**
 * The phone number as French people write it ("06 12 34 56 78"), or null when the text is not
 * a French number. Accepts spaces, dots, dashes, +33, 0033 and the "+33 (0)6…" habit.
 */
export function normaliseFrenchPhone(text: string): string | null {
  if (/[^\d\s.\-+()\u00a0]/.test(text)) return null;
  const compact = text.replace(/\(0\)/g, "").replace(SEPARATORS, "");
  const match = NATIONAL.exec(compact) ?? INTERNATIONAL.exec(compact);
  const digits = match?.[match.length - 1];
  if (!digits) return null;
  return `0${digits}`.replace(/(\d{2})(?=\d)/g, "$1 ");
}

export type ResidentContactMeans =
  | { kind: "email"; value: string }
  | { kind: "telephone"; value: string };

const CONTACT_MESSAGE =
  "Indiquez une adresse électronique ou un numéro de téléphone français (ex. 06 12 34 56 78).";

function contactMeansOf(text: string): ResidentContactMeans | null {
  if (text.includes("@")) {
    const email = emailSchema.safeParse(text);
    return email.success ? { kind: "email", value: email.data } : null;
  }
  const phone = normaliseFrenchPhone(text);
  return phone ? { kind: "telephone", value: phone } : null;
}

export const residentContactSchema = z.object({
  name: z
    .string({ error: "Indiquez le nom de la personne." })
    .trim()
    .min(2, { error: "Indiquez le nom de la personne (2 caractères au moins)." })
    .max(120, { error: "Nom trop long (120 caractères au plus)." }),
  contact: z
    .string({ error: CONTACT_MESSAGE })
    .trim()
    .max(254, { error: "Moyen de contact trop long (254 caractères au plus)." })
    .transform((text, ctx) => {
      const means = contactMeansOf(text);
      if (means) return means;
      ctx.addIssue({ code: "custom", message: CONTACT_MESSAGE });
      return z.NEVER;
    }),
});
export type ResidentContact = z.output<typeof residentContactSchema>;

export type AnonymisedResident = { name: null; contact: null; anonymisedAt: Date };
export type ResidentOnRecord = ResidentContact | AnonymisedResident;

/**
 * The instant from which the resident's data must be anonymised: the end of the Paris day that
 * falls `retentionMonths` after the closure day (31 August + 6 months → kept through 28 February,
 * anonymised from 1 March 00:00, Paris). Whole months, as GDPR registers state retention.
 */
export function residentDataPurgeDate(
  closedAt: Date,
  retentionMonths: number = DEFAULT_RESIDENT_RETENTION_MONTHS,
): Date {
  if (Number.isNaN(closedAt.getTime())) throw new RangeError("Date de clôture invalide.");
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1 || retentionMonths > 120) {
    throw new RangeError(
      `Durée de conservation invalide (${retentionMonths}) : un nombre entier de mois entre 1 et 120 est attendu.`,
    );
  }
  const closureDay = startOfDay(new TZDate(closedAt.getTime(), PARIS));
  // date-fns clamps to the month's last day; adding a day on a TZDate keeps Paris midnight
  // across DST changes.
  const lastDayKept = addMonths(closureDay, retentionMonths);
  return new Date(addDays(lastDayKept, 1).getTime());
}

export function isResidentDataDue(closedAt: Date, retentionMonths: number, now: Date): boolean {
  return now.getTime() >= residentDataPurgeDate(closedAt, retentionMonths).getTime();
}

/** What remains of a resident after the retention period; anonymising twice keeps the first date. */
export function anonymiseResident(resident: ResidentOnRecord, at: Date): AnonymisedResident {
  if (resident.name === null) return resident;
  return { name: null, contact: null, anonymisedAt: at };
}

export const REDACTED = "[donnée effacée]";

function foldChar(char: string): string {
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function foldName(text: string): string {
  return [...text.replace(/[\s-]+/g, " ")].map(foldChar).join("");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern matching the words in order, whatever their case, accents and spacing. */
function wordsPattern(words: readonly string[]): string {
  return words
    .map((word) =>
      [...word]
        .map((char) => {
          if (char === "-") return "[\\s\\-]+";
          const folded = foldChar(char);
          // Any letter whose folded form matches: "Hélène" is found as "helene" or "HELENE".
          return /[a-z]/.test(folded) ? `\\p{L}` : escapeRegExp(char);
        })
        .join(""),
    )
    .join("[\\s\\-]+");
}

function phonePattern(nationalDisplay: string): string {
  const digits = nationalDisplay.replace(/\D/g, "").slice(1);
  const sep = "[\\s.\\-\\u00a0]?";
  const prefix = `(?:(?:\\+|00)(?:${COUNTRY_CODES.join("|")})${sep}(?:\\(0\\)${sep})?0?|0)`;
  return `${prefix}${[...digits].map(escapeRegExp).join(sep)}`;
}

/**
 * Replaces the resident's name (in either order of two words) and contact in a free text —
 * descriptions and comments often repeat them. Matching ignores case, accents and spacing; a
 * candidate is confirmed by folding both sides, so letters are never matched blindly.
 */
export function redactResident(text: string, resident: ResidentContact): string {
  const words = resident.name.normalize("NFC").split(/\s+/).filter(Boolean);
  const orders = words.length === 2 ? [words, [...words].reverse()] : [words];
  const foldedNames = orders.map((order) => foldName(order.join(" ")));
  // NFC first, so a name typed with combining accents has as many characters as the pattern.
  let result = text.normalize("NFC");
  for (const order of orders) {
    // A hyphen joins words: "Saint-Paul Martin-de-Ré" does not contain "Paul Martin".
    const pattern = new RegExp(
      `(?<![\\p{L}\\d]|[\\p{L}\\d]-)${wordsPattern(order)}(?![\\p{L}\\d]|-[\\p{L}\\d])`,
      "gu",
    );
    result = result.replace(pattern, (found) =>
      foldedNames.includes(foldName(found)) ? REDACTED : found,
    );
  }
  const contact =
    resident.contact.kind === "email"
      ? new RegExp(escapeRegExp(resident.contact.value), "gi")
      : new RegExp(`(?<!\\d)${phonePattern(resident.contact.value)}(?!\\d)`, "g");
  return result.replace(contact, REDACTED);
}
