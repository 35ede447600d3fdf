/**
 * The filters of a list: a form named for screen readers, its fields side by side, and the button
 * that applies them — the page then puts them in its URL (`urlFilters`), so the list can be shared.
 * As a `panel`, the form stands in a panel of its own (a class added), with `above` the fields
 * (the summary of refused filters). Its button is secondary on every page: showing a list differently
 * changes nothing, and the page's own action (« Nouvelle saisine », « Faire adhérer une commune »)
 * stays the one primary button in view.
 */
import type { ReactNode } from "react";
import { Button } from "./button.tsx";

export function FilterBar({
  label,
  submit,
  panel,
  above,
  onApply,
  children,
}: {
  /** The form's name, read by screen readers. */
  label: string;
  /** The button's words (« Afficher », « Appliquer »…). */
  submit: string;
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
        <Button type="submit" variant="secondary">
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
