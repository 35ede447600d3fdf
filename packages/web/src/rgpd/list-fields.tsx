/**
 * Repeatable parts of a form (purposes, data categories, retention periods…): each row a
 * `<fieldset>` named « Finalité 2 », its own fields, a button to remove it (its row named for
 * screen readers), and a button to add one. A list of plain texts is the simplest case.
 */
import {
  Button,
  bindFields,
  TextField,
  fieldError,
  type FieldErrors,
  useRowsFocus,
} from "@mutu/ui";
import type { ReactNode } from "react";
import { formMessages } from "./form-messages.ts";

type RowsProps<T extends object> = {
  id: string;
  legend: string;
  hint?: ReactNode;
  rows: readonly T[];
  onChange(rows: T[]): void;
  blank: T;
  /** « Finalité 1 »: the legend of row `index` (from 0). */
  rowLegend(index: number): string;
  addLabel: string;
  /** The form's errors: the list's own (« au moins une finalité ») at `name`, its rows' below it. */
  errors: FieldErrors | undefined;
  /** The list's name in the schema (`content.purposes`). */
  name: string;
  /**
   * Row `index`'s fields: `text` binds a text control or a select to one of its values
   * (`{...text("label")}`), `choice` a radio group (`{...choice("legalBasis")}`).
   */
  children(
    index: number,
    bind: { row: T; set(change: Partial<T>): void } & RowBindings<T>,
  ): ReactNode;
};

const rowBindings = <T extends object>(
  row: T,
  change: (patch: Partial<T>) => void,
  errors: FieldErrors | undefined,
  name: string,
  index: number,
) => {
  const { text, choice } = bindFields(row, change, errors, undefined, `${name}.${index}.`);
  return { text, choice };
};
type RowBindings<T extends object> = ReturnType<typeof rowBindings<T>>;

export function RowsFieldset<T extends object>({
  id,
  legend,
  hint,
  rows,
  onChange,
  blank,
  rowLegend,
  addLabel,
  errors,
  name,
  children,
}: RowsProps<T>) {
  const error = errors?.[name];
  const focus = useRowsFocus();
  const set = (index: number) => (change: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="fieldset-box" id={id} tabIndex={-1} ref={focus.list}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {error?.length ? <p className="field-error">{error.join(" ")}</p> : null}
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
        <fieldset key={index} className="participant" data-row>
          <legend>{rowLegend(index)}</legend>
          {children(index, {
            row,
            set: set(index),
            ...rowBindings(row, set(index), errors, name, index),
          })}
          <Button
            variant="link"
            onClick={() => {
              onChange(rows.filter((_, i) => i !== index));
              focus.removed();
            }}
          >
            {formMessages.remove}
            <span className="visually-hidden"> {rowLegend(index)}</span>
          </Button>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        ref={focus.add}
        onClick={() => {
          onChange([...rows, blank]);
          focus.added();
        }}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** A list of texts (persons concerned, recipients, applications): one field per item. */
export function TextListField({
  id,
  legend,
  hint,
  items,
  onChange,
  errors,
  name,
  itemLabel,
  addLabel,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  items: readonly string[];
  onChange(items: string[]): void;
  errors: FieldErrors | undefined;
  /** The field's name in the schema (`content.recipients`). */
  name: string;
  itemLabel: string;
  addLabel: string;
}) {
  const own = errors?.[name];
  const focus = useRowsFocus();
  return (
    <fieldset className="fieldset-box" id={id} tabIndex={-1} ref={focus.list}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {own?.length ? <p className="field-error">{own.join(" ")}</p> : null}
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place, by position
        <div key={index} className="list-item" data-row>
          <TextField
            id={`${id}-${index}`}
            label={`${itemLabel} ${index + 1}`}
            className="input input-wide"
            value={item}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange(items.map((x, i) => (i === index ? value : x)));
            }}
            error={fieldError(errors, `${name}.${index}`)}
          />
          <Button
            variant="link"
            onClick={() => {
              onChange(items.filter((_, i) => i !== index));
              focus.removed();
            }}
          >
            {formMessages.remove}
            <span className="visually-hidden">
              {" "}
              {itemLabel} {index + 1}
            </span>
          </Button>
        </div>
      ))}
      <Button
        variant="secondary"
        ref={focus.add}
        onClick={() => {
          onChange([...items, ""]);
          focus.added();
        }}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
