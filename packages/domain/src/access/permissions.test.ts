import { describe, expect, test } from "vitest";
import {
  missingPermissions,
  permissionsBeyondKind,
  permissionsOf,
  reservedToOperatorMessage,
} from "./permissions.ts";
import { visibleOrgIds } from "./tenancy.ts";

describe("permissionsOf", () => {
  const cases = [
    { name: "no function, no permission", functions: [], expected: [] },
    {
      name: "union of two functions, deduplicated and sorted",
      functions: [
        { permissions: ["saisines.create", "contracts.read"] },
        { permissions: ["contracts.read", "org.read"] },
      ],
      expected: ["contracts.read", "org.read", "saisines.create"],
    },
    {
      name: "unknown codes stored in data grant nothing",
      functions: [{ permissions: ["root", "org.read"] }],
      expected: ["org.read"],
    },
  ];
  for (const c of cases) test(c.name, () => expect(permissionsOf(c.functions)).toEqual(c.expected));
});

test("missingPermissions lists what the holder lacks", () => {
  expect(missingPermissions(["org.read"], ["org.read", "audit.read"])).toEqual(["audit.read"]);
  expect(missingPermissions(["org.read", "audit.read"], ["audit.read"])).toEqual([]);
});

describe("visibleOrgIds", () => {
  const op1 = { id: "op1", kind: "operator" as const, operatorId: null };
  const op2 = { id: "op2", kind: "operator" as const, operatorId: null };
  const a = { id: "a", kind: "commune" as const, operatorId: "op1" };
  const b = { id: "b", kind: "commune" as const, operatorId: "op1" };
  const r = { id: "r", kind: "commune" as const, operatorId: "op2" };
  const all = [op1, op2, a, b, r];
  const cases = [
    { caller: a, expected: ["a"] },
    { caller: r, expected: ["r"] },
    { caller: op1, expected: ["op1", "a", "b"] },
    { caller: op2, expected: ["op2", "r"] },
  ];
  for (const c of cases)
    test(`${c.caller.id} sees ${c.expected.join(",")}`, () =>
      expect(visibleOrgIds(c.caller, all)).toEqual(c.expected));
});

describe("permissionsBeyondKind", () => {
  test.each([
    ["operator", ["saisines.manage", "org.manage"], []],
    ["commune", ["saisines.create", "contracts.read", "tokens.manage"], []],
    [
      "commune",
      ["saisines.read", "saisines.manage", "contracts.manage"],
      ["saisines.manage", "contracts.manage"],
    ],
  ] as const)("a %s asking %j cannot hold %j", (kind, wanted, expected) => {
    expect(permissionsBeyondKind(kind, wanted)).toEqual(expected);
  });
  test("the refusal names them in French", () => {
    expect(reservedToOperatorMessage(["saisines.manage", "contracts.manage"])).toBe(
      "Réservées au service commun : Traiter les saisines, Modifier les contrats.",
    );
  });
});
