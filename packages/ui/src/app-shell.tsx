/**
 * The frame of every page: a skip link to the content, a header with the app's name and who is
 * signed in (with « Se déconnecter »), the main navigation marking the current page (main-nav.tsx:
 * after who is signed in, before the content), the `<main>` the skip link targets, and a footer.
 */
import type { ReactNode } from "react";
import { Button } from "./button.tsx";
import { MainNav, type NavItem } from "./main-nav.tsx";
import { uiMessages } from "./messages.ts";
import { AppNameProvider } from "./page.tsx";
import { Link } from "./router.tsx";

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
        {nav.length ? <MainNav items={nav} /> : null}
      </header>
      <main id="contenu" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      {footer ? <footer className="shell-footer">{footer}</footer> : null}
    </AppNameProvider>
  );
}
