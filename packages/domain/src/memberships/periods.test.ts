import { describe, expect, test } from "vitest";
import {
  auditForPricing,
  auditInvoicedBy,
  currentPeriod,
  inForceOn,
  inheritedAudit,
  type MembershipPeriod,
} from "./periods.ts";

const audit: MembershipPeriod = {
  subscription: "audit",
  effectiveFrom: "2025-01-15",
  effectiveTo: "2025-05-01",
  auditInvoicedOn: "2025-03-01",
};
const socle: MembershipPeriod = {
  subscription: "socle-complet",
  effectiveFrom: "2025-05-01",
  effectiveTo: null,
  auditInvoicedOn: null,
};

describe("inForceOn — effectiveTo is exclusive", () => {
  test.each([
    ["2025-01-14", false],
    ["2025-01-15", true],
    ["2025-04-30", true],
    ["2025-05-01", false],
  ])("the audit period on %s: %s", (day, expected) => {
    expect(inForceOn(audit, day)).toBe(expected);
  });
});

describe("currentPeriod — in force, else the next to come, else the last that ended", () => {
  test.each([
    ["2025-02-01", audit],
    ["2025-05-01", socle],
    ["2024-12-01", audit],
  ])("on %s", (day, expected) => {
    expect(currentPeriod([audit, socle], day)).toBe(expected);
  });

  test("after the last period ended, the last one", () => {
    const ended = { ...socle, effectiveTo: "2026-05-01" };
    expect(currentPeriod([audit, ended], "2027-01-01")).toBe(ended);
  });

  test("no period: null", () => {
    expect(currentPeriod([], "2025-01-01")).toBeNull();
  });
});

describe("which audit a choice counts on", () => {
  test.each([
    ["socle-complet", "2025-03-01", { auditInvoicedOn: "2025-03-01" }],
    ["socle-complet", null, {}],
    ["audit", "2025-03-01", {}],
    ["audit+groupement-achats", "2025-03-01", {}],
  ] as const)("auditForPricing(%s, %s)", (subscription, date, expected) => {
    expect(auditForPricing(subscription, date)).toEqual(expected);
  });

  test.each([
    ["2025-05-01", "2025-03-01"],
    ["2025-03-01", "2025-03-01"],
    ["2025-02-28", null],
  ])("a choice from %s inherits the open audit's date: %s", (from, expected) => {
    expect(inheritedAudit(audit, from)).toBe(expected);
  });

  test("an audit invoiced under an earlier choice counts for a later one", () => {
    expect(auditInvoicedBy([audit, socle], socle)).toBe("2025-03-01");
    expect(auditInvoicedBy([audit, socle], { ...socle, auditInvoicedOn: "2025-04-01" })).toBe(
      "2025-04-01",
    );
    expect(auditInvoicedBy([{ ...audit, auditInvoicedOn: "2025-06-01" }, socle], socle)).toBe(
      undefined,
    );
  });
});
