import { expect, test } from "vitest";
import { bodyLimitOf, SMALL_BODY_MAX_BYTES, UPLOAD_BODY_MAX_BYTES } from "./body-limit.ts";

const upload = "saisines.uploadAttachment";

test.each<[string, string[], boolean, (limit: number) => boolean]>([
  ["an anonymous sign-in", ["auth.signIn"], false, (l) => l === SMALL_BODY_MAX_BYTES],
  ["an anonymous upload", [upload], false, (l) => l === SMALL_BODY_MAX_BYTES],
  ["an ordinary call", ["people.create"], true, (l) => l === SMALL_BODY_MAX_BYTES],
  [
    "an upload mixed with another call",
    [upload, "people.create"],
    true,
    (l) => l === SMALL_BODY_MAX_BYTES,
  ],
  ["one upload", [upload], true, (l) => l > 13_000_000 && l < 15_000_000],
  [
    "a saisine's ten uploads at once",
    Array(10).fill(upload),
    true,
    (l) => l === UPLOAD_BODY_MAX_BYTES,
  ],
  ["eleven uploads", Array(11).fill(upload), true, (l) => l === SMALL_BODY_MAX_BYTES],
  ["an annex import", ["contracts.importAnnex"], true, (l) => l > 10_000_000],
])("%s", (_name, procedures, authenticated, expected) => {
  expect(expected(bodyLimitOf(procedures, authenticated))).toBe(true);
});
