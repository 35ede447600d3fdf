/**
 * One page: its `<h1>` and its document title (« Personnes — mutu · administration »). After a
 * client-side navigation the heading takes the focus, so screen-reader users hear where they landed
 * and keyboard users start from the top of the new content.
 */
import { createContext, type ReactNode, useContext, useEffect, useRef } from "react";
import { Link, useRoute } from "./router.tsx";

const AppNameContext = createContext("mutu");

export function AppNameProvider({ name, children }: { name: string; children: ReactNode }) {
  return <AppNameContext.Provider value={name}>{children}</AppNameContext.Provider>;
}

/** The navigation whose heading already took the focus (one focus move per navigation). */
let focusedNavigation = 0;

type PageProps = {
  title: string;
  /** Shown under the title. */
  lead?: ReactNode;
  /** A part of the title never broken across lines (a reference: « BEG-2026-000001 »). */
  keepWhole?: string;
  /** The link back (to the list, to the page above), under the lead. */
  back?: { to: string; label: string };
  children?: ReactNode;
};

function Title({ title, keepWhole }: { title: string; keepWhole?: string }) {
  const at = keepWhole ? title.indexOf(keepWhole) : -1;
  if (!keepWhole || at < 0) return title;
  return (
    <>
      {title.slice(0, at)}
      <span className="keep-whole">{keepWhole}</span>
      {title.slice(at + keepWhole.length)}
    </>
  );
}

export function Page({ title, lead, keepWhole, back, children }: PageProps) {
  const appName = useContext(AppNameContext);
  const { navigations, moveFocus } = useRoute();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — ${appName}`;
  }, [title, appName]);

  useEffect(() => {
    if (navigations > 0 && navigations !== focusedNavigation) {
      focusedNavigation = navigations;
      if (moveFocus) heading.current?.focus();
    }
  }, [navigations, moveFocus]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-title">
        <Title title={title} keepWhole={keepWhole} />
      </h1>
      {lead ? <p className="page-lead">{lead}</p> : null}
      {back ? (
        <p className="page-back">
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
      {children}
    </>
  );
}
