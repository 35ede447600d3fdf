/**
 * When a saisine can be given to a person or a team of the shared service: while it is open and
 * being worked. Resolved, it waits for the commune's answer; closed, it no longer changes; an
 * exceptional saisine waits for the managers' decision (000 art. 4).
 */
import { isFinalSaisineStatus, type SaisineStatus } from "./vocabulary.ts";

/** Why the saisine cannot be assigned now, in French; null when it can. */
export function assignmentRefusal(saisine: {
  status: SaisineStatus;
  reference: string;
}): string | null {
  const { status, reference } = saisine;
  if (isFinalSaisineStatus(status))
    return `La saisine ${reference} est close : elle ne s'attribue plus.`;
  if (status === "resolue")
    return `La saisine ${reference} est résolue : elle attend la réponse de la commune et ne se réattribue pas.`;
  if (status === "decision-attendue")
    return `La saisine ${reference} est exceptionnelle : elle ne peut pas être traitée avant la décision des responsables de la commune et du service commun.`;
  return null;
}

export function isAssignableStatus(status: SaisineStatus): boolean {
  return assignmentRefusal({ status, reference: "" }) === null;
}
