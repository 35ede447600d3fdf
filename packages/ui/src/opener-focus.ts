/**
 * A form opened from one of several buttons (each row's « Planifier » in a calendar, « Autre
 * instance »…) that replaces nothing of the page but itself: when it closes, the focus goes back to
 * the button that opened it rather than to the top of the page (WCAG 2.4.3). A button the form took
 * the place of is found again by its id.
 */
import { useMemo, useRef } from "react";

export function useOpenerFocus() {
  const opener = useRef<{ element: HTMLElement; id: string } | null>(null);
  return useMemo(
    () => ({
      /** Called as the form opens: the focused control is its opener. */
      remember() {
        const element = document.activeElement;
        opener.current =
          element instanceof HTMLElement && element !== document.body
            ? { element, id: element.id }
            : null;
      },
      /** Called as the form closes (cancelled): the opener, or the one that replaced it, focused. */
      restore() {
        const was = opener.current;
        opener.current = null;
        if (!was) return;
        requestAnimationFrame(() => {
          const target = was.element.isConnected
            ? was.element
            : was.id
              ? document.getElementById(was.id)
              : null;
          target?.focus();
        });
      },
    }),
    [],
  );
}
