/**
 * The main navigation a person sees: the pages of the space's table that have a label and that the
 * person may open, in the table's order. The pages of one group are gathered under it, where its
 * first page stands; a group left with one page is that page's link alone.
 */
import type { NavGroup, NavItem, NavLink } from "@mutu/ui";
import type { SpaRoute } from "./routes.ts";

export function navigationOf(
  routes: readonly SpaRoute[],
  mayOpen: (route: SpaRoute) => boolean,
): NavItem[] {
  const items: (NavLink | (NavGroup & { links: NavLink[] }))[] = [];
  const groups = new Map<string, NavGroup & { links: NavLink[] }>();
  for (const route of routes) {
    if (!route.nav || !mayOpen(route)) continue;
    const link = { to: route.path, label: route.nav };
    if (!route.navGroup) {
      items.push(link);
      continue;
    }
    let group = groups.get(route.navGroup);
    if (!group) {
      group = { label: route.navGroup, links: [] };
      groups.set(route.navGroup, group);
      items.push(group);
    }
    group.links.push(link);
  }
  return items.map((item) => {
    if (!("links" in item)) return item;
    const [first, ...others] = item.links;
    return first && others.length === 0 ? first : item;
  });
}
