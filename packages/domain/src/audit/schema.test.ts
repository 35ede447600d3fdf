import { expect, test } from "vitest";
import { auditHashInput, canonicalJson, GENESIS_HASH } from "./schema.ts";

test.each([
  [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
  [{ a: { d: [3, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":2,"z":1}]}}'],
  [{ a: undefined, b: new Date("2026-01-01T00:00:00Z") }, '{"b":"2026-01-01T00:00:00.000Z"}'],
  [null, "null"],
  ["é", '"é"'],
])("canonicalJson(%j)", (input, expected) => expect(canonicalJson(input)).toBe(expected));

test("hash input changes with the previous hash and with any field", () => {
  const entry = {
    chain: "x",
    at: "2026-01-01T00:00:00.000Z",
    orgId: null,
    actorPersonId: null,
    actorTokenId: null,
    action: "person.create",
    entity: "person",
    entityId: "p",
    before: null,
    after: { name: "A" },
  };
  const base = auditHashInput(GENESIS_HASH, entry);
  expect(auditHashInput("1".repeat(64), entry)).not.toBe(base);
  expect(auditHashInput(GENESIS_HASH, { ...entry, after: { name: "B" } })).not.toBe(base);
  expect(auditHashInput(GENESIS_HASH, { ...entry })).toBe(base);
});
