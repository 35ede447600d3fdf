/** The options of a select, written once: every picker and filter lists its choices through them. */

/** A value and its words; a year may be given as a number. */
export type Choice = { value: string | number; label: string | number };

/**
 * First, when `empty` is given, the option whose value is "" (« Toutes », « Choisissez… », « — »),
 * then one per choice, in the order given.
 */
export function Options({ empty, options }: { empty?: string; options: readonly Choice[] }) {
  return (
    <>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** The choices of a list of codes named by a labels table (the domain's `…_LABELS`). */
export const labelled = <K extends string>(values: readonly K[], labels: Record<K, string>) =>
  values.map((value) => ({ value, label: labels[value] }));
