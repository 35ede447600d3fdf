/**
 * The actions on a saisine, in the page's side panel (both spaces): a section whose buttons each
 * open what the action needs (a dialog, a form on demand), with what comes before them (a notice,
 * a conflict) and after them (a form kept open in the panel). The confirmation of an action is
 * the page's (`useConfirmation`), shown under the section: the person acts and reads the outcome
 * in the same place, on a desktop without scrolling.
 */
import { Section } from "@mutu/ui";
import type { ReactNode } from "react";

export function SideActions({
  id,
  title,
  before,
  buttons,
  none,
  children,
}: {
  id: string;
  title: string;
  before?: ReactNode;
  /** The buttons the saisine's status allows (null for one it does not). */
  buttons: ReactNode[];
  /** Said when no button is offered (nothing said if absent). */
  none?: string;
  children?: ReactNode;
}) {
  const offered = buttons.filter(Boolean);
  return (
    <Section id={id} title={title} screenOnly>
      {before}
      {offered.length ? (
        <div className="inline-actions side-actions">{offered}</div>
      ) : none ? (
        <p>{none}</p>
      ) : null}
      {children}
    </Section>
  );
}
