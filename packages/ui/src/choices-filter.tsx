/**
 * What a page shows, chosen in a few selects (a commune, a year, a period…), and the button that
 * shows it: the choices are a draft until then, so changing a select changes nothing on the page
 * (RGAA 7.4: no change of context on input). The page puts the choices in its URL (`withParams`);
 * a new URL, back or forward, sets the draft to the choices it names.
 */
import type { ReactNode } from "react";
import { SelectField } from "./field.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { useFiltersDraft } from "./filters-panel.tsx";

export type FilterChoice<K extends string> = {
  name: K;
  id: string;
  label: string;
  /** A short select (a year). */
  short?: boolean;
  /** The select's options. */
  options: ReactNode;
};

export function ChoicesFilter<K extends string>({
  label,
  submit,
  panel,
  current,
  choices,
  onApply,
}: {
  /** The form's name, read by screen readers. */
  label: string;
  /** The button's words (« Afficher »). */
  submit: string;
  /** In a panel: `true`, or the panel's extra class. */
  panel?: boolean | string;
  /** The choices the page shows ("" for none). */
  current: Record<K, string>;
  choices: readonly FilterChoice<K>[];
  onApply(choices: Record<K, string>): void;
}) {
  const [draft, setDraft] = useFiltersDraft(
    current,
    choices.map((choice) => current[choice.name]).join("\n"),
  );
  return (
    <FilterBar label={label} submit={submit} panel={panel} onApply={() => onApply(draft)}>
      {choices.map((choice) => (
        <SelectField
          key={choice.name}
          id={choice.id}
          label={choice.label}
          value={draft[choice.name]}
          {...(choice.short ? { className: "input input-short" } : {})}
          onChange={(event) => setDraft({ ...draft, [choice.name]: event.currentTarget.value })}
        >
          {choice.options}
        </SelectField>
      ))}
    </FilterBar>
  );
}
