/**
 * The main navigation: the space's pages, some of them gathered in groups. A group is a disclosure
 * (the WAI-ARIA « disclosure navigation menu »): a button named after the group, `aria-expanded`,
 * its links listed below it. One group is open at a time; it closes on Échap (the focus back on its
 * button), when the focus or a click goes outside it, and when a page is chosen. The button of the
 * group that holds the current page says so (`aria-current`), as the current page's link does.
 *
 * On a narrow screen the whole navigation folds behind a « Menu » button (a disclosure too), closed
 * again when a page is chosen or Échap is pressed in it (the focus back on the button); on a wide
 * screen that button is hidden and the navigation always shown. The button stands inside the
 * navigation, just before its list, so that Tab goes from it into the list it opened and the order
 * of the keyboard is the order on screen.
 */
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { uiMessages } from "./messages.ts";
import { isCurrent, Link, useRoute } from "./router.tsx";

export type NavLink = { to: string; label: string };
export type NavGroup = { label: string; links: readonly NavLink[] };
export type NavItem = NavLink | NavGroup;

export function MainNav({ items }: { items: readonly NavItem[] }) {
  const { path } = useRoute();
  const [menuOpen, setMenuOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // A page chosen folds the menu and its group in the same render, before the new page's heading
  // takes the focus (so the page is not scrolled by the height of the open menu); going back or
  // forward folds them too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger.
  useEffect(() => {
    setMenuOpen(false);
    setOpenGroup(null);
  }, [path]);
  const chosen = () => {
    setMenuOpen(false);
    setOpenGroup(null);
  };
  return (
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
        {items.map((item) =>
          "links" in item ? (
            <Group
              key={item.label}
              group={item}
              path={path}
              open={openGroup === item.label}
              setOpenGroup={setOpenGroup}
              onChosen={chosen}
            />
          ) : (
            <li key={item.to}>
              <NavLinkItem link={item} path={path} onChosen={chosen} />
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function NavLinkItem({
  link,
  path,
  onChosen,
}: {
  link: NavLink;
  path: string;
  onChosen: () => void;
}) {
  return (
    <Link
      to={link.to}
      aria-current={isCurrent(link.to, path) ? "page" : undefined}
      onClick={onChosen}
    >
      {link.label}
    </Link>
  );
}

type GroupProps = {
  group: NavGroup;
  path: string;
  open: boolean;
  /** The navigation's state: the open group's label, or none (a stable setter). */
  setOpenGroup: (label: string | null) => void;
  onChosen: () => void;
};

function Group({ group, path, open, setOpenGroup, onChosen }: GroupProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLLIElement>(null);
  const holdsCurrent = group.links.some((link) => isCurrent(link.to, path));
  // A click anywhere outside the group closes it (where a click does not move the focus, as on a
  // button in Safari, the focus leaving it would not tell).
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!item.current?.contains(event.target as Node)) setOpenGroup(null);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, setOpenGroup]);
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== "Escape" || !open) return;
    // Échap closes the group alone; a second one folds the phone's menu.
    event.stopPropagation();
    setOpenGroup(null);
    button.current?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget)) setOpenGroup(null);
  };
  return (
    <li ref={item} className="shell-nav-group" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="shell-nav-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-current={holdsCurrent ? "true" : undefined}
        onClick={() => setOpenGroup(open ? null : group.label)}
      >
        {group.label}
      </button>
      <ul id={id} className="shell-nav-links" hidden={!open}>
        {group.links.map((link) => (
          <li key={link.to}>
            <NavLinkItem link={link} path={path} onChosen={onChosen} />
          </li>
        ))}
      </ul>
    </li>
  );
}
