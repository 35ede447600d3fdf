/**
 * A list filtered on one choice (a state, an organisation): the select and the button that shows
 * the list so filtered — `ChoicesFilter` with one select.
 */
import type { ReactNode } from "react";
import { ChoicesFilter } from "./choices-filter.tsx";

export function SelectFilter({
  id,
  words,
  current,
  boxed,
  onApply,
  children,
}: {
  id: string;
  /** The form's name (read by screen readers), the select's label, the button's words. */
  words: { form: string; label: string; show: string };
  /** The choice the list shows ("" for none). */
  current: string;
  /** In a panel of its own. */
  boxed?: boolean;
  onApply(choice: string): void;
  /** The select's options. */
  children: ReactNode;
}) {
  return (
    <ChoicesFilter
      label={words.form}
      submit={words.show}
      panel={boxed}
      current={{ choice: current }}
      choices={[{ name: "choice", id, label: words.label, options: children }]}
      onApply={(draft) => onApply(draft.choice)}
    />
  );
}
