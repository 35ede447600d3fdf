/**
 * A repeated part of a form (the actions of a meeting, the milestones of a plan): its rows in one
 * state, each with a key of its own that stays while rows are added and removed, and the binding
 * of a row's text controls (`textBinding`, its errors under `prefix`, e.g. `actions.2.`). With
 * `list` on the rows' parent (each row marked `data-row`) and `addButton` on its « Ajouter », the
 * focus follows as `useRowsFocus` has it: into a row added, onto « Ajouter » when a row goes.
 */
import { useState } from "react";
import type { FieldErrors } from "./form-error.ts";
import { useRowsFocus } from "./rows-focus.ts";
import { textBinding } from "./use-fields.ts";

let lastKey = 0;
const keyed = <R extends object>(row: R) => ({ ...row, key: `ligne-${++lastKey}` });

export function useRows<R extends object, List extends HTMLElement = HTMLFieldSetElement>(
  initial: () => readonly R[],
) {
  const [rows, setRows] = useState(() => initial().map(keyed));
  const focus = useRowsFocus<List>();
  const set = (index: number, patch: Partial<R>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return {
    /** The rows with their keys, in order. */
    rows,
    /** The rows as the form sends them. */
    values: rows.map(({ key: _key, ...row }) => row as unknown as R),
    add: (row: R) => {
      setRows((all) => [...all, keyed(row)]);
      focus.added();
    },
    remove: (index: number) => {
      setRows((all) => all.filter((_, i) => i !== index));
      focus.removed();
    },
    /** The rows' parent, and the button that adds one: where the focus goes. */
    list: focus.list,
    addButton: focus.add,
    set,
    /** Row `index`'s text controls, their errors under `prefix` (`actions.${index}.`). */
    text: (index: number, errors: FieldErrors | undefined, prefix: string) =>
      textBinding(rows[index] as R, (patch) => set(index, patch), errors, prefix),
  };
}
