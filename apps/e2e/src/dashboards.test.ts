/**
 * Dashboards and indicators in Chromium: the Bègles DGS's home is its dashboard and every count on
 * it opens a list that shows the same number; the Métropole enters a restore test's result with its
 * evidence (refused first without it); the managers' view per centre de proximité, each count the
 * queue's. No axe violation on any of these pages, the entry dialog included.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { axeViolations, openFromNav, signIn, unexpected, useMutu } from "./harness.ts";

const mutu = useMutu();

/**
 * The links of the page whose text is a count and which open a list of saisines, each once: all of
 * them but the ten-year trend's, of which the last few (the trend has 240, one per month).
 */
async function countLinks(page: Page) {
  const links = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>("main a[href]"))
      .filter(
        (a) => /^[\d\s\u202f]+$/.test(a.textContent ?? "") && a.pathname.endsWith("/saisines"),
      )
      .map((a) => ({
        count: Number((a.textContent ?? "").replace(/\D/g, "")),
        href: a.pathname + a.search,
        trend: a.closest("section")?.getAttribute("aria-labelledby") === "tableau-tendance-titre",
      })),
  );
  const unique = [...new Map(links.map((l) => [l.href, l])).values()];
  return [...unique.filter((l) => !l.trend), ...unique.filter((l) => l.trend).slice(-6)];
}

/** Pages of the same session (its cookie) reading the lists side by side. */
const READERS = 4;

/**
 * Each count opens a list that shows that number: each link's list is loaded at its address in one
 * of a few pages of the same session, side by side, and read there as a person reads it.
 */
async function expectListsCount(page: Page, links: Awaited<ReturnType<typeof countLinks>>) {
  const readers = await Promise.all(
    Array.from({ length: READERS }, () => page.context().newPage()),
  );
  const queue = [...links];
  const read: { href: string; count: number }[] = [];
  try {
    await Promise.all(
      readers.map(async (reader) => {
        for (let link = queue.shift(); link; link = queue.shift()) {
          await reader.goto(link.href, { waitUntil: "commit" });
          read.push({ href: link.href, count: await listCount(reader) });
        }
      }),
    );
  } finally {
    await Promise.all(readers.map((r) => r.close()));
  }
  // Every link read, each list showing its count (compared all together: one failure names all).
  const shown = new Map(read.map((r) => [r.href, r.count]));
  expect(links.map((l) => [l.href, shown.get(l.href)])).toEqual(
    links.map((l) => [l.href, l.count]),
  );
}

/** The number the list opened shows above its rows. */
async function listCount(page: Page) {
  const shown = page.locator(".list-count strong[data-count]:not([data-count=''])");
  await shown.waitFor();
  return Number(await shown.getAttribute("data-count"));
}

test("the Bègles DGS sees its dashboard, and every count opens a list of that many saisines", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/connexion", "dgs@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  const backlog = page.getByRole("region", { name: "Saisines en cours" });
  await backlog.getByText("ouvertes", { exact: true }).waitFor();
  const commitments = page.getByRole("region", { name: /^Engagements du contrat — \d{4}$/ });
  await commitments.waitFor();
  // A tile measuring nothing yet says so once, in its badge (not again as its big figure).
  const tiles = await commitments.locator(".indicator-tiles > li").all();
  const unmeasured = await Promise.all(tiles.map((tile) => tile.getByText("Non mesuré").count()));
  expect(unmeasured.some((n) => n > 0)).toBe(true);
  expect(unmeasured.filter((n) => n > 1)).toEqual([]);
  // The charts draw with their library, loaded with this page; each has its table.
  await page.locator("canvas").first().waitFor();
  await page.getByRole("heading", { name: "Saisines sur dix ans" }).waitFor();
  await page.getByText("Données du graphique « Par type »").click();
  await page.getByRole("table", { name: "Par type" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // One count clicked as a person would: the open saisines.
  const first = backlog.getByRole("link").first();
  const open = Number((await first.textContent())?.replace(/\D/g, ""));
  await first.click();
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  expect(await listCount(page)).toBe(open);
  // The count stands once, above the list: the table's caption only names it.
  expect(await page.locator("table caption").first().textContent()).toBe("Saisines");
  expect(await axeViolations(page)).toEqual([]);
  await page.goBack();
  await backlog.waitFor();

  // Then every count of the page: tiles, indicators, charts' tables (opened or not).
  const links = await countLinks(page);
  expect(links.length).toBeGreaterThan(20);
  await expectListsCount(page, links);
  expect(unexpected(errors, [400])).toEqual([]);
}, 240_000);

test("the Métropole enters Bègles' restore test for 2025 with its evidence", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "chef-can@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await openFromNav(page, "Indicateurs");
  await page.getByRole("heading", { level: 1, name: "Indicateurs des contrats" }).waitFor();
  const commune = page.getByRole("combobox", { name: "Commune" });
  await commune.selectOption({ label: "Bègles" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await page.waitForURL(/commune=/);
  const begles = await commune.inputValue();
  // Back and forward: the choice shown is the one the list shows.
  await page.goBack();
  await expect.poll(() => commune.inputValue()).not.toBe(begles);
  expect(await page.locator("#indicateurs-commune").count()).toBe(1);
  await page.goForward();
  await expect.poll(() => commune.inputValue()).toBe(begles);
  await page.getByLabel("Année").selectOption("2025");
  await page.getByRole("button", { name: "Afficher" }).last().click();
  await page.waitForURL(/periode=2025/);
  const restore = page.getByRole("article", { name: /^4\.2\.1 — / });
  await restore.getByText("Non mesuré").first().waitFor();
  // Said once, in the badge under its title: not again beside the year, nor as a sentence.
  expect(await restore.getByText("Non mesuré").count()).toBe(1);
  // A filter's button is secondary, as on every page: never the page's primary action.
  const show = page.getByRole("button", { name: "Afficher" }).last();
  expect(await show.getAttribute("class")).toContain("button-secondary");
  expect(await axeViolations(page)).toEqual([]);

  await restore.getByRole("button", { name: "Saisir la mesure de 2025" }).click();
  const dialog = page.getByRole("dialog", { name: "Mesure 4.2.1 — 2025" });
  await dialog.getByLabel("Délai de restauration constaté (minutes)").fill("150");
  await dialog.getByLabel("Ce qui a été restauré").fill("Serveur de fichiers de l'hôtel de ville");
  // Without its evidence: refused on the field, nothing written.
  await dialog.getByRole("button", { name: "Enregistrer la mesure" }).click();
  await dialog.getByText("Joignez le fichier de preuve.").first().waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByLabel("Fichier de preuve").setInputFiles({
    name: "pv-test-restauration-2025.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% procès-verbal du test de restauration\n%%EOF\n"),
  });
  await dialog.getByRole("button", { name: "Enregistrer la mesure" }).click();
  await page.getByText("Mesure 4.2.1 de 2025 enregistrée.").waitFor();
  await restore
    .getByRole("button", { name: /Télécharger pv-test-restauration-2025\.pdf/ })
    .waitFor();
  await restore
    .getByText(/2 h 30/)
    .first()
    .waitFor();
  await restore.getByRole("button", { name: "Remplacer la mesure de 2025" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(unexpected(errors, [400])).toEqual([]);
});

test("the consolidated dashboard by centre de proximité: each count is the queue's", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "chef-can@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await openFromNav(page, "Suivi des communes");
  await page.getByRole("heading", { level: 1, name: "Suivi des communes" }).waitFor();
  const centres = page.getByRole("table", { name: /^Saisines par centre de proximité — / });
  const sud = centres.getByRole("row", { name: /Centre proximité numérique Sud/ });
  await sud.waitFor();
  await page
    .getByRole("table", { name: /^Saisines par commune — / })
    .getByRole("row", { name: /Bègles/ })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // One centre's view.
  await page
    .getByRole("navigation", { name: "Centre de proximité" })
    .getByRole("link", { name: "Centre proximité numérique Sud" })
    .click();
  await page
    .getByRole("heading", { level: 2, name: /^Centre proximité numérique Sud — / })
    .waitFor();
  const links = await countLinks(page);
  expect(links.length).toBeGreaterThan(10);
  await expectListsCount(page, links);
  expect(unexpected(errors, [400])).toEqual([]);
}, 240_000);
