/**
 * French as people read it: names sorted the French way (accents after their letter, capitals
 * alongside lower case: Bègles before Bruges, « Éysines » with the E), and « de » before a name
 * elided or contracted (« d'Aurélie », « d'Ambarès-et-Lagrave », « du Bouscat », « des Eyzies »).
 */
const collator = new Intl.Collator("fr", { numeric: true });

/** Compares two texts the French way (for `Array.prototype.sort`). */
export const compareFrench = (a: string, b: string): number => collator.compare(a, b);

/** A copy of `items` sorted the French way by `key` (a name, a label). */
export function sortFrench<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

// A vowel, with or without its accent, or a mute h: « d' » before it.
const ELIDES = /^[aeiouyhàâäéèêëîïôöùûüÿæœ]/i;

/** « de » and the name: « de Bègles », « d'Aurélie Martin », « du Haillan », « des Lilas ». */
export function ofName(name: string): string {
  const text = name.trim();
  if (/^le\s/i.test(text)) return `du ${text.slice(3).trimStart()}`;
  if (/^les\s/i.test(text)) return `des ${text.slice(4).trimStart()}`;
  return ELIDES.test(text) ? `d'${text}` : `de ${text}`;
}
