/**
 * The filters of a list: a form named for screen readers, its fields side by side, and the button
 * that applies them — the page then puts them in its URL (`urlFilters`), so the list can be shared.
 */
import type { ReactNode } from "react";
import { Button } from "./button.tsx";

export function FilterBar({
  label,
  submit,
  variant,
  boxed = false,
  onApply,
  children,
}: {
  /** The form's name, read by screen readers. */
  label: string;
  /** The button's words (« Afficher », « Appliquer »…). */
  submit: string;
  variant?: "primary" | "secondary";
  /** In a box of its own (a page's first choice), rather than on the list's line. */
  boxed?: boolean;
  onApply(): void;
  children: ReactNode;
}) {
  const fields = (
    <>
      {children}
      <div className="actions">
        <Button type="submit" variant={variant}>
          {submit}
        </Button>
      </div>
    </>
  );
  return (
    <form
      className={boxed ? "form-panel" : "filters"}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      {boxed ? <div className="filters">{fields}</div> : fields}
    </form>
  );
}
