/**
 * A form's values in one state, and the props that bind a field to one of them: its value, what
 * a change does, and its errors (`fieldError`, nested keys included) — `{...fields.text("email")}`
 * on a TextField, TextAreaField or SelectField, `{...fields.choice("kind")}` on a RadioGroup or a
 * CheckboxGroup. The values go to `useSchemaForm`'s `check` as they are.
 */
import { type ChangeEvent, useState } from "react";
import { type FormError, fieldError } from "./form-error.ts";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function useFields<V extends Record<string, unknown>>(initial: V, error: FormError | null) {
  const [values, setValues] = useState<V>(initial);
  const set = (patch: Partial<V>) => setValues((current) => ({ ...current, ...patch }));
  const setOne = <K extends keyof V>(name: K, value: V[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  return {
    values,
    set,
    reset: (next: V = initial) => setValues(next),
    /**
     * For a text input, a text area or a select: the value as typed. `errorKey` names the input's
     * field when it differs from the value's (a nested `manager.name`).
     */
    text<K extends keyof V & string>(name: K, errorKey: string = name) {
      return {
        value: values[name] as string,
        onChange: (event: ChangeEvent<Control>) => setOne(name, event.currentTarget.value as V[K]),
        error: fieldError(error?.fieldErrors, errorKey),
      };
    },
    /** For radio buttons or checkboxes: the value (or values) chosen. */
    choice<K extends keyof V & string>(name: K) {
      return {
        value: values[name],
        onChange: (value: V[K]) => setOne(name, value),
        error: fieldError(error?.fieldErrors, name),
      };
    },
  };
}
