/**
 * The `<option>`s of an assignee picker, grouped by team: each team (the whole team first, then
 * its members), then the staff in no team — names sorted the French way. Values « team:<id> »
 * and « person:<id> » (see use-assignees.ts).
 */
import { sortFrench } from "@mutu/domain";
import { Options } from "@mutu/ui";
import { saisinesMessages } from "./messages.ts";
import type { Assignees } from "./types.ts";

const t = saisinesMessages.filters;

const PersonOptions = ({ people }: { people: readonly { id: string; displayName: string }[] }) => (
  <Options options={people.map((p) => ({ value: `person:${p.id}`, label: p.displayName }))} />
);

export function AssigneeOptions({ list }: { list: Assignees | undefined }) {
  if (!list) return null;
  const inTeam = new Set(list.teams.flatMap((team) => team.members.map((m) => m.id)));
  const loners = sortFrench(
    list.people.filter((p) => !inTeam.has(p.id)),
    (p) => p.displayName,
  );
  return (
    <>
      {sortFrench(list.teams, (team) => team.name).map((team) => (
        <optgroup key={team.id} label={team.name}>
          <option value={`team:${team.id}`}>{t.wholeTeam(team.name)}</option>
          <PersonOptions people={sortFrench(team.members, (m) => m.displayName)} />
        </optgroup>
      ))}
      {loners.length ? (
        <optgroup label={t.noTeam}>
          <PersonOptions people={loners} />
        </optgroup>
      ) : null}
    </>
  );
}
