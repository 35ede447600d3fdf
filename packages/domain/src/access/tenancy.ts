/**
 * Who sees which organisation: a commune sees itself; an operator sees itself and its members;
 * nobody sees another operator's world. The API checks this and the database enforces it again
 * (row-level security keyed on the same list).
 */
import type { OrgKind } from "../organisations/schema.ts";

export type OrgRef = { id: string; kind: OrgKind; operatorId: string | null };

export function visibleOrgIds(caller: OrgRef, allOrgs: readonly OrgRef[]): string[] {
  if (caller.kind === "commune") return [caller.id];
  return [caller.id, ...allOrgs.filter((o) => o.operatorId === caller.id).map((o) => o.id)];
}
