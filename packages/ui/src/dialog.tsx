/**
 * A modal dialog on the native `<dialog>`: `showModal()` makes the rest of the page inert and
 * traps the focus; Échap closes it. On opening, the focus goes to the element marked
 * `data-autofocus` (the safe choice of a confirmation) or else to the title; on closing, it goes
 * back to whatever opened the dialog — also when the dialog is removed while open.
 */
import { type ReactNode, useEffect, useId, useRef } from "react";

type DialogProps = {
  open: boolean;
  title: string;
  /** Called when the dialog closes by itself (Échap) — the parent then sets `open` to false. */
  onClose(): void;
  children: ReactNode;
  /** Wider dialogs for forms and tables. */
  size?: "normal" | "wide";
  /** Set while an action runs: Échap is ignored so the result is not lost. */
  busy?: boolean;
};

export function Dialog({ open, title, onClose, children, size = "normal", busy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const target =
        dialog.querySelector<HTMLElement>("[data-autofocus]") ??
        dialog.querySelector<HTMLElement>(".dialog-title");
      target?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      if (busyRef.current) {
        event.preventDefault();
        return;
      }
      // Échap: the parent hears it in the key's own task. The close event comes a task later,
      // and a key pressed in between (Enter on the opener, which has the focus back) must find
      // the dialog closed in the parent's state too, or it would not open again.
      onCloseRef.current();
    };
    const onNativeClose = () => {
      // Opened again before this event came: nothing to give back.
      if (dialog.open) return;
      const back = opener.current;
      opener.current = null;
      if (back?.isConnected) back.focus();
      onCloseRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    dialog.addEventListener("close", onNativeClose);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      dialog.removeEventListener("close", onNativeClose);
      // Unmounted while open (its owner drew it anew for the saisine's new version after a
      // change): no close event comes, and the focus went with the dialog's controls.
      const back = opener.current;
      opener.current = null;
      const active = document.activeElement;
      if (back?.isConnected && (!active || active === document.body || !active.isConnected))
        back.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={size === "wide" ? "dialog dialog-wide" : "dialog"}
      aria-labelledby={titleId}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog-title" tabIndex={-1}>
            {title}
          </h2>
          <div className="dialog-body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}

/** The row of buttons at the bottom of a dialog or a form. */
export function Actions({ children }: { children: ReactNode }) {
  return <div className="actions">{children}</div>;
}
