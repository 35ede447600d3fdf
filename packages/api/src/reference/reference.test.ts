/**
 * `docs/api.md` is the router's own description: regenerated here and compared, so a procedure
 * added, renamed or given another permission without `pnpm api:docs` fails the tests.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { appRouter } from "../root.ts";
import { apiReference, REFERENCE_FILE } from "./index.ts";
import { jsonSchemaOf, proceduresOf } from "./procedures.ts";
import { schemaText } from "./schema-text.ts";
import { sharedShapes } from "./shapes.ts";

describe("the API reference", () => {
  test("docs/api.md is what the router says today (run `pnpm api:docs` if not)", () => {
    expect(readFileSync(REFERENCE_FILE, "utf8"), "docs/api.md is stale: run `pnpm api:docs`").toBe(
      apiReference(),
    );
  });

  test("every procedure says who may call it, from its base procedure", () => {
    const entries = proceduresOf(appRouter._def.procedures);
    expect(entries.length).toBe(Object.keys(appRouter._def.procedures).length);
    expect(entries.filter((e) => !e.meta.access).map((e) => e.path)).toEqual([]);
    const byPath = new Map(entries.map((e) => [e.path, e.meta]));
    expect(byPath.get("auth.signIn")?.access).toEqual({ kind: "public" });
    expect(byPath.get("auth.me")?.access).toEqual({ kind: "signedIn" });
    expect(byPath.get("saisines.changes")?.access).toEqual({
      kind: "permission",
      anyOf: ["saisines.read"],
    });
    expect(byPath.get("saisines.get")?.access).toEqual({
      kind: "permission",
      anyOf: ["saisines.read", "saisines.create"],
    });
    expect(byPath.get("tokens.create")).toMatchObject({ tokens: "refused" });
    expect(byPath.get("notifications.list")).toMatchObject({ tokens: "nothing" });
  });
});

describe("schemas written for people", () => {
  const cases: [string, z.ZodType, "input" | "output", string][] = [
    ["a short object on one line", z.object({ id: z.string() }), "input", "{ id: string }"],
    [
      "optional, default and bounds in a comment",
      z.object({ limit: z.number().int().min(1).max(500).default(100) }),
      "input",
      "{\n  limit?: integer = 100  // 1 to 500\n}",
    ],
    [
      "an item's constraints are the array's",
      z.object({ tags: z.array(z.string().min(1)).max(5) }),
      "input",
      "{\n  tags: string[]  // each non-empty, ≤ 5 items\n}",
    ],
    ["a nullable enum", z.enum(["a", "b"]).nullable(), "input", '"a" | "b" | null'],
    [
      "an instant leaves as an ISO string",
      z.object({ at: z.date().transform((d) => d.toISOString()) }),
      "output",
      "{\n  at: string  // date-time\n}",
    ],
    [
      "a value transformed on its way out is written as it came in",
      z.object({ on: z.union([z.literal(""), z.null()]).transform(() => null) }),
      "output",
      '{ on: "" | null }',
    ],
  ];
  test.each(cases)("%s", (_, schema, io, text) => {
    expect(schemaText(jsonSchemaOf(schema, io))).toBe(text);
  });

  test("a large shape met twice is named once, from the field holding it", () => {
    const annex = z.object(
      Object.fromEntries(
        ["a", "b", "c", "d", "e", "f", "g", "h"].map((k) => [
          `${k}Long`,
          z.string().min(1).max(200).nullable(),
        ]),
      ),
    );
    const first = jsonSchemaOf(z.object({ annex }), "output");
    const second = jsonSchemaOf(z.object({ version: z.object({ annex }) }), "output");
    const { names, shapes } = sharedShapes([
      { schema: first, feature: "contracts" },
      { schema: second, feature: "contracts" },
    ]);
    expect(shapes.map((s) => s.name)).toEqual(["Annex"]);
    expect(schemaText(second, { names, used: new Set() })).toBe("{ version: { annex: Annex } }");
  });
});
