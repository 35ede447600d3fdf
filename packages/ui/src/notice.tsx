/**
 * Messages that speak for themselves: `Status` for news that can wait (saved, copied, loaded) in a
 * polite live region kept in the page so the change is announced; `Alert` for errors that cannot.
 */
import type { ReactNode } from "react";
import { uiMessages } from "./messages.ts";

/** A polite live region: always rendered, so that filling it is announced. */
export function Status({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? "notice notice-success" : "notice-empty"}>
      {children}
    </div>
  );
}

export function Alert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="alert" className="notice notice-error">
      {title ? <p className="notice-title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

/** A neutral box of information (not announced). */
export function Info({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="notice notice-info">
      {title ? <p className="notice-title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

export function Loading({ label = uiMessages.loading }: { label?: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}
