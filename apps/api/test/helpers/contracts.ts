/**
 * What the contract tests share: the API's shapes as the tests read them, and a harness at a fixed
 * « today » with the Métropole's administrator and a Bègles agent signed in.
 */
import { schema, withSystem } from "@mutu/db";
import type { Driver } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { data, useHarness } from "../harness.ts";

// Fixed "today" (Paris): 15 June 2025.
export const NOW = new Date("2025-06-15T10:00:00Z");

export type Version = {
  id: string;
  seq: number;
  kind: string;
  amendmentNumber: number | null;
  subject: string | null;
  status: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  inForce: boolean;
  publishedAt: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: the tests edit annexes freely, valid or not.
  annex?: Record<string, any>;
};
export type Contract = {
  id: string;
  orgName: string;
  status: string;
  pendingAmendments: number | null;
  nextRenewal: { kind: string; renewsOn: string } | null;
};
export type WithVersion = { contract: Contract; version: Version };
export type Change = {
  kind: string;
  path: string[];
  label: string;
  before?: unknown;
  after?: unknown;
};

/** The contract tests' harness, and what they read back through the API or straight from the tables. */
export function useContracts(driver: Driver) {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: {
      admin: "admin@bordeaux-metropole.mutu-demo.fr",
      agent: "agent@begles.mutu-demo.fr",
    },
  });
  return Object.assign(t, {
    contractOf: async (slug: string) =>
      data<WithVersion>(
        await t.h.query("contracts.current", { orgId: t.h.orgId(slug) }, { cookie: t.admin }),
      ),
    versionsOf: (contractId: string) =>
      withSystem(t.h.database.db, (tx) =>
        tx
          .select()
          .from(schema.contractVersions)
          .where(eq(schema.contractVersions.contractId, contractId)),
      ),
    auditOf: (action: string) =>
      withSystem(t.h.database.db, (tx) =>
        tx.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)),
      ),
  });
}
