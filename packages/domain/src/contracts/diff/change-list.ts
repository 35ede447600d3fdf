/**
 * The generic half of an annex diff: values compared deeply, and a list of changes that knows how to
 * compare one value, a list of texts (as a multiset) and a list of items with an identity. What each
 * change is called in French is given by the caller (diff/sections.ts, diff.ts).
 */

export type AnnexChangeKind = "added" | "removed" | "changed";

export type AnnexChange = {
  kind: AnnexChangeKind;
  /** Field path; list items are named by their key (indicator code, body, application name). */
  path: string[];
  label: string;
  before?: unknown;
  after?: unknown;
};

export type Labels = { changed: string; added?: string; removed?: string };

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!equal(left[key], right[key])) return false;
  return true;
}

export class ChangeList {
  readonly changes: AnnexChange[] = [];

  /** One value; null → value reads as "added" when the labels say how to word it. */
  scalar(path: string[], labels: Labels, before: unknown, after: unknown): void {
    if (equal(before, after)) return;
    const wasEmpty = before === null || before === undefined;
    const isEmpty = after === null || after === undefined;
    if (wasEmpty && labels.added) {
      this.changes.push({ kind: "added", path, label: labels.added, after });
    } else if (isEmpty && labels.removed) {
      this.changes.push({ kind: "removed", path, label: labels.removed, before });
    } else {
      this.changes.push({ kind: "changed", path, label: labels.changed, before, after });
    }
  }

  /** Several fields of one object, each with the label of its change, compared in the order given. */
  scalars<T extends object>(
    path: string[],
    changed: { [K in keyof T]?: string },
    before: T,
    after: T,
  ): void {
    for (const field of Object.keys(changed) as (keyof T & string)[]) {
      const label = changed[field] ?? "";
      this.scalar([...path, field], { changed: label }, before[field], after[field]);
    }
  }

  /** A list of texts compared as a multiset: order changes are not changes of commitment. */
  texts(
    path: string[],
    labels: { added: string; removed: string },
    before: readonly string[],
    after: readonly string[],
  ): void {
    const remaining = new Map<string, number>();
    for (const item of before) remaining.set(item, (remaining.get(item) ?? 0) + 1);
    const added: string[] = [];
    for (const item of after) {
      const count = remaining.get(item) ?? 0;
      if (count > 0) remaining.set(item, count - 1);
      else added.push(item);
    }
    for (const item of before) {
      const count = remaining.get(item) ?? 0;
      if (count > 0) {
        remaining.set(item, count - 1);
        this.changes.push({ kind: "removed", path, label: labels.removed, before: item });
      }
    }
    for (const item of added) {
      this.changes.push({ kind: "added", path, label: labels.added, after: item });
    }
  }

  /** Items with an identity: added/removed whole, otherwise compared field by field. */
  keyed<T>(
    path: string[],
    labels: { added: string; removed: string },
    before: readonly T[],
    after: readonly T[],
    keyOf: (item: T) => string,
    compare: (itemPath: string[], before: T, after: T) => void,
  ): void {
    const index = (items: readonly T[]) => {
      const map = new Map<string, T>();
      const occurrences = new Map<string, number>();
      for (const item of items) {
        const base = keyOf(item);
        const n = (occurrences.get(base) ?? 0) + 1;
        occurrences.set(base, n);
        // A key met twice (two "e-culture" priorities in Bordeaux's annex) stays distinct.
        map.set(n === 1 ? base : `${base} (${n})`, item);
      }
      return map;
    };
    const left = index(before);
    const right = index(after);
    for (const [key, item] of left) {
      const other = right.get(key);
      if (other === undefined) {
        this.changes.push({ kind: "removed", path, label: labels.removed, before: item });
      } else {
        compare([...path, key], item, other);
      }
    }
    for (const [key, item] of right) {
      if (!left.has(key)) {
        this.changes.push({ kind: "added", path, label: labels.added, after: item });
      }
    }
  }
}
