/**
 * Support hours copied from the shared reference data (reference/communes.json) (`supportHours.parsed`), shared by
 * the SLA tests. Copied rather than read so the tests do not depend on a file outside the repo.
 */
import type { Calendar } from "./calendar.ts";
import type { SupportHours } from "./support-hours.ts";

const closed = null;

/** "Lundi : 8h30 – 18h30 et du jeudi au Vendredi : 8h30 – 17h00" (Tuesday, Wednesday unstated). */
export const BEGLES_HOURS: SupportHours = {
  mon: [["08:30", "18:30"]],
  tue: closed,
  wed: closed,
  thu: [["08:30", "17:00"]],
  fri: [["08:30", "17:00"]],
  sat: closed,
  sun: closed,
};

const bouscatDay: Array<[string, string]> = [
  ["08:30", "12:00"],
  ["13:00", "17:00"],
];
/** "8h30 12h / 13– 17h du lundi au vendredi". */
export const LE_BOUSCAT_HOURS: SupportHours = {
  mon: bouscatDay,
  tue: bouscatDay,
  wed: bouscatDay,
  thu: bouscatDay,
  fri: bouscatDay,
  sat: closed,
  sun: closed,
};

/** Redon annexe 2: Mon–Thu 8h–12h30 and 13h30–18h, Friday closes at 17h. */
const redonDay: Array<[string, string]> = [
  ["08:00", "12:30"],
  ["13:30", "18:00"],
];
export const REDON_HOURS: SupportHours = {
  mon: redonDay,
  tue: redonDay,
  wed: redonDay,
  thu: redonDay,
  fri: [
    ["08:00", "12:30"],
    ["13:30", "17:00"],
  ],
  sat: closed,
  sun: closed,
};

/** "8h30 à 18h du lundi au vendredi (sauf jours fériés) et le samedi matin de 9h30 à 12h". */
const saintAubinDay: Array<[string, string]> = [["08:30", "18:00"]];
export const SAINT_AUBIN_HOURS: SupportHours = {
  mon: saintAubinDay,
  tue: saintAubinDay,
  wed: saintAubinDay,
  thu: saintAubinDay,
  fri: saintAubinDay,
  sat: [["09:30", "12:00"]],
  sun: closed,
};

/** "L 13h30 / 19h MMJV 8h30/17H" (on-call hours are not support hours). */
const pessacDay: Array<[string, string]> = [["08:30", "17:00"]];
export const PESSAC_HOURS: SupportHours = {
  mon: [["13:30", "19:00"]],
  tue: pessacDay,
  wed: pessacDay,
  thu: pessacDay,
  fri: pessacDay,
  sat: closed,
  sun: closed,
};

export const LE_BOUSCAT: Calendar = {
  timeZone: "Europe/Paris",
  weekly: {
    mon: bouscatDay,
    tue: bouscatDay,
    wed: bouscatDay,
    thu: bouscatDay,
    fri: bouscatDay,
  },
  holidays: "FR",
};

export const BEGLES: Calendar = {
  timeZone: "Europe/Paris",
  weekly: { mon: [["08:30", "18:30"]], thu: [["08:30", "17:00"]], fri: [["08:30", "17:00"]] },
  holidays: "FR",
};

/** Open all Sunday long: the only kind of business day that contains a DST change in Europe. */
export const SUNDAY_ONLY: Calendar = {
  timeZone: "Europe/Paris",
  weekly: { sun: [["00:00", "24:00"]] },
  holidays: "FR",
};

/** Night on-call from Friday 18:00 to Saturday 06:00 and Saturday 20:00 to Sunday 06:00. */
export const NIGHT_ON_CALL: Calendar = {
  timeZone: "Europe/Paris",
  weekly: {
    fri: [["18:00", "24:00"]],
    sat: [
      ["00:00", "06:00"],
      ["20:00", "24:00"],
    ],
    sun: [["00:00", "06:00"]],
  },
  holidays: "none",
};

/**
 * Metropolitan France's public holidays, month-day, written out by hand so the tests' oracle does not
 * share date-holidays with the code under test: no Vendredi saint nor 26 décembre (Alsace-Moselle),
 * no Sunday observances (Pâques, Pentecôte, Fête des Mères).
 */
const holidaysOf = (year: number, days: string): [year: number, days: string[]] => [
  year,
  days.split(" "),
];
export const FRENCH_HOLIDAYS_BY_YEAR = [
  holidaysOf(2025, "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25"),
  holidaysOf(2026, "01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25"),
  holidaysOf(2027, "01-01 03-29 05-01 05-06 05-08 05-17 07-14 08-15 11-01 11-11 12-25"),
  holidaysOf(2028, "01-01 04-17 05-01 05-08 05-25 06-05 07-14 08-15 11-01 11-11 12-25"),
];
