/**
 * A closed vocabulary of the audit trail (its actions, its kinds of object): the stored strings,
 * a French label for each, and the word for a string this version does not know.
 */
export function closedVocabulary<K extends string>(
  labels: Readonly<Record<K, string>>,
  other: string,
) {
  const has = (value: string): value is K => Object.hasOwn(labels, value);
  return {
    values: Object.keys(labels).filter(has),
    has,
    label: (value: string): string => (has(value) ? labels[value] : other),
  };
}
