/**
 * « Sur cette page »: links to the sections of a long page. A click moves the focus to the
 * section's heading instead of changing the URL's fragment, which the router would read as a
 * navigation (and send the focus back to the page's title).
 */
import { type MouseEvent, useId } from "react";
import { uiMessages } from "./messages.ts";
import { focusSection } from "./section.tsx";

export type ContentsItem = { id: string; label: string };

export function PageContents({
  items,
  label = uiMessages.pageContents,
}: {
  items: readonly ContentsItem[];
  label?: string;
}) {
  const titleId = useId();
  function go(event: MouseEvent<HTMLAnchorElement>, id: string) {
    if (focusSection(id)) event.preventDefault();
  }
  return (
    <nav className="page-contents" aria-labelledby={titleId}>
      <p id={titleId} className="page-contents-title">
        {label}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}-titre`} onClick={(event) => go(event, item.id)}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
