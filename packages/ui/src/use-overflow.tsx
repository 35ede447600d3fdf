/** Whether an element's content is wider than the element (a table that must scroll sideways). */
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";

export function useOverflow<E extends HTMLElement>() {
  const [element, setElement] = useState<E | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: E | null) => setElement(node), []);
  useEffect(() => {
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
    const inner = element.firstElementChild;
    if (inner) observer.current.observe(inner);
    return () => observer.current?.disconnect();
  }, [element]);
  return { ref, overflowing };
}

/**
 * A region that scrolls sideways when its content is wider: reachable by keyboard then (WCAG
 * 2.1.1), named by what it holds, and saying that it scrolls. A control inside it that takes the
 * focus half beyond its edge (a button in a table's last column on a phone) is scrolled whole into
 * view, with room for its ring: the browser leaves a control it partly shows where it is.
 */
export function ScrollRegion({
  regionRef,
  className,
  labelledBy,
  describedBy,
  focusable,
  children,
}: {
  regionRef: (node: HTMLElement | null) => void;
  className: string;
  labelledBy: string;
  describedBy: string | undefined;
  focusable: boolean;
  children: ReactNode;
}) {
  return (
    <section
      ref={regionRef}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      tabIndex={focusable ? 0 : undefined}
      onFocus={(event) => {
        if (event.target !== event.currentTarget)
          event.target.scrollIntoView({ block: "nearest", inline: "nearest" });
      }}
    >
      {children}
    </section>
  );
}
