import { describe, expect, test } from "vitest";
import {
  breachNotificationDeadline,
  isLateNotification,
  subjectRequestDeadline,
} from "./deadlines.ts";

const at = (iso: string) => new Date(iso);

describe("breachNotificationDeadline — 72 hours, weekends and DST included", () => {
  test.each([
    ["2026-06-05T16:30:00+02:00", "2026-06-08T14:30:00.000Z"], // a Friday: the deadline is Monday
    ["2026-03-27T10:00:00+01:00", "2026-03-30T09:00:00.000Z"], // across the spring DST change: 72 real hours
    ["2026-10-23T10:00:00+02:00", "2026-10-26T08:00:00.000Z"], // across the autumn change
    ["2028-02-27T23:00:00+01:00", "2028-03-01T22:00:00.000Z"], // across a leap day
  ])("aware at %s → notify before %s", (aware, deadline) => {
    expect(breachNotificationDeadline(at(aware)).toISOString()).toBe(deadline);
  });

  test("late by one millisecond, not at the deadline itself", () => {
    const aware = at("2026-06-05T16:30:00+02:00");
    expect(isLateNotification(aware, at("2026-06-08T16:30:00+02:00"))).toBe(false);
    expect(isLateNotification(aware, at("2026-06-08T16:30:00.001+02:00"))).toBe(true);
    expect(isLateNotification(aware, at("2026-06-05T18:00:00+02:00"))).toBe(false);
  });
});

describe("subjectRequestDeadline — one month (EU reg. 1182/71), the end of the last day in Paris", () => {
  test.each([
    // Received Thursday 15 January 2026 → Sunday 15 February → Monday 16 February, end of day.
    ["2026-01-15T10:00:00+01:00", false, "2026-02-16T23:00:00.000Z"],
    // Received 31 January → 28 February 2026 is a Saturday → Monday 2 March.
    ["2026-01-31T09:00:00+01:00", false, "2026-03-02T23:00:00.000Z"],
    // Leap year: 31 January 2028 → Tuesday 29 February 2028.
    ["2028-01-31T09:00:00+01:00", false, "2028-02-29T23:00:00.000Z"],
    // Received 14 April 2026 → 14 May is Ascension → Friday 15 May (a summer day ends at 22:00 UTC).
    ["2026-04-14T11:00:00+02:00", false, "2026-05-15T22:00:00.000Z"],
    // Received at 00:30 on 1 July in Paris, still 30 June in UTC: the Paris day counts.
    // 1 August 2026 is a Saturday → Monday 3 August.
    ["2026-07-01T00:30:00+02:00", false, "2026-08-03T22:00:00.000Z"],
    // Received on 13 June → 13 July 2026 is a Monday; the 14th would be a holiday.
    ["2026-06-13T10:00:00+02:00", false, "2026-07-13T22:00:00.000Z"],
    // Across the autumn DST change: the last day's end is 23:00 UTC in winter.
    ["2026-09-28T10:00:00+02:00", false, "2026-10-28T23:00:00.000Z"],
    // Extended: three months. 30 November 2026 → 28 February 2027 is a Sunday → Monday 1 March.
    ["2026-11-30T10:00:00+01:00", true, "2027-03-01T23:00:00.000Z"],
    // Extended from 15 January 2026 → 15 April 2026, a Wednesday.
    ["2026-01-15T10:00:00+01:00", true, "2026-04-15T22:00:00.000Z"],
    // Christmas and New Year: 1 December → 1 January 2027 (holiday, Friday) → Monday 4 January.
    ["2026-12-01T10:00:00+01:00", false, "2027-01-04T23:00:00.000Z"],
  ])("received %s, extended %s → due before %s", (received, extended, deadline) => {
    expect(subjectRequestDeadline(at(received), { extended }).toISOString()).toBe(deadline);
  });

  test("not extended by default", () => {
    expect(subjectRequestDeadline(at("2026-01-15T10:00:00+01:00")).toISOString()).toBe(
      "2026-02-16T23:00:00.000Z",
    );
  });
});
