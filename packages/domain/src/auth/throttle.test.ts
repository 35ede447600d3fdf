import { describe, expect, test } from "vitest";
import {
  delayAfter,
  FREE_FAILURES,
  MAX_DELAY_MS,
  type SignInHistory,
  signInWait,
  signInWaitMessage,
} from "./throttle.ts";

const now = new Date("2026-10-25T01:30:00Z"); // the night Paris leaves summer time: durations only
const ago = (ms: number) => new Date(now.getTime() - ms);
const none = { count: 0, lastAt: null };
const history = (h: Partial<SignInHistory>): SignInHistory => ({
  pair: none,
  address: none,
  account: none,
  familiar: false,
  ...h,
});

describe("delayAfter", () => {
  test.each([
    [0, 3, 0],
    [2, 3, 0],
    [3, 3, 1000],
    [4, 3, 2000],
    [7, 3, 16_000],
    [30, 3, MAX_DELAY_MS],
  ])("%i failures, %i free → %i ms", (count, free, expected) => {
    expect(delayAfter(count, free)).toBe(expected);
  });
});

describe("signInWait", () => {
  test.each<[string, Partial<SignInHistory>, number]>([
    ["nothing failed", {}, 0],
    ["two typos at the desk", { pair: { count: 2, lastAt: ago(0) } }, 0],
    ["third typo: one second", { pair: { count: 3, lastAt: ago(0) } }, 1000],
    ["the second has passed", { pair: { count: 3, lastAt: ago(1000) } }, 0],
    ["a guesser at the sixth failure: 8 s", { pair: { count: 6, lastAt: ago(0) } }, 8000],
    [
      "guesses from everywhere slow the unfamiliar addresses",
      { account: { count: 12, lastAt: ago(1000) } },
      3000,
    ],
    [
      "…but not the owner at their usual address",
      { account: { count: 12, lastAt: ago(1000) }, familiar: true },
      0,
    ],
    [
      "one address trying many accounts is slowed for all of them",
      { address: { count: FREE_FAILURES.address + 2, lastAt: ago(0) } },
      4000,
    ],
    [
      "the longest wait wins",
      { pair: { count: 4, lastAt: ago(0) }, address: { count: 22, lastAt: ago(0) } },
      4000,
    ],
  ])("%s", (_name, h, expected) => {
    expect(signInWait(history(h), now)).toBe(expected);
  });
});

test.each([
  [800, "Trop de tentatives de connexion : patientez 1 seconde avant de réessayer."],
  [8000, "Trop de tentatives de connexion : patientez 8 secondes avant de réessayer."],
  [61_000, "Trop de tentatives de connexion : patientez 2 minutes avant de réessayer."],
])("signInWaitMessage(%i)", (ms, message) => {
  expect(signInWaitMessage(ms)).toBe(message);
});
