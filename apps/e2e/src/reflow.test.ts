/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): every page of both SPAs, enumerated from their route tables,
 * at 320 CSS px wide — a 1280 px screen zoomed to 400 % — is read without scrolling sideways,
 * nothing stands past the right edge unless inside a region that scrolls on its own, and axe-core's
 * AA rules and the page-text checks pass. A page of one record (?id=) is opened from its list's
 * first link; a page added to a route table is walked without anyone listing it here, and fails
 * until it is reachable. Printed (the print media), each page keeps its title and loses every
 * control: no menu, button, field nor form on paper (`packages/ui/src/styles/print.css`).
 */
import type { Page } from "playwright-core";
import { afterAll, expect, test } from "vitest";
import { noViolations, signIn, useMutu } from "./harness.ts";
import { openRoute, personFor, SPACES } from "./spa-pages.ts";

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
 * The tables read across (a matrix, a grid of tariffs, a week of hours) that may scroll inside
 * their own region on a phone, by caption (ADR 0022). Any other table is a list of records: one
 * card per row, never scrolled sideways — a new one scrolling fails here until it is cards.
 */
const READ_ACROSS: readonly RegExp[] = [
  // The annex: saisines' natures by sub-domain, the governance bodies by their meetings' rhythm.
  /^Matrice des saisines\s: /,
  /^Instances de gouvernance et leur fréquence$/,
  // A tariff: the level-1 days per population band, three figures a row.
  /^Niveau 1\s: volume de jours mutualisé, par tranche$/,
  // The dashboards' figures by centre and by commune, a column per count.
  /^Saisines par (commune|centre de proximité) — \d{4}$/,
  /^Indicateur 2\.1\.1\s: charge consacrée aux projets/,
];

/**
 * What stands past the viewport's right edge, outside any region that scrolls sideways, and the
 * tables that scroll sideways inside their region though they are not read across.
 */
async function overflowOf(page: Page) {
  const { scrolling, ...rest } = await sidewaysOf(page);
  return {
    ...rest,
    lists: scrolling.filter((caption) => !READ_ACROSS.some((r) => r.test(caption))),
  };
}

function sidewaysOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e && e !== document.body; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden") return true;
      }
      return false;
    };
    const rightOf = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || scrollsSideways(el)) return 0;
      // Its box, or the text that overflows it (a word too long for its line) — unless it keeps
      // its content to itself (a field scrolls its text, a hidden label clips it).
      const keeps =
        el.matches("input, textarea, select") || getComputedStyle(el).overflowX !== "visible";
      return keeps ? box.right : Math.max(box.right, box.left + el.scrollWidth);
    };
    const over = Array.from(document.body.querySelectorAll("*")).filter(
      (el) => rightOf(el) > width + 1,
    );
    // The innermost: the ones that push, not the ancestors they push.
    const past = over
      .filter((el) => !over.some((other) => other !== el && el.contains(other)))
      .map((el) => {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
        return `<${el.tagName.toLowerCase()} class="${el.className}"> « ${name} » jusqu'à ${Math.round(rightOf(el))} px`;
      });
    // A pixel of rounding (a fractional width) is not scrolling.
    const scroll = Math.max(0, document.documentElement.scrollWidth - width - 1);
    // The tables that scroll inside their own region: allowed only for tables read across, as
    // a chart's data (a series by month or year, `.chart-data`) always is.
    const scrolling = Array.from(document.querySelectorAll(".table-scroll"))
      .filter((el) => !el.closest(".chart-data") && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.querySelector("caption")?.textContent?.trim() ?? "");
    return { scroll, past: past.slice(0, 5), scrolling };
  });
}

/**
 * WCAG 1.4.12's text spacing, as a reader's style sheet sets it — adopted by the document (the
 * content security policy refuses an inline <style>, as it should); returns how to remove it.
 */
function widenTextSpacing(page: Page) {
  return page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

const restoreTextSpacing = (page: Page) =>
  page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
  });

/** Text an element cuts: it hides what overflows it, and its content overflows. */
function clippedOf(page: Page) {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll("*"))
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = [style.overflowX, style.overflowY].some(
          (o) => o === "hidden" || o === "clip",
        );
        if (!hides || !el.textContent?.trim() || style.position === "absolute") return false;
        return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      })
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> « ${el.textContent?.trim().slice(0, 40)} »`,
      )
      .slice(0, 5),
  );
}

/** The controls still shown on paper (a table's sort button is its column's name: kept). */
function printedControls(page: Page) {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll("button, input, select, textarea, form, nav"))
      .filter((el) => el.checkVisibility() && !el.closest("th"))
      .filter((el) => !(el.tagName === "NAV" && el.closest(".shell-main")))
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> « ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)} »`,
      )
      .slice(0, 5),
  );
}

for (const space of SPACES) {
  for (const route of space.routes) {
    test(`${space.space} ${route.path} at 320 px: no sideways scrolling, nothing cut; printed bare`, async () => {
      const base = space.base;
      const { page, errors } = await pageOf(
        base,
        route.public ? null : personFor(space, route.path),
      );
      errors.length = 0;
      expect(await openRoute(page, space, route.path)).toBeNull();
      const shown = new URL(page.url()).pathname.slice(base.length) || "/";
      expect(shown, "the page shown is the route's (not the sign-in page nor another)").toBe(
        route.path,
      );
      expect(await page.getByRole("heading", { level: 1 }).first().isVisible()).toBe(true);
      expect(await page.getByRole("heading", { name: /introuvable/i }).count(), "a record").toBe(0);
      expect(await overflowOf(page)).toEqual({ scroll: 0, past: [], lists: [] });
      await noViolations(page, `${space.space}${route.path} à 320 px`);
      // With a reader's text spacing, nothing is cut nor pushed sideways either.
      await widenTextSpacing(page);
      expect(await clippedOf(page), "text cut with wider spacing").toEqual([]);
      expect(await overflowOf(page), "with wider spacing").toEqual({
        scroll: 0,
        past: [],
        lists: [],
      });
      await restoreTextSpacing(page);
      await page.emulateMedia({ media: "print" });
      expect(await printedControls(page), "controls on paper").toEqual([]);
      expect(await page.getByRole("heading", { level: 1 }).first().isVisible()).toBe(true);
      await page.emulateMedia({ media: null });
      expect(errors).toEqual([]);
    });
  }
}
