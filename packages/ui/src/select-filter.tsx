/**
 * A list filtered on one choice (a state, an organisation): the select and the button that shows
 * the list so filtered — the choice is a draft until then, and the page puts it in its URL (a new
 * URL, back or forward, sets the draft to the choice it names).
 */
import type { ReactNode } from "react";
import { SelectField } from "./field.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { useFiltersDraft } from "./filters-panel.tsx";

export function SelectFilter({
  id,
  words,
  current,
  variant,
  boxed,
  onApply,
  children,
}: {
  id: string;
  /** The form's name (read by screen readers), the select's label, the button's words. */
  words: { form: string; label: string; show: string };
  /** The choice the list shows ("" for none). */
  current: string;
  variant?: "primary" | "secondary";
  /** In a panel of its own. */
  boxed?: boolean;
  onApply(choice: string): void;
  /** The select's options. */
  children: ReactNode;
}) {
  // Back and forward change the URL under the select: it shows the choice the list shows.
  const [draft, setDraft] = useFiltersDraft(current, current);
  return (
    <FilterBar
      label={words.form}
      submit={words.show}
      variant={variant}
      panel={boxed}
      onApply={() => onApply(draft)}
    >
      <SelectField
        id={id}
        label={words.label}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      >
        {children}
      </SelectField>
    </FilterBar>
  );
}
