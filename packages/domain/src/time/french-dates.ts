/** Dates in messages, as people in France read them, whatever the server's zone. */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { fr } from "date-fns/locale/fr";
import { PARIS } from "./paris.ts";

/** "mardi 9 juin 2026" */
export function frenchDay(instant: Date): string {
  return format(new TZDate(instant.getTime(), PARIS), "EEEE d MMMM yyyy", { locale: fr });
}

/** "jeudi 14 mai 2026" for a 'YYYY-MM-DD' date. */
export function frenchIsoDate(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  return format(new TZDate(year, month - 1, day, PARIS), "EEEE d MMMM yyyy", { locale: fr });
}

/** The months' names, January first. */
export const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

/** "1er juillet 2018" for a 'YYYY-MM-DD' date, as contracts write them. */
export function frenchDate(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  return `${day === 1 ? "1er" : day} ${FRENCH_MONTHS[month - 1]} ${year}`;
}
