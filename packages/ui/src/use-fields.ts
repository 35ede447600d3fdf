/**
 * A form's values in one state, and the props that bind a field to one of them: its value, what
 * a change does, and its errors (`fieldError`, nested keys included) — `{...fields.text("email")}`
 * on a TextField, TextAreaField or SelectField, `{...fields.choice("kind")}` on a RadioGroup or a
 * CheckboxGroup. Given the form's layout (the fields its error summary lists), `field("email")`
 * adds the input's id and label from it, and `group("kind")` a group's id and legend, so they are
 * written once. The values go to `useSchemaForm`'s `check` as they are.
 */
import { type ChangeEvent, useState } from "react";
import type { SummaryField } from "./error-summary.tsx";
import { type FieldErrors, type FormError, fieldError } from "./form-error.ts";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function useFields<
  V extends Record<string, unknown>,
  const L extends readonly SummaryField[] = readonly [],
>(initial: V, error: FormError | null, layout?: L) {
  const [values, setValues] = useState<V>(initial);
  const set = (patch: Partial<V>) => setValues((current) => ({ ...current, ...patch }));
  const setOne = <K extends keyof V>(name: K, value: V[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  /**
   * For a text input, a text area or a select: the value as typed. `errorKey` names the input's
   * field when it differs from the value's (a nested `manager.name`).
   */
  const text = textBinding(values, set, error?.fieldErrors);
  const choice = <K extends keyof V & string>(name: K) => ({
    value: values[name],
    onChange: (value: V[K]) => setOne(name, value),
    error: fieldError(error?.fieldErrors, name),
  });
  return {
    values,
    set,
    reset: (next: V = initial) => setValues(next),
    text,
    /** `text` with the input's id and label, read from the layout (only names it holds type-check). */
    field<K extends keyof V & L[number]["name"]>(name: K, errorKey: string = name) {
      const place = layout?.find((candidate) => candidate.name === name);
      if (!place) throw new Error(`The form's layout has no field named ${name}`);
      return { id: place.id, label: place.label, ...text(name, errorKey) };
    },
    /** For radio buttons or checkboxes: the value (or values) chosen. */
    choice,
    /**
     * `choice` with the group's id and legend, read from the layout — where the group's place is
     * its first option's id (`<group id>-0`), the one the error summary links to.
     */
    group<K extends keyof V & L[number]["name"] & string>(name: K) {
      const place = layout?.find((candidate) => candidate.name === name);
      if (!place?.id.endsWith("-0"))
        throw new Error(`The form's layout has no group named ${name} (an id ending in -0)`);
      return { id: place.id.slice(0, -2), legend: place.label, ...choice(name) };
    },
  };
}

/**
 * Text controls (inputs, text areas, selects) bound to one object's values — a form's, a part of a
 * nested draft, a row of a list: each gets its value, its change (that one value patched) and the
 * errors of `prefix + name`, or of `errorKey` where the schema names it otherwise.
 */
export function textBinding<V extends object>(
  values: V,
  change: (patch: Partial<V>) => void,
  errors: FieldErrors | undefined,
  prefix = "",
) {
  return <K extends keyof V & string>(name: K, errorKey = `${prefix}${name}`) => ({
    value: values[name] as string,
    onChange: (event: ChangeEvent<Control>) =>
      change({ [name]: event.currentTarget.value } as unknown as Partial<V>),
    error: fieldError(errors, errorKey),
  });
}
