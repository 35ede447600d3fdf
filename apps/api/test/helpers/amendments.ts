/**
 * Amending a commune's contract as the Métropole's administrator, for the tests of what a signed
 * amendment changes: draft, change the annex, sign from an effective date.
 */
import { expect } from "vitest";
import { data } from "../harness.ts";
import type { useSaisineClock } from "./saisines.ts";

export const METROPOLE_ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";

// The annex as the tests read it: loose, since each test changes one part of it.
// biome-ignore lint/suspicious/noExplicitAny: the tests write any part of the annex
export type LooseAnnex = Record<string, any>;

type Clock = ReturnType<typeof useSaisineClock>;

/**
 * Drafts an amendment of `slug`'s contract and saves the annex as `change` leaves it; returns the
 * admin's cookie, the draft and the API's answer to the save (a refusal is the test's to check).
 */
export async function amendContract(
  t: Clock,
  slug: string,
  subject: string,
  change: (annex: LooseAnnex) => void,
) {
  const { h } = t;
  const admin = await t.as(METROPOLE_ADMIN);
  const current = data<{ contract: { id: string } }>(
    await h.query("contracts.current", { orgId: h.orgId(slug) }, { cookie: admin }),
  );
  const drafted = data<{ version: { id: string; annex: LooseAnnex } }>(
    await h.mutate(
      "contracts.draftAmendment",
      { contractId: current.contract.id, subject },
      { cookie: admin },
    ),
  );
  const annex = structuredClone(drafted.version.annex);
  change(annex);
  const updated = await h.mutate(
    "contracts.updateDraft",
    { versionId: drafted.version.id, annex },
    { cookie: admin },
  );
  return { admin, drafted, annex, updated };
}

/** Signs a drafted amendment, in force from `effectiveFrom`. */
export async function signAmendment(
  t: Clock,
  admin: string,
  versionId: string,
  signedOn: string,
  effectiveFrom: string,
) {
  const signed = await t.h.mutate(
    "contracts.signAmendment",
    { versionId, signedOn, effectiveFrom },
    { cookie: admin },
  );
  expect(signed.status, signed.error?.message).toBe(200);
}

/** Sets indicator `code`'s target in the annex. */
export function setTarget(annex: LooseAnnex, code: string, target: unknown): number {
  const index = annex.indicators.findIndex(
    (indicator: { code: string }) => indicator.code === code,
  );
  annex.indicators[index] = { ...annex.indicators[index], target };
  return index;
}
