/**
 * Where the focus goes in a list whose rows are added and removed with buttons (purposes of a
 * processing, recipients…): a row added takes it in its first field, so the person types at once;
 * a row removed took its « Retirer » button away, so the list's « Ajouter » button takes it rather
 * than the top of the page (WCAG 2.4.3).
 */
import { useEffect, useRef, useState } from "react";

/** The rows are the list's children marked `data-row`. */
export function useRowsFocus<List extends HTMLElement = HTMLFieldSetElement>() {
  const list = useRef<List>(null);
  const add = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState<{ to: "added" | "removed" } | null>(null);
  useEffect(() => {
    if (!moved) return;
    if (moved.to === "removed") add.current?.focus();
    else {
      const rows = list.current?.querySelectorAll(":scope > [data-row]");
      rows?.[rows.length - 1]?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    }
  }, [moved]);
  return {
    list,
    add,
    added: () => setMoved({ to: "added" }),
    removed: () => setMoved({ to: "removed" }),
  };
}
