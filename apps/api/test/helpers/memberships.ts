/**
 * What the membership tests share: the API's shapes as the tests read them, and a harness at a fixed
 * « today » with Redon Agglomération's administrator and Ville de Redon's DGS signed in.
 */
import type { Driver } from "@mutu/db/testing";
import { useHarness } from "../harness.ts";
import { NOW } from "./contracts.ts";

export type Line = { label: string; cents: number };
export type Yearly = {
  year: number;
  cents: number;
  basis: string;
  needsReview: boolean;
  lines: Line[];
};
export type Membership = {
  contract: {
    status: string;
    effectiveFrom: string;
    noticeGivenOn: string | null;
    effectiveTo: string | null;
    lastDayInForce: string | null;
    nextRenewal: { kind: string; renewsOn: string; termNumber: number | null } | null;
  };
  member: { name: string; population: number };
  current: {
    subscription: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    decisionRef: string;
  } | null;
  periods: { subscription: string; effectiveFrom: string; effectiveTo: string | null }[];
  level1: { days: number; tierLabel: string } | null;
  contributions: Yearly[];
};
export type Table = {
  rows: { orgName: string; cents: number; basis: string; subscriptions: string[] }[];
  totals: { members: number; cents: number };
  staffing: { socleCompletMembers: number; extraFte: number };
};

/** The membership tests' harness; `manage` and its shorthands are how the operator's
 * administrator changes a membership. */
export function useMemberships(driver: Driver) {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: {
      admin: "admin@redon-agglomeration.mutu-demo.fr",
      redonDgs: "dgs@redon.mutu-demo.fr",
    },
  });
  const manage = (verb: "join" | "changeChoice" | "terminate", input: Record<string, unknown>) =>
    t.h.mutate(`memberships.${verb}`, input, { cookie: t.admin });
  return Object.assign(t, {
    manage,
    changeChoice: (
      orgId: string,
      subscription: string,
      effectiveFrom: string,
      decisionRef: string,
    ) => manage("changeChoice", { orgId, subscription, effectiveFrom, decisionRef }),
    terminate: (orgId: string, noticeGivenOn: string, decisionRef: string) =>
      manage("terminate", { orgId, noticeGivenOn, decisionRef }),
  });
}
