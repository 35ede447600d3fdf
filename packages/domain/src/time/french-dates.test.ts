import { expect, test } from "vitest";
import { frenchDate, frenchDay, frenchIsoDate } from "./french-dates.ts";

test.each([
  ["2018-07-01", "1er juillet 2018"],
  ["2026-05-14", "14 mai 2026"],
  ["2028-02-29", "29 février 2028"],
  ["2026-08-02", "2 août 2026"],
])("contract date %s reads « %s »", (iso, text) => expect(frenchDate(iso)).toBe(text));

test("a weekday date reads the Paris day, whatever the host's zone", () => {
  expect(frenchIsoDate("2026-05-14")).toBe("jeudi 14 mai 2026");
  // 23:30 UTC on 31 December is already 1 January in Paris.
  expect(frenchDay(new Date("2026-12-31T23:30:00Z"))).toBe("vendredi 1 janvier 2027");
});
