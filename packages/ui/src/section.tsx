/**
 * A titled part of a page: a `<section>` named by its heading. The heading can take the focus
 * (`tabIndex=-1`), so a « Sur cette page » link or a form can move the reader to it.
 */
import type { ReactNode } from "react";

type SectionProps = {
  id: string;
  title: ReactNode;
  headingLevel?: 2 | 3;
  /** Shown under the heading. */
  lead?: ReactNode;
  /** Actions only, left out of a printed page (its buttons and forms are). */
  screenOnly?: boolean;
  children?: ReactNode;
};

export function Section({ id, title, headingLevel = 2, lead, screenOnly, children }: SectionProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${id}-titre`;
  return (
    <section className={screenOnly ? "section screen-only" : "section"} aria-labelledby={headingId}>
      <Heading id={headingId} className="section-title" tabIndex={-1}>
        {title}
      </Heading>
      {lead ? <p className="prose">{lead}</p> : null}
      {children}
    </section>
  );
}

/** Moves the reader to a section's heading (see `Section`): focus, then scroll it into view. */
export function focusSection(id: string) {
  const heading = document.getElementById(`${id}-titre`) ?? document.getElementById(id);
  if (!heading) return false;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
  return true;
}

/** Whether the focus was lost: on nothing, or on a control the page has just removed. */
export function focusLost() {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/**
 * After a form's change is accepted: if the page, drawn anew, removed the control that had the
 * focus (a form that is no longer offered once done), the section where the result shows takes it
 * rather than the top of the page (WCAG 2.4.3). Watched for a second, frame by frame, as the page
 * redraws once the record is read again; a focus still somewhere is left alone.
 */
export function focusSectionIfLost(id: string, watchMs = 1_000) {
  const until = performance.now() + watchMs;
  const check = () => {
    if (focusLost()) focusSection(id);
    else if (performance.now() < until) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
