/**
 * The filters of a list: a form named for screen readers, its fields side by side, and the button
 * that applies them — the page then puts them in its URL (`urlFilters`), so the list can be shared.
 * As a `panel`, the form stands in a panel of its own (a class added), with `above` the fields
 * (the summary of refused filters).
 */
import type { ReactNode } from "react";
import { Button } from "./button.tsx";

export function FilterBar({
  label,
  submit,
  variant,
  panel,
  above,
  onApply,
  children,
}: {
  /** The form's name, read by screen readers. */
  label: string;
  /** The button's words (« Afficher », « Appliquer »…). */
  submit: string;
  variant?: "primary" | "secondary";
  /** In a panel: `true`, or the panel's extra class. */
  panel?: boolean | string;
  above?: ReactNode;
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
      className={
        panel ? ["form-panel", typeof panel === "string" ? panel : ""].join(" ").trim() : "filters"
      }
      noValidate={panel ? true : undefined}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      {panel ? (
        <>
          {above}
          <div className="filters">{fields}</div>
        </>
      ) : (
        fields
      )}
    </form>
  );
}
