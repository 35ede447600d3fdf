/** The admin SPA in Chromium: the Métropole's IT department signs in and administers; axe finds nothing. */
import { expect, test } from "vitest";
import { axeViolations, openFromNav, signIn, useMutu } from "./harness.ts";
import { expectFocus } from "./keyboard.ts";
import { PHONE, WIDE } from "./screens.ts";

const mutu = useMutu();

test("an administrator signs in and visits every page without an accessibility violation", async () => {
  const { page, errors } = await mutu.newPage();
  await page.goto("/admin/");
  await page.waitForURL("**/admin/connexion**");
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // The home page presents every section of the navigation but itself and the account.
  const sections = page.getByRole("region", { name: "Rubriques" });
  // Both lists drawn before they are read (the session's permissions decide them).
  await page.getByRole("navigation").getByRole("link", { name: "Mon compte" }).waitFor();
  await sections.getByRole("heading", { level: 3, name: "Gouvernance" }).waitFor();
  const navNames = await page
    .getByRole("navigation")
    .getByRole("link", { includeHidden: true })
    .allTextContents();
  const cardNames = await sections.getByRole("heading", { level: 3 }).allTextContents();
  expect(cardNames).toEqual(navNames.filter((n) => n !== "Tableau de bord" && n !== "Mon compte"));

  await openFromNav(page, "Organisations");
  await page.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
  await page.getByRole("rowheader", { name: "Bègles" }).waitFor();
  expect(await page.getByRole("rowheader", { name: "Redon", exact: true }).count()).toBe(0);
  // A commune without a referent offers to designate one, not to change it.
  await page.getByRole("button", { name: "Désigner un référent pour Bègles" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  for (const name of ["Personnes", "Jetons d'API", "Journal d'audit"]) {
    await openFromNav(page, name);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  }
  // The journal reads in French, the entries of the later modules too (the demo's meetings).
  const journal = page.getByRole("table").first();
  await journal.getByRole("cell", { name: "Réunion planifiée" }).first().waitFor();
  expect(await journal.getByText(/^Autre (action|objet)$/).count()).toBe(0);
  expect(errors).toEqual([]);
});

test("on a phone the navigation folds behind « Menu », opens, and folds again once a page is chosen", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(PHONE);
  await signIn(page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  const links = nav.getByRole("list").first();
  expect(await menu.getAttribute("aria-expanded")).toBe("false");
  expect(await links.isVisible()).toBe(false);

  await menu.click();
  expect(await menu.getAttribute("aria-expanded")).toBe("true");
  // A group opens in place, its links under its button.
  const administration = nav.getByRole("button", { name: "Administration" });
  expect(await administration.getAttribute("aria-expanded")).toBe("false");
  expect(await nav.getByRole("link", { name: "Personnes" }).isVisible()).toBe(false);
  await administration.click();
  expect(await administration.getAttribute("aria-expanded")).toBe("true");
  await nav.getByRole("link", { name: "Personnes" }).click();
  await page.getByRole("heading", { level: 1, name: "Personnes" }).waitFor();
  expect(await menu.getAttribute("aria-expanded")).toBe("false");
  expect(await links.isVisible()).toBe(false);
  // The new page starts at its top, not scrolled by the height of the menu that was open.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  // Opened again, the menu shows its groups folded, the one holding the page marked.
  await menu.click();
  expect(await administration.getAttribute("aria-expanded")).toBe("false");
  expect(await administration.getAttribute("aria-current")).toBe("true");
  expect(await nav.getByRole("button", { name: "Pilotage" }).getAttribute("aria-current")).toBe(
    null,
  );

  // On a wide screen there is no button: the navigation is always shown.
  await page.setViewportSize(WIDE);
  expect(await menu.isVisible()).toBe(false);
  expect(await nav.getByRole("link", { name: "Contrats" }).isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test("at 1366 px the navigation holds on one row; a group opens below its button by mouse or keyboard and closes on Échap, outside it, or once a page is chosen", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(WIDE);
  await signIn(page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await nav.getByRole("link", { name: "Mon compte" }).waitFor();
  const rows = await nav.evaluate((n) => {
    const entries = Array.from(n.querySelector("ul")?.children ?? []);
    return new Set(entries.map((li) => Math.round(li.getBoundingClientRect().top))).size;
  });
  expect(rows, "the navigation's entries on one row").toBe(1);

  const monitoring = nav.getByRole("button", { name: "Pilotage" });
  const administration = nav.getByRole("button", { name: "Administration" });
  const indicators = nav.getByRole("link", { name: "Indicateurs" });
  expect(await indicators.isVisible()).toBe(false);
  await monitoring.click();
  expect(await monitoring.getAttribute("aria-expanded")).toBe("true");
  expect(await indicators.isVisible()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  // One group open at a time; a click outside closes it.
  await administration.click();
  expect(await monitoring.getAttribute("aria-expanded")).toBe("false");
  expect(await administration.getAttribute("aria-expanded")).toBe("true");
  await page.getByRole("heading", { level: 1 }).click();
  expect(await administration.getAttribute("aria-expanded")).toBe("false");

  // The keyboard: Enter opens, Tab goes into the group, Échap closes it back on its button.
  await monitoring.focus();
  await page.keyboard.press("Enter");
  expect(await monitoring.getAttribute("aria-expanded")).toBe("true");
  await page.keyboard.press("Tab");
  const first = nav.getByRole("link", { name: "Suivi des communes" });
  await expectFocus(page, first, "Tab into the group");
  await page.keyboard.press("Escape");
  expect(await monitoring.getAttribute("aria-expanded")).toBe("false");
  await expectFocus(page, monitoring, "Échap closes the group, the focus back on its button");
  // Tab past the group's last link closes it, the focus on the next entry.
  await page.keyboard.press("Space");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await expectFocus(page, nav.getByRole("link", { name: "Contrats" }), "Tab out of the group");
  expect(await monitoring.getAttribute("aria-expanded")).toBe("false");
  // A page chosen in a group closes it; its button then marks the group of the current page.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expectFocus(page, indicators, "the group's second link");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Indicateurs des contrats" }).waitFor();
  expect(await monitoring.getAttribute("aria-expanded")).toBe("false");
  expect(await monitoring.getAttribute("aria-current")).toBe("true");
  expect(await administration.getAttribute("aria-current")).toBe(null);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("create a person, who signs in to the commune SPA; deactivate them, which ends their session; reactivate them", async () => {
  const admin = await mutu.newPage();
  await signIn(admin.page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await openFromNav(admin.page, "Personnes");
  await admin.page.getByRole("button", { name: "Ajouter une personne" }).click();
  await admin.page.getByLabel("Nom complet").fill("Lucie Nouvelle");
  await admin.page.getByLabel("Adresse électronique").fill("lucie.nouvelle@talence.fr");
  await admin.page.getByLabel("Mot de passe provisoire").fill("court");
  await admin.page.getByRole("button", { name: "Créer la personne" }).click();
  await admin.page
    .getByText("Le mot de passe doit contenir au moins 12 caractères.")
    .first()
    .waitFor();
  expect(await axeViolations(admin.page)).toEqual([]);
  await admin.page.getByLabel("Mot de passe provisoire").fill("un-mot-de-passe-solide");
  const form = admin.page.getByRole("region", { name: "Nouvelle personne" });
  await form.getByLabel(/^Organisation/).selectOption({ label: "Pessac" });
  await form.getByLabel("Agent", { exact: true }).check();
  await admin.page.getByRole("button", { name: "Créer la personne" }).click();
  await admin.page.getByText("Lucie Nouvelle a maintenant un compte (Pessac).").waitFor();

  const agent = await mutu.newPage();
  await signIn(agent.page, "/connexion", "lucie.nouvelle@talence.fr", "un-mot-de-passe-solide");
  await agent.page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await agent.page.getByText("Pessac").first().waitFor();

  // The people are paged: found by name.
  await admin.page.getByRole("searchbox", { name: /^Rechercher/ }).fill("Lucie");
  await admin.page.getByRole("searchbox", { name: /^Rechercher/ }).press("Enter");
  await admin.page.getByRole("button", { name: "Désactiver Lucie Nouvelle" }).click();
  const dialog = admin.page.getByRole("dialog");
  await dialog.getByText("Ses sessions en cours sont fermées à l'instant").waitFor();
  expect(await axeViolations(admin.page)).toEqual([]);
  await dialog.getByRole("button", { name: "Désactiver" }).click();
  await admin.page
    .getByText("Le compte de Lucie Nouvelle est désactivé et ses sessions sont fermées.")
    .waitFor();

  // The server ended the session: the next request the agent's page makes is refused.
  await agent.page.reload();
  await agent.page.waitForURL("**/connexion**");
  // The row's button is gone with the change: the focus goes to the one that replaced it.
  const reactivateButton = admin.page.getByRole("button", { name: "Réactiver Lucie Nouvelle" });
  await expect
    .poll(() => reactivateButton.evaluate((el) => el === document.activeElement))
    .toBe(true);

  await reactivateButton.click();
  await dialog.getByRole("heading", { name: "Réactiver Lucie Nouvelle ?" }).waitFor();
  expect(await axeViolations(admin.page)).toEqual([]);
  await dialog.getByRole("button", { name: "Réactiver" }).click();
  await admin.page
    .getByText("Le compte de Lucie Nouvelle est réactivé : la personne peut se connecter.")
    .waitFor();
  const deactivateButton = admin.page.getByRole("button", { name: "Désactiver Lucie Nouvelle" });
  await expect
    .poll(() => deactivateButton.evaluate((el) => el === document.activeElement))
    .toBe(true);
  expect(await axeViolations(admin.page)).toEqual([]);

  await signIn(agent.page, "/connexion", "lucie.nouvelle@talence.fr", "un-mot-de-passe-solide");
  await agent.page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
});

test("create an API token: its secret is shown once, then it works with the typed client's API", async () => {
  const { page } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await openFromNav(page, "Jetons d'API");
  await page.getByRole("button", { name: "Créer un jeton" }).click();
  await page.getByLabel("Nom du jeton").fill("Téléphonie du centre d'appel");
  await page.getByLabel("Consulter les organisations").check();
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("copiez son secret maintenant").waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const secret = await dialog.getByRole("textbox").inputValue();
  expect(secret).toMatch(/^mutu_[\w-]{43}$/);
  const res = await fetch(`${mutu.baseUrl}/trpc/organisations.list`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(res.status).toBe(200);
});
