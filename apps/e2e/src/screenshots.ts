/**
 * `pnpm screenshots`: every page of both SPAs — their route tables, reached as `spa-pages.ts` says
 * (a saisine, a contract… through its list's first link) — as a person of each side sees it, at
 * 1366 and 390 px wide, in Debian's Chromium, saved as full-page PNGs under apps/e2e/screenshots/
 * (or MUTU_SCREENSHOTS_DIR), named after their path (`commune-saisines-saisine-390.png`). Each page
 * is also checked for what a person must never see: sideways scrolling, the text's problems
 * (`page-text.ts`: an internal identifier, « undefined »…), a select cutting the option it shows.
 * `MUTU_SCREENSHOTS_ONLY` names the pages to capture (all by default); `MUTU_SCREENSHOTS_PRINT=1`
 * also prints each page as the browser would on A4 (`…-impression.pdf`, to look at with
 * `pdftoppm -png`). Build first:
 * `pnpm turbo run build --filter=@mutu/api-server --filter=@mutu/commune --filter=@mutu/admin`.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { startMutu } from "./mutu.ts";
import { textProblems } from "./page-text.ts";
import { openRoute, personFor, SPACES, type Space, settle } from "./spa-pages.ts";

const OUT =
  process.env.MUTU_SCREENSHOTS_DIR ?? fileURLToPath(new URL("../screenshots", import.meta.url));
const WIDTHS = [1366, 390] as const;
/** To look at a few pages while working on them: MUTU_SCREENSHOTS_ONLY=saisines-saisine,notifications. */
const ONLY = process.env.MUTU_SCREENSHOTS_ONLY?.split(",") ?? null;
const PASSWORD = "demo-mutu-2026";
const PRINT = process.env.MUTU_SCREENSHOTS_PRINT === "1";

/** Pages beside the route tables': a list's other view, and what a wrong address shows. */
const EXTRA: Record<Space["space"], { name: string; path: string }[]> = {
  admin: [
    { name: "saisines-toutes", path: "/saisines?statut=toutes&tri=-created" },
    { name: "introuvable", path: "/nulle-part" },
    { name: "saisine-introuvable", path: "/saisines/saisine?id=abc" },
  ],
  commune: [{ name: "introuvable", path: "/nulle-part" }],
};

/** A route's capture name: its path, « accueil » for the home page. */
const nameOf = (path: string) => (path === "/" ? "accueil" : path.slice(1).replaceAll("/", "-"));

type Finding = { shot: string; problem: string };

async function capture(
  page: Page,
  where: { space: string; name: string; width: number },
  open: () => Promise<string | null>,
  found: Finding[],
) {
  const { space, name, width } = where;
  await page.setViewportSize({ width, height: 900 });
  const failed = await open();
  if (failed) {
    found.push({ shot: `${space}/${name}`, problem: failed });
    return;
  }
  const file = join(OUT, `${space}-${name}-${width}.png`);
  // As tall as the page: a panel that stays in view (a saisine's) is shown whole.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.max(900, height) });
  await page.screenshot({ path: file, fullPage: true });
  if (PRINT && width === WIDTHS[0])
    await page.pdf({ path: join(OUT, `${space}-${name}-impression.pdf`), format: "A4" });
  const facts = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    // What is shown, not what the DOM holds (hidden text is no one's concern here).
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point
    text: document.body.innerText,
    // A select narrower than the option it shows cuts its words (« Registre des traitement »).
    cutSelects: Array.from(document.querySelectorAll("select")).flatMap((select) => {
      const chosen = select.selectedOptions[0]?.text ?? "";
      if (!chosen || select.offsetParent === null) return [];
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d");
      if (!context) return [];
      context.font = style.font;
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      // The arrow takes about 1.25rem of the room Chromium gives the text.
      return context.measureText(chosen).width > room - 20 ? [chosen] : [];
    }),
  }));
  const at = `${space}/${name} à ${width} px`;
  if (facts.overflow > 1)
    found.push({ shot: at, problem: `défile de côté (${facts.overflow} px)` });
  for (const problem of textProblems(facts.text)) found.push({ shot: at, problem });
  for (const chosen of facts.cutSelects)
    found.push({ shot: at, problem: `liste de choix coupée : « ${chosen} »` });
}

async function signIn(page: Page, path: string, email: string) {
  await page.goto(path);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/connexion"));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const mutu = await startMutu();
const found: Finding[] = [];
let count = 0;
const wanted = (name: string) => !ONLY || ONLY.includes(name);
try {
  for (const space of SPACES) {
    for (const width of WIDTHS) {
      // One browser page per person (or none signed in), opened at its first page.
      const pages = new Map<string, Page>();
      const pageOf = async (who: string | null) => {
        const key = who ?? "";
        let page = pages.get(key);
        if (!page) {
          page = (await mutu.newPage()).page;
          if (who) await signIn(page, `${space.base}/connexion`, who);
          pages.set(key, page);
        }
        return page;
      };
      for (const route of space.routes.filter((r) => wanted(nameOf(r.path)))) {
        const page = await pageOf(route.public ? null : personFor(space, route.path));
        const where = { space: space.space, name: nameOf(route.path), width };
        await capture(page, where, () => openRoute(page, space, route.path), found);
        count++;
      }
      for (const extra of EXTRA[space.space].filter((e) => wanted(e.name))) {
        const page = await pageOf(space.who);
        const where = { space: space.space, name: extra.name, width };
        const open = async () => {
          await page.goto(`${space.base}${extra.path}`);
          await settle(page);
          return null;
        };
        await capture(page, where, open, found);
        count++;
      }
      for (const page of pages.values()) await page.context().close();
    }
  }
} finally {
  await mutu.stop();
}
console.log(`${count} captures dans ${OUT}`);
for (const f of found) console.log(`  ⚠ ${f.shot} : ${f.problem}`);
