import { expect, test } from "vitest";
import {
  frenchDateTime,
  parisDateTimeSchema,
  parisInstant,
  parisLocalDateTime,
} from "./local-date-time.ts";

test.each([
  ["2026-06-05T16:30", "2026-06-05T14:30:00.000Z"], // summer time
  ["2026-01-15T09:00", "2026-01-15T08:00:00.000Z"], // winter time
  ["2026-03-29T01:59", "2026-03-29T00:59:00.000Z"], // the last minute before the spring change
  ["2026-03-29T03:00", "2026-03-29T01:00:00.000Z"], // the first one after it
  ["2026-10-25T02:30", "2026-10-25T00:30:00.000Z"], // read twice in autumn: the first (summer) one
  ["2026-10-25T03:00", "2026-10-25T02:00:00.000Z"],
  ["2028-02-29T23:59", "2028-02-29T22:59:00.000Z"], // leap day
])("Paris %s is %s", (local, iso) => {
  const instant = parisInstant(local);
  expect(instant?.toISOString()).toBe(iso);
  if (instant) expect(parisLocalDateTime(instant)).toBe(local);
});

test.each([
  "2026-03-29T02:30", // skipped when summer time starts
  "2027-02-29T10:00", // no such day
  "2026-06-05 16:30",
  "2026-06-05T24:00",
  "",
])("« %s » names no Paris instant", (local) => expect(parisInstant(local)).toBeNull());

test("the schema words each refusal in French", () => {
  const schema = parisDateTimeSchema("Indiquez la date et l'heure.");
  expect(schema.safeParse("").error?.issues[0]?.message).toBe("Indiquez la date et l'heure.");
  expect(schema.safeParse("hier").error?.issues[0]?.message).toMatch(/Date et heure attendues/);
  expect(schema.safeParse("2026-03-29T02:15").error?.issues[0]?.message).toMatch(/heure d'été/);
  expect(schema.parse("2026-06-05T16:30")).toBe("2026-06-05T16:30");
});

test.each([
  ["2026-06-05T14:30:00Z", "5 juin 2026 à 16 h 30"],
  ["2026-12-31T23:05:00Z", "1er janvier 2027 à 00 h 05"],
])("%s reads « %s » in France", (iso, text) => expect(frenchDateTime(new Date(iso))).toBe(text));
