import { expect, test } from "vitest";
import { csvCell, csvText } from "./csv.ts";

test.each([
  ["Imprimante en panne", "Imprimante en panne"],
  ['=HYPERLINK("http://x";"clic")', '"\'=HYPERLINK(""http://x"";""clic"")"'],
  ["+33 5 56 00 00 00", "'+33 5 56 00 00 00"],
  ["-2+3", "'-2+3"],
  ["@SUM(A1)", "'@SUM(A1)"],
  ["\tcmd", "'\tcmd"],
  ["\rcmd", '"\'\rcmd"'],
  ["Sud; Ouest", '"Sud; Ouest"'],
  ["a « b » - c", "a « b » - c"],
  [-12.5, "-12.5"],
  [null, ""],
])("%j → %j", (value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

test("a file: BOM, ; and CRLF", () => {
  expect(
    csvText([
      ["a", 1],
      ["=b", null],
    ]),
  ).toBe("\uFEFFa;1\r\n'=b;\r\n");
});
