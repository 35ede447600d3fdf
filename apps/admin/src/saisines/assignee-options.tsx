/** The `<option>`s of an assignee picker: teams, then people (see use-assignees.ts). */
import { saisinesMessages } from "./messages.ts";
import type { Assignees } from "./types.ts";

const t = saisinesMessages.filters;

export function AssigneeOptions({ list }: { list: Assignees | undefined }) {
  if (!list) return null;
  return (
    <>
      <optgroup label={t.teams}>
        {list.teams.map((team) => (
          <option key={team.id} value={`team:${team.id}`}>
            {team.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t.people}>
        {list.people.map((person) => (
          <option key={person.id} value={`person:${person.id}`}>
            {person.displayName}
          </option>
        ))}
      </optgroup>
    </>
  );
}
