/**
 * Who may do what with a contract, beyond permissions: a commune reads its own contract; only the
 * operator's side drafts, signs, imports or manages memberships (a commune never amends).
 */
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { assertVisibleOrg } from "../tenant.ts";

/** The organisation a read is about: the caller's own commune unless an operator names one. */
export function targetOrgId(caller: Caller, orgId: string | undefined): string {
  if (orgId) {
    assertVisibleOrg(caller, orgId);
    return orgId;
  }
  if (caller.org.kind === "commune") return caller.org.id;
  throw new AppError("BAD_REQUEST", "Choisissez la commune concernée.", {
    orgId: ["Choisissez une commune."],
  });
}

export function assertOperatorSide(caller: Caller) {
  if (caller.org.kind !== "operator")
    throw new AppError(
      "FORBIDDEN",
      "Seul le service commun peut modifier un contrat ou une adhésion : adressez-vous à votre référent.",
    );
}
