/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): every page of both SPAs, enumerated from their route tables,
 * at 320 CSS px wide — a 1280 px screen zoomed to 400 % — is read without scrolling sideways,
 * nothing stands past the right edge unless inside a region that scrolls on its own, and axe-core's
 * AA rules and the page-text checks pass. A page of one record (?id=) is opened from its list's
 * first link; a page added to a route table is walked without anyone listing it here, and fails
 * until it is reachable.
 */
import { routes as adminRoutes } from "@mutu/admin/routes";
import { routes as communeRoutes } from "@mutu/commune/routes";
import type { Page } from "playwright-core";
import { afterAll, expect, test } from "vitest";
import { noViolations, signIn, useMutu } from "./harness.ts";

const mutu = useMutu();

/** One page per person, signed in once (« public » for the pages before signing in). */
const pages = new Map<string, Awaited<ReturnType<typeof mutu.newPage>>>();
async function pageOf(base: string, who: string | null) {
  const key = who ?? `public${base}`;
  let opened = pages.get(key);
  if (!opened) {
    opened = await mutu.newPage();
    await opened.page.setViewportSize({ width: 320, height: 640 });
    if (who) {
      await signIn(opened.page, `${base}/connexion`, who);
      await opened.page.waitForURL((url) => !url.pathname.endsWith("/connexion"));
    }
    pages.set(key, opened);
  }
  return opened;
}
afterAll(async () => {
  for (const { page } of pages.values()) await page.context().close();
});

/**
 * How a page that shows one record is reached: its list (after choosing the commune shown, in the
 * Métropole's space), then the list's first link to it, then what the page needs first.
 */
type Reach = { from: string; commune?: string; link?: string; act?: (page: Page) => Promise<void> };

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
}

const SPACES = [
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
function personFor(space: (typeof SPACES)[number], path: string) {
  const section = `/${path.split("/")[1]}`;
  return space.whoFor[section] ?? space.who;
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".loading"), undefined, {
    timeout: 10_000,
  });
}

/** What stands past the viewport's right edge, outside any region that scrolls sideways. */
function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e && e !== document.body; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden") return true;
      }
      return false;
    };
    const past = Array.from(document.body.querySelectorAll("*")).flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1 || scrollsSideways(el)) return [];
      const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
      return [
        `<${el.tagName.toLowerCase()}> « ${name.trim().slice(0, 40)} » jusqu'à ${Math.round(box.right)} px`,
      ];
    });
    return { scroll: document.documentElement.scrollWidth - width, past: past.slice(0, 5) };
  });
}

for (const space of SPACES) {
  for (const route of space.routes) {
    test(`${space.space} ${route.path} at 320 px: no sideways scrolling, nothing cut`, async () => {
      const base = space.base;
      const { page, errors } = await pageOf(
        base,
        route.public ? null : personFor(space, route.path),
      );
      errors.length = 0;
      const reach = space.reach[route.path] ?? REACH[route.path];
      if (reach) {
        await page.goto(`${base}${reach.from}`);
        await settle(page);
        // The calendar's and the projects' « Commune », the registers' « Registres de ».
        const commune = page.getByLabel(/^(Commune|Registres de)$/);
        if (reach.commune && (await commune.count()) > 0) {
          await commune.selectOption({ label: reach.commune });
          await page.getByRole("button", { name: "Afficher" }).click();
          await settle(page);
        }
        if (reach.link) {
          const link = page.locator(reach.link).first();
          expect(await link.count(), `${reach.from}: no link ${reach.link}`).toBeGreaterThan(0);
          await link.click();
          await settle(page);
        }
        if (reach.act) {
          await reach.act(page);
          await settle(page);
        }
      } else {
        await page.goto(`${base}${route.path}${AS_VISITED[route.path] ?? ""}`);
        await settle(page);
      }
      const shown = new URL(page.url()).pathname.slice(base.length) || "/";
      expect(shown, "the page shown is the route's (not the sign-in page nor another)").toBe(
        route.path,
      );
      expect(await page.getByRole("heading", { level: 1 }).first().isVisible()).toBe(true);
      expect(await page.getByRole("heading", { name: /introuvable/i }).count(), "a record").toBe(0);
      expect(await overflowOf(page)).toEqual({ scroll: 0, past: [] });
      await noViolations(page, `${space.space}${route.path} à 320 px`);
      expect(errors).toEqual([]);
    });
  }
}
