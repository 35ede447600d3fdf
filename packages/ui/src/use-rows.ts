/**
 * A repeated part of a form (the actions of a meeting, the milestones of a plan): its rows in one
 * state, each with a key of its own that stays while rows are added and removed, and the binding
 * of a row's text controls (`textBinding`, its errors under `prefix`, e.g. `actions.2.`).
 */
import { useState } from "react";
import type { FieldErrors } from "./form-error.ts";
import { textBinding } from "./use-fields.ts";

let lastKey = 0;
const keyed = <R extends object>(row: R) => ({ ...row, key: `ligne-${++lastKey}` });

export function useRows<R extends object>(initial: () => readonly R[]) {
  const [rows, setRows] = useState(() => initial().map(keyed));
  const set = (index: number, patch: Partial<R>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return {
    /** The rows with their keys, in order. */
    rows,
    /** The rows as the form sends them. */
    values: rows.map(({ key: _key, ...row }) => row as unknown as R),
    add: (row: R) => setRows((all) => [...all, keyed(row)]),
    remove: (index: number) => setRows((all) => all.filter((_, i) => i !== index)),
    set,
    /** Row `index`'s text controls, their errors under `prefix` (`actions.${index}.`). */
    text: (index: number, errors: FieldErrors | undefined, prefix: string) =>
      textBinding(rows[index] as R, (patch) => set(index, patch), errors, prefix),
  };
}
