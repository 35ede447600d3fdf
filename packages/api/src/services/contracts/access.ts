/**
 * Who may do what with a contract, beyond permissions: a commune reads its own contract; only the
 * operator's side drafts, signs, imports or manages memberships (a commune never amends).
 */
import type { Caller } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";

export function assertOperatorSide(caller: Caller) {
  if (caller.org.kind !== "operator")
    throw new AppError(
      "FORBIDDEN",
      "Seul le service commun peut modifier un contrat ou une adhésion : adressez-vous à votre référent.",
    );
}
