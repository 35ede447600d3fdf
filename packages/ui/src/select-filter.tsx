/**
 * A list filtered on one choice (a state, an organisation): the select and the button that shows
 * the list so filtered — the choice is a draft until then, and the page puts it in its URL.
 */
import { type ReactNode, useState } from "react";
import { SelectField } from "./field.tsx";
import { FilterBar } from "./filter-bar.tsx";

export function SelectFilter({
  id,
  form,
  label,
  submit,
  current,
  variant,
  boxed,
  onApply,
  children,
}: {
  id: string;
  /** The form's name, read by screen readers. */
  form: string;
  label: string;
  /** The button's words (« Afficher », « Appliquer »…). */
  submit: string;
  /** The choice the list shows ("" for none). */
  current: string;
  variant?: "primary" | "secondary";
  /** In a panel of its own. */
  boxed?: boolean;
  onApply(choice: string): void;
  /** The select's options. */
  children: ReactNode;
}) {
  const [draft, setDraft] = useState(current);
  return (
    <FilterBar
      label={form}
      submit={submit}
      variant={variant}
      panel={boxed}
      onApply={() => onApply(draft)}
    >
      <SelectField
        id={id}
        label={label}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      >
        {children}
      </SelectField>
    </FilterBar>
  );
}
