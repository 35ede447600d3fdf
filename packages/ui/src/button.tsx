/**
 * Buttons: `type="button"` unless said otherwise, a busy state that blocks double submits. A busy
 * button stays focusable (`aria-disabled`, its clicks and submits ignored): a disabled one would
 * drop the focus of the person who just pressed it to the top of the page.
 */
import type { ComponentPropsWithRef } from "react";

type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: "primary" | "secondary" | "danger" | "link";
  /** While true the button is disabled and shows `busyLabel` (an action is under way). */
  busy?: boolean;
  busyLabel?: string;
  /** What the button acts on, added for screen readers (« Notifier — Charte… » in a table's row). */
  of?: string;
};

export function Button({
  variant = "primary",
  busy = false,
  busyLabel,
  type = "button",
  className,
  disabled,
  children,
  of,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={["button", `button-${variant}`, className].filter(Boolean).join(" ")}
      disabled={disabled}
      aria-disabled={busy && !disabled ? true : undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
      {...rest}
    >
      {busy && busyLabel ? busyLabel : children}
      {of ? <span className="visually-hidden"> — {of}</span> : null}
    </button>
  );
}
