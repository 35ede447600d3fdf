/**
 * A list's filters in a panel of their own: a heading naming the form, the fields side by side, the
 * button that applies them and the one that resets them. The page keeps the filters in its URL
 * (shareable, back and forward work); `useFiltersDraft` keeps the form in step with it. Both buttons
 * are secondary, as `FilterBar`'s: a filter is never the page's primary action.
 */
import { type ReactNode, useEffect, useState } from "react";
import { Button } from "./button.tsx";

/** The filters being edited, set back to the list's own when back or forward change the URL. */
export function useFiltersDraft<T>(current: T, currentQuery: string) {
  const [draft, setDraft] = useState<T>(current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string stands for `current`
  useEffect(() => setDraft(current), [currentQuery]);
  return [draft, setDraft] as const;
}

export function FiltersPanel({
  id,
  wording: t,
  onApply,
  onReset,
  errors,
  children,
}: {
  /** The heading's id, naming the form. */
  id: string;
  /** The heading and the buttons' words. */
  wording: { title: string; apply: string; reset: string };
  onApply(): void;
  onReset(): void;
  /** What the form shows above the fields (the summary of refused filters). */
  errors?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      className="form-panel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
      aria-labelledby={id}
    >
      <h2 id={id}>{t.title}</h2>
      {errors}
      <div className="filters">{children}</div>
      <div className="inline-actions">
        <Button type="submit" variant="secondary">
          {t.apply}
        </Button>
        <Button variant="secondary" onClick={onReset}>
          {t.reset}
        </Button>
      </div>
    </form>
  );
}
