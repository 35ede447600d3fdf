import { describe, expect, test } from "vitest";
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_EVERY_MS,
  sessionDeadline,
  sessionExpiry,
  signInInput,
} from "./schema.ts";

const t0 = new Date("2026-03-29T00:30:00Z"); // the night Paris moves to summer time: durations, not wall clock

test.each([
  { name: "fresh", lastSeen: 0, now: 1000, expired: false },
  { name: "idle one ms short", lastSeen: 0, now: SESSION_IDLE_MS - 1, expired: false },
  { name: "idle exactly", lastSeen: 0, now: SESSION_IDLE_MS, expired: true },
  {
    name: "active but past absolute",
    lastSeen: SESSION_ABSOLUTE_MS - 1000,
    now: SESSION_ABSOLUTE_MS,
    expired: true,
  },
  {
    name: "active before absolute",
    lastSeen: SESSION_ABSOLUTE_MS - 2000,
    now: SESSION_ABSOLUTE_MS - 1,
    expired: false,
  },
])("session $name", ({ lastSeen, now, expired }) => {
  const s = { createdAt: t0, lastSeenAt: new Date(t0.getTime() + lastSeen) };
  expect(sessionExpiry(s, new Date(t0.getTime() + now)).expired).toBe(expired);
});

test("sign-in input normalises the email and words errors in French", () => {
  expect(signInInput.parse({ email: "  Anne@Begles.FR ", password: "x" }).email).toBe(
    "anne@begles.fr",
  );
  const r = signInInput.safeParse({ email: "pas-une-adresse", password: "" });
  expect(r.success).toBe(false);
  expect(r.error?.issues.map((i) => i.message)).toEqual([
    "Adresse électronique invalide.",
    "Saisissez votre mot de passe.",
  ]);
});

describe("sessionDeadline: when the browser knows the session ends", () => {
  const hour = 60 * 60_000;
  test.each([
    { name: "nothing answered yet", activity: { lastActivityAt: null, signedInAt: 0 }, want: null },
    {
      name: "idle end, a touch interval early",
      activity: { lastActivityAt: hour, signedInAt: 0 },
      want: { end: hour + SESSION_IDLE_MS - SESSION_TOUCH_EVERY_MS, reason: "idle" },
    },
    {
      name: "the 12-hour limit comes first",
      activity: { lastActivityAt: SESSION_ABSOLUTE_MS - 10 * 60_000, signedInAt: 0 },
      want: { end: SESSION_ABSOLUTE_MS, reason: "absolute" },
    },
    {
      name: "both ends on the same instant: the limit nothing extends",
      activity: {
        lastActivityAt: SESSION_ABSOLUTE_MS - SESSION_IDLE_MS + SESSION_TOUCH_EVERY_MS,
        signedInAt: 0,
      },
      want: { end: SESSION_ABSOLUTE_MS, reason: "absolute" },
    },
    {
      name: "sign-in unseen: only the idle end",
      activity: { lastActivityAt: hour, signedInAt: null },
      want: { end: hour + SESSION_IDLE_MS - SESSION_TOUCH_EVERY_MS, reason: "idle" },
    },
    {
      name: "a sign-in older than any session: an earlier one, the limit unknown",
      activity: { lastActivityAt: SESSION_ABSOLUTE_MS, signedInAt: 0 },
      want: { end: SESSION_ABSOLUTE_MS + SESSION_IDLE_MS - SESSION_TOUCH_EVERY_MS, reason: "idle" },
    },
  ])("$name", ({ activity, want }) => {
    expect(sessionDeadline(activity)).toEqual(want);
  });
});
