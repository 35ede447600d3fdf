/**
 * Browser tests against the real thing (mutu.ts): one server and browser per test file, axe-core,
 * signing in, the steps captured for a person to look at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type Mutu, startMutu } from "./mutu.ts";
import { textProblems } from "./page-text.ts";
import { SCREENS, WIDE } from "./screens.ts";

export { freePort, type Mutu, startMutu } from "./mutu.ts";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const DEMO_PASSWORD = "demo-mutu-2026";

/** One server and browser for the tests of a file, started before them and stopped after. */
export function useMutu() {
  let mutu: Mutu | undefined;
  beforeAll(async () => {
    mutu = await startMutu();
  });
  afterAll(() => mutu?.stop());
  const started = () => {
    if (!mutu) throw new Error("mutu is not started: use it inside a test.");
    return mutu;
  };
  return {
    newPage: () => started().newPage(),
    /** Where the server listens, for a request made without a browser. */
    get baseUrl() {
      return started().baseUrl;
    },
  };
}

/**
 * Console errors other than the refusals a test provokes on purpose: responses of these statuses
 * (by default 400, a form sent wrong, and 409, a conflict).
 */
export const unexpected = (errors: string[], refused: readonly number[] = [400, 409]) =>
  errors.filter((e) => !refused.some((status) => e.includes(`status of ${status} (`)));

export type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and returns the violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/**
 * Asserts the page has no axe violation and that its visible text has none of the problems of
 * `page-text.ts` (an internal identifier, « undefined »…), naming where in the message.
 */
export async function noViolations(page: Page, where: string) {
  expect(await axeViolations(page), `axe: ${where}`).toEqual([]);
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown is the point
  const text = await page.evaluate(() => document.body.innerText);
  expect(textProblems(text), `text: ${where}`).toEqual([]);
}

/**
 * With MUTU_SHOTS set to a folder, the step is captured there at 1366 and 390 px wide (full page),
 * for a person to look at while working on it; without it, nothing happens.
 */
export async function shot(page: Page, name: string, fullPage = true) {
  const dir = process.env.MUTU_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await page.screenshot({ path: join(dir, `${name}-${screen.width}.png`), fullPage });
  }
  await page.setViewportSize(WIDE);
}

export async function signIn(page: Page, path: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(path);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/**
 * Opens a page from the main navigation by its link's name: the « Menu » opened first on a phone,
 * then the group holding the link when it sits in one (« Pilotage », « Administration »).
 */
export async function openFromNav(page: Page, name: string) {
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  const menu = nav.getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") {
    await menu.click();
  }
  // The inner locator of `has` is queried inside each item: it starts from the page, not the nav.
  const link = page.getByRole("link", { name, exact: true, includeHidden: true });
  if (!(await nav.getByRole("link", { name, exact: true }).isVisible())) {
    await nav.getByRole("listitem").filter({ has: link }).getByRole("button").click();
  }
  await nav.getByRole("link", { name, exact: true }).click();
}

/** The Paris wall clock at an instant: its day (YYYY-MM-DD) and time (HH:MM), as forms take them. */
export function parisWallClock(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}
