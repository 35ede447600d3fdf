/**
 * A form's layout — the fields its error summary lists, in their order on screen — written once:
 * each field's name (the schema's key, nested ones dotted), the end of its control's id after the
 * form's prefix, and its visible label. `fieldLayout("personne", { email: ["email", t.email] })`
 * is `[{ name: "email", id: "personne-email", label: t.email }]`, the names kept as types so
 * `useFields(…).field(name)` only takes one the layout holds.
 */
import type { SummaryField } from "./error-summary.tsx";

/** A field's place: the end of its control's id after the form's prefix, and its label. */
export type FieldPlace = readonly [idSuffix: string, label: string];

export type FieldLayout<N extends string> = readonly (SummaryField & { name: N })[];

export function fieldLayout<const F extends Record<string, FieldPlace>>(
  prefix: string,
  fields: F,
): FieldLayout<keyof F & string> {
  return Object.entries(fields).map(([name, [idSuffix, label]]) => ({
    name: name as keyof F & string,
    id: `${prefix}-${idSuffix}`,
    label,
  }));
}
