/**
 * The frame of every page: a skip link to the content, a header with the app's name and who is
 * signed in (with « Se déconnecter »), the main navigation marking the current page, the `<main>`
 * the skip link targets, and a footer. On a narrow screen the navigation folds behind a « Menu »
 * button (a disclosure: `aria-expanded` on the button, the list shown below it), closed again when
 * a page is chosen or Échap is pressed in it (the focus back on the button); on a wide screen the
 * button is hidden and the navigation always shown. The button stands inside the navigation,
 * just before its list, so that Tab goes from it into the list it opened and the order of the
 * keyboard is the order on screen (after who is signed in, before the content).
 */
import { type ReactNode, useEffect, useRef, useState } from "react";
import { Button } from "./button.tsx";
import { uiMessages } from "./messages.ts";
import { AppNameProvider } from "./page.tsx";
import { isCurrent, Link, useRoute } from "./router.tsx";

export type NavItem = { to: string; label: string };

export type SignedInUser = { displayName: string; organisation: string };

type AppShellProps = {
  /** Shown in the header and at the end of every document title. */
  appName: string;
  /** Shown under the name in the header (« Espace des communes »). */
  tagline?: string;
  nav?: readonly NavItem[];
  user?: SignedInUser | null;
  onSignOut?: () => void;
  signingOut?: boolean;
  footer?: ReactNode;
  /** Beside who is signed in: the link to the inbox and its unread count. */
  userLinks?: ReactNode;
  children: ReactNode;
};

export function AppShell({
  appName,
  tagline,
  nav = [],
  user,
  onSignOut,
  signingOut,
  footer,
  userLinks,
  children,
}: AppShellProps) {
  const { path } = useRoute();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // A page chosen from the menu folds it in the same render, before the new page's heading takes
  // the focus (so the page is not scrolled by the height of the open menu); going back or forward
  // folds it too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger.
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <AppNameProvider name={appName}>
      <a className="skip-link" href="#contenu">
        {uiMessages.skipLink}
      </a>
      <header className="shell-header">
        <div className="shell-bar">
          <p className="shell-brand">
            <Link to="/" className="shell-brand-link">
              {appName}
            </Link>
            {tagline ? <span className="shell-tagline">{tagline}</span> : null}
          </p>
          {user ? (
            <div className="shell-user">
              <p>
                <span className="visually-hidden">{uiMessages.signedInAs} </span>
                <span className="shell-user-name">{user.displayName}</span>
                <span className="shell-user-org">{user.organisation}</span>
              </p>
              {userLinks}
              {onSignOut ? (
                <Button
                  variant="secondary"
                  onClick={onSignOut}
                  busy={signingOut}
                  busyLabel={uiMessages.signingOut}
                >
                  {uiMessages.signOut}
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
        {nav.length ? (
          <nav
            className={menuOpen ? "shell-nav is-open" : "shell-nav"}
            aria-label={uiMessages.mainNav}
            onKeyDown={(event) => {
              if (event.key !== "Escape" || !menuOpen) return;
              setMenuOpen(false);
              menuButton.current?.focus();
            }}
          >
            <div className="shell-menu">
              <button
                ref={menuButton}
                type="button"
                className="shell-menu-button"
                aria-expanded={menuOpen}
                aria-controls="navigation-principale"
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span aria-hidden="true" className="shell-menu-icon" />
                {uiMessages.menu}
              </button>
            </div>
            <ul id="navigation-principale">
              {nav.map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    aria-current={isCurrent(item.to, path) ? "page" : undefined}
                    onClick={() => setMenuOpen(false)}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="contenu" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="shell-footer">{footer}</footer> : null}
    </AppNameProvider>
  );
}
