import { describe, expect, test } from "vitest";
import { meetingsDueHeld } from "./work-sections.ts";

const body = (due: number, held: number) => ({
  body: "comite-suivi",
  label: "Comité de suivi",
  cadence: "",
  due,
  held,
  sentence: null,
});

describe("meetingsDueHeld", () => {
  test("Bègles 2025: 6 of the 20 meetings due were held", () => {
    expect(
      meetingsDueHeld({
        bodies: [body(0, 0), body(4, 3), body(2, 2), body(1, 1), body(1, 0), body(12, 0)],
      }),
    ).toEqual({ due: 20, held: 6 });
  });
  test("a meeting beyond what is due, or of a body without rhythm, does not make up for another", () => {
    expect(meetingsDueHeld({ bodies: [body(1, 3), body(2, 0), body(0, 4)] })).toEqual({
      due: 3,
      held: 1,
    });
    expect(meetingsDueHeld({ bodies: [] })).toEqual({ due: 0, held: 0 });
  });
});
