/**
 * Every page of both SPAs, from their route tables, and the way to each: who opens it, and for a
 * page of one record (?id=) its list and the link to follow. The reflow walk (`reflow.test.ts`)
 * and `pnpm screenshots` visit them all: a page added to a route table is visited without anyone
 * listing it here, and fails until it is reachable.
 */
import { routes as adminRoutes } from "@mutu/admin/routes";
import { routes as communeRoutes } from "@mutu/commune/routes";
import type { Page } from "playwright-core";

/**
 * How a page that shows one record is reached: its list (after choosing the commune shown, in the
 * Métropole's space), then the list's first link to it, then what the page needs first.
 */
export type Reach = {
  from: string;
  commune?: string;
  link?: string;
  act?: (page: Page) => Promise<void>;
};

const REACH: Record<string, Reach> = {
  "/contrats/contrat": { from: "/contrats", link: "a[href*='/contrats/contrat?id=']" },
  "/contrats/avenant": {
    from: "/contrats",
    link: "a[href*='/contrats/contrat?id=']",
    act: openAmendment,
  },
  "/adhesions/adhesion": { from: "/adhesions", link: "a[href*='/adhesions/adhesion?']" },
  "/saisines/saisine": { from: "/saisines", link: "a[href*='/saisines/saisine?id=']" },
  "/projets/projet": {
    from: "/projets",
    commune: "Le Bouscat",
    link: "a[href*='/projets/projet?id=']",
  },
  "/rgpd/traitements/traitement": {
    from: "/rgpd/traitements",
    commune: "Bègles",
    link: "a[href*='/rgpd/traitements/traitement?']",
  },
  "/rgpd/traitements/modifier": {
    from: "/rgpd/traitements",
    commune: "Bègles",
    link: "a[href*='/rgpd/traitements/traitement?']",
    act: (page) => page.locator("a[href*='/rgpd/traitements/modifier?']").first().click(),
  },
  "/rgpd/traitements-partages/traitement": {
    from: "/rgpd/traitements-partages",
    link: "a[href*='/rgpd/traitements-partages/traitement?']",
  },
  "/rgpd/violations/violation": {
    from: "/rgpd/violations",
    commune: "Bègles",
    link: "a[href*='/rgpd/violations/violation?']",
  },
  "/rgpd/demandes/demande": {
    from: "/rgpd/demandes",
    commune: "Bègles",
    link: "a[href*='/rgpd/demandes/demande?']",
  },
  "/rapports/rapport": { from: "/rapports", link: "a[href*='/rapports/rapport?']" },
  "/gouvernance/reunion": {
    from: "/gouvernance",
    commune: "Bègles",
    link: "a[href*='/gouvernance/reunion?']",
  },
};

/** A link that was expired: the page a person reaches from an old email. */
const AS_VISITED: Record<string, string> = { "/mot-de-passe/nouveau": "#jeton=perime" };

/** The amendment editor, on a draft of the contract: the one there is, or a new one. */
async function openAmendment(page: Page) {
  const draft = page.locator("a[href*='/contrats/avenant?']").first();
  if ((await draft.count()) > 0) return draft.click();
  await page.getByLabel("Objet de l'avenant").fill("Horaires d'été");
  await page.getByRole("button", { name: "Préparer l'avenant" }).click();
  await page.waitForURL(/\/contrats\/avenant\?/);
}

export const SPACES = [
  {
    space: "admin",
    base: "/admin",
    routes: adminRoutes,
    who: "admin@bordeaux-metropole.mutu-demo.fr",
    // The convention's members are the convention operator's (Redon Agglomération).
    whoFor: { "/adhesions": "admin@redon-agglomeration.mutu-demo.fr" } as Record<string, string>,
    reach: {} as Record<string, Reach>,
  },
  {
    space: "commune",
    base: "",
    routes: communeRoutes,
    who: "dgs@begles.mutu-demo.fr",
    // The registers' forms are the DPO's to fill; Le Bouscat has the demo's projects.
    whoFor: {
      "/rgpd": "dpo@begles.mutu-demo.fr",
      "/projets": "dgs@le-bouscat.mutu-demo.fr",
    } as Record<string, string>,
    // No report is published in the demo: the commune's list links to none, the page says so.
    reach: { "/rapports/rapport": { from: "/rapports/rapport?annee=2025" } } as Record<
      string,
      Reach
    >,
  },
] as const;

/** Who opens a page: the space's person, or the one its first path segment names. */
export function personFor(space: (typeof SPACES)[number], path: string) {
  const section = `/${path.split("/")[1]}`;
  return space.whoFor[section] ?? space.who;
}

export async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".loading"), undefined, {
    timeout: 10_000,
  });
}

export type Space = (typeof SPACES)[number];

/**
 * Opens `path` of `space` in `page` (signed in as its person): directly, or through its list,
 * the commune it is about chosen first in the Métropole's space, then its list's first link.
 * Returns what went wrong (a list without the link), or null.
 */
export async function openRoute(page: Page, space: Space, path: string): Promise<string | null> {
  const base = space.base;
  const reach = space.reach[path] ?? REACH[path];
  if (!reach) {
    await page.goto(`${base}${path}${AS_VISITED[path] ?? ""}`);
    await settle(page);
    return null;
  }
  await page.goto(`${base}${reach.from}`);
  await settle(page);
  // The calendar's and the projects' « Commune », the registers' « Registres de ».
  const commune = page.getByLabel(/^(Commune|Registres de)$/);
  if (reach.commune && (await commune.count()) > 0) {
    await commune.selectOption({ label: reach.commune });
    await commune.locator("xpath=ancestor::form").getByRole("button", { name: "Afficher" }).click();
    await settle(page);
  }
  if (reach.link) {
    const link = page.locator(reach.link).first();
    if ((await link.count()) === 0) return `${reach.from}: aucun lien ${reach.link}`;
    await link.click();
    await settle(page);
  }
  if (reach.act) {
    await reach.act(page);
    await settle(page);
  }
  return null;
}
