/**
 * The confirmation of an action, shown where the action was made (not at the top of the page)
 * and announced. The person stays where they were: the focus is left on the control that acted
 * if it is still there; if the change removed it (a button the new status no longer offers, a
 * form of a step that is done, a dialog closed), the confirmation itself takes the focus rather
 * than leaving it to the top of the page (WCAG 2.4.3).
 */
import { focusLost } from "@mutu/ui";
import { useEffect, useRef, useState } from "react";

export type Confirmation = ReturnType<typeof useConfirmation>;

/** `initial`: what the page says on arriving (passed by the form that led there); it takes no focus. */
export function useConfirmation(initial?: string | null) {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(
    initial ? { text: initial, at: 0 } : null,
  );
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!message?.at) return;
    // After the page updated with the change (the dialog closed, buttons changed).
    const frame = requestAnimationFrame(() => {
      if (focusLost()) ref.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [message]);
  return {
    show: (text: string) => setMessage({ text, at: Date.now() }),
    clear: () => setMessage(null),
    node: (
      <p
        ref={ref}
        tabIndex={-1}
        role="status"
        className={message ? "notice notice-success confirmation" : "notice-empty"}
      >
        {message?.text}
      </p>
    ),
  };
}
