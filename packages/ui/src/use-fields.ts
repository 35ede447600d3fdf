/**
 * A form's values in one state, and the props that bind a field to one of them: its value, what
 * a change does, and its errors (`fieldError`, nested keys included) — `{...fields.text("email")}`
 * on a TextField, TextAreaField or SelectField, `{...fields.choice("kind")}` on a RadioGroup or a
 * CheckboxGroup. Given the form's layout (the fields its error summary lists), `field("email")`
 * adds the input's id and label from it, `group("kind")` a group's id and legend, and
 * `fieldset("rows")` a list's, so they are written once. A value the schema nests
 * (`leadDepartment` checked as `fiche.leadDepartment`) names its place by its errors' key:
 * `field("leadDepartment", "fiche.leadDepartment")`. The values go to `useSchemaForm`'s `check`
 * as they are. `bindFields` gives the same bindings over values a page keeps itself (a draft).
 */
import { type ChangeEvent, useState } from "react";
import type { SummaryField } from "./error-summary.tsx";
import { type FieldErrors, type FormError, fieldError } from "./form-error.ts";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * What `field(name)` gives a text control: a part of a form shared by several (the when and where
 * of a meeting, a choice of formule) takes `field` and is laid out by each form's layout.
 */
export type BoundField = {
  id: string;
  label: string;
  value: string;
  onChange(event: ChangeEvent<Control>): void;
  error: string[];
};

/** The names a layout holds under `prefix`, without it. */
type Unprefixed<N extends string, P extends string> = N extends `${P}${infer Rest}` ? Rest : never;

/** A value's errors' key: its own name when the layout holds it, else one the layout holds. */
type ErrorKey<K extends string, L extends readonly SummaryField[]> = K extends L[number]["name"]
  ? [errorKey?: L[number]["name"]]
  : [errorKey: L[number]["name"]];

export function useFields<
  V extends Record<string, unknown>,
  const L extends readonly SummaryField[] = readonly [],
>(initial: V, error: FormError | null, layout?: L) {
  const [values, setValues] = useState<V>(initial);
  const set = (patch: Partial<V>) => setValues((current) => ({ ...current, ...patch }));
  return {
    values,
    set,
    reset: (next: V = initial) => setValues(next),
    ...bindFields(values, set, error?.fieldErrors, layout),
  };
}

/**
 * `useFields`' bindings over values kept elsewhere (a draft the page holds, a part of it): each
 * change goes to `change`, and a value's errors and place are `prefix + name`'s
 * (`content.name` for `name` with the prefix `content.`).
 */
export function bindFields<
  V extends object,
  const L extends readonly SummaryField[] = readonly [],
  const P extends string = "",
>(
  values: V,
  change: (patch: Partial<V>) => void,
  errors: FieldErrors | undefined,
  layout?: L,
  prefix: P = "" as P,
) {
  /**
   * For a text input, a text area or a select: the value as typed. `errorKey` names the input's
   * field when it differs from the value's (a nested `manager.name`).
   */
  const text = textBinding(values, change, errors, prefix);
  const choice = <K extends keyof V & string>(name: K, errorKey = `${prefix}${name}`) => ({
    value: values[name],
    onChange: (value: V[K]) => change({ [name]: value } as unknown as Partial<V>),
    error: fieldError(errors, errorKey),
  });
  /** The layout's place of the field whose errors are at `key`. */
  const place = (key: string, group = false) => {
    const found = layout?.find((candidate) => candidate.name === key);
    if (!found || (group && !found.id.endsWith("-0")))
      throw new Error(
        `The form's layout has no ${group ? "group (an id ending in -0)" : "field"} named ${key}`,
      );
    return found;
  };
  return {
    text,
    /**
     * `text` with the input's id and label, read from the layout: only a name it holds
     * type-checks, or one whose `errorKey` it holds.
     */
    field<K extends keyof V & string>(
      name: K,
      ...[errorKey = `${prefix}${name}`]: ErrorKey<`${P}${K}`, L>
    ) {
      const { id, label } = place(errorKey);
      return { id, label, ...text(name, errorKey) };
    },
    /** For radio buttons or checkboxes: the value (or values) chosen. */
    choice,
    /**
     * `choice` with the group's id and legend, read from the layout — where the group's place is
     * its first option's id (`<group id>-0`), the one the error summary links to.
     */
    group<K extends keyof V & string>(
      name: K,
      ...[errorKey = `${prefix}${name}`]: ErrorKey<`${P}${K}`, L>
    ) {
      const { id, label } = place(errorKey, true);
      return { id: id.slice(0, -2), legend: label, ...choice(name, errorKey) };
    },
    /**
     * A list's fieldset (its rows or items), whose own id is its place: its id, legend, name in
     * the schema and the form's errors (the list's own and its rows').
     */
    fieldset(name: Unprefixed<L[number]["name"], P>) {
      const key = `${prefix}${name}`;
      const { id, label } = place(key);
      return { id, legend: label, name: key, errors };
    },
    /** A control bound otherwise (a row of a list, a map of texts): its id and label. */
    place(name: L[number]["name"]) {
      const { id, label } = place(name);
      return { id, label };
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
