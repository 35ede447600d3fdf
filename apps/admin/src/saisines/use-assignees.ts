/**
 * Who saisines can be given to — the service commun's teams and active staff — as the options of
 * one `<select>`: values « team:<id> » and « person:<id> », read back into the API's shape.
 */
import { trpc } from "@mutu/web";
import type { Assignees } from "./types.ts";

export type Assignee = { kind: "person"; personId: string } | { kind: "team"; teamId: string };

export function assigneeFrom(value: string): Assignee | null {
  const [kind, id] = value.split(":");
  if (!id) return null;
  if (kind === "team") return { kind: "team", teamId: id };
  if (kind === "person") return { kind: "person", personId: id };
  return null;
}

export function assigneeLabel(list: Assignees | undefined, value: string): string {
  const a = assigneeFrom(value);
  if (!a || !list) return "";
  return a.kind === "team"
    ? (list.teams.find((team) => team.id === a.teamId)?.name ?? "")
    : (list.people.find((p) => p.id === a.personId)?.displayName ?? "");
}

export function useAssignees() {
  return trpc.saisines.assignees.useQuery(undefined, { staleTime: 5 * 60_000 });
}
