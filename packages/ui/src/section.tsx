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
  children?: ReactNode;
};

export function Section({ id, title, headingLevel = 2, lead, children }: SectionProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `${id}-titre`;
  return (
    <section className="section" aria-labelledby={headingId}>
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
