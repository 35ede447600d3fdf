/**
 * The queue's other daily tools in Chromium (issue 13): bulk comment and pause (a pause some
 * saisines refuse changes none and names them with the reason), the filtered list as CSV and
 * XLSX, a personal view whose person has left (opened without that filter, and a notice), each
 * person's choice of email per kind of notification; and no page of the queue scrolls sideways
 * on a phone. No axe violation.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { fileBeglesIncident } from "./saisines-pages.ts";
import { BEGLES_DGS, CALL_CENTRE, METROPOLE_ADMIN } from "./demo-people.ts";
import { PHONE } from "./screens.ts";

const mutu = useMutu();

async function openQueue(page: Page, search: string) {
  await page.goto("/admin/saisines");
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await page.getByRole("searchbox", { name: /^Recherche/ }).fill(search);
  await page.getByRole("searchbox", { name: /^Recherche/ }).press("Enter");
  await page.waitForURL(/[?&]q=/);
}

async function select(page: Page, references: string[]) {
  for (const reference of references)
    await page.getByRole("checkbox", { name: `Sélectionner ${reference}` }).check();
}

test("bulk comment and pause; a pause some saisines refuse changes none and says why; CSV and XLSX", async () => {
  const first = await fileBeglesIncident(mutu, "Imprimante du service état civil bloquée");
  const second = await fileBeglesIncident(mutu, "Imprimante de la police municipale bloquée");
  const { page: a, errors } = await mutu.newPage();
  await signIn(a, "/admin/connexion", CALL_CENTRE);
  await a.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await openQueue(a, "imprimante bloquée");
  await a.getByRole("row", { name: new RegExp(second) }).waitFor();
  // The count stands once, above the queue: showing every row, the caption only names the table.
  expect(await a.locator("table caption").first().textContent()).toBe("File des saisines");

  // A public comment on both.
  await select(a, [first, second]);
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Commenter" });
  await a
    .getByRole("textbox", { name: /^Commentaire/ })
    .fill("Une intervention est prévue demain.");
  await a.getByRole("radio", { name: /^Public/ }).check();
  await noViolations(a, "bulk comment");
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  await a.getByText("Commentaire ajouté à 2 saisines.").waitFor();

  // Qualify the first only: then waiting for a third party suits it, not the second (new).
  await select(a, [first]);
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Qualifier" });
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  await a.getByText("1 saisine qualifiée.").waitFor();
  await select(a, [first, second]);
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Mettre en attente" });
  await a.getByRole("radio", { name: /^Un tiers/ }).check();
  await a.getByRole("textbox", { name: /^Ce qui est attendu, et de qui/ }).fill("Le fournisseur.");
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  const refusal = a.getByRole("alert");
  await refusal
    .getByText(
      `${second} : Action « Mettre en attente d'un tiers » impossible pour une saisine au statut « Nouvelle ».`,
    )
    .waitFor();
  expect(await refusal.getByText(`${first} :`).count()).toBe(0);
  await noViolations(a, "bulk pause refused");
  // Nothing changed: the first is still « Qualifiée ».
  await a.getByRole("button", { name: "Tout désélectionner" }).click();
  await a.getByRole("row", { name: new RegExp(`${first}.*Qualifiée`) }).waitFor();
  // Waiting for the commune suits both.
  await select(a, [first, second]);
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Mettre en attente" });
  await a.getByRole("radio", { name: /^Une réponse de la commune/ }).check();
  await a.getByRole("textbox", { name: /^Ce qui est attendu, et de qui/ }).fill("Le modèle exact.");
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  await a.getByText("2 saisines mises en attente.").waitFor();

  // The filtered list (open saisines by default) as CSV, read back, and as XLSX.
  const csv = a.waitForEvent("download");
  await a.getByRole("button", { name: "CSV", exact: true }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/^saisines-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await csvFile.path()) ?? "", "utf8");
  expect(text.startsWith("\uFEFFRéférence;")).toBe(true);
  expect(text).toContain(first);
  expect(text).toContain(second);
  expect(text).toContain("Imprimante de la police municipale bloquée");
  const xlsx = a.waitForEvent("download");
  await a.getByRole("button", { name: "Excel (XLSX)" }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/^saisines-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await a.getByText(/^Fichier saisines-.*\.xlsx téléchargé \(2 saisines\)\.$/).waitFor();
  expect(unexpected(errors)).toEqual([]);
}, 180_000);

test("a personal view whose person has left opens without that filter, and says so", async () => {
  const { page: a, errors } = await mutu.newPage();
  await signIn(a, "/admin/connexion", METROPOLE_ADMIN);
  await a.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await a.goto("/admin/saisines");
  await a.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  // Someone of the call centre other than the agent who signs in elsewhere.
  const holder = a.getByLabel("Titulaire", { exact: true });
  const person = await holder.evaluate((el: HTMLSelectElement) => {
    const group = Array.from(el.querySelectorAll("optgroup")).find(
      (g) => g.label === "Centre d'appel",
    );
    const options = Array.from(group?.querySelectorAll("option") ?? []);
    const option = options.filter((o) => o.value.startsWith("person:")).at(-1);
    return { value: option?.value ?? "", name: option?.textContent ?? "" };
  });
  await holder.selectOption(person.value);
  await a.getByRole("button", { name: "Rechercher", exact: true }).click();
  await a.waitForURL(/[?&]titulaire=person/);
  await a.getByRole("button", { name: "Enregistrer ces filtres comme vue" }).click();
  await a.getByLabel(/^Nom de la vue/).fill(`Suivi ${person.name}`);
  await a.getByRole("radio", { name: "Moi seulement" }).check();
  await a.getByRole("button", { name: "Enregistrer la vue" }).click();
  await a.getByText(`Vue « Suivi ${person.name} » enregistrée.`).waitFor();

  // The person leaves.
  await a.goto("/admin/personnes");
  await a.getByRole("heading", { level: 1, name: "Personnes" }).waitFor();
  await a.getByRole("searchbox", { name: /^Rechercher/ }).fill(person.name);
  await a.getByRole("searchbox", { name: /^Rechercher/ }).press("Enter");
  await a.getByRole("button", { name: `Désactiver ${person.name}` }).click();
  const confirm = a.getByRole("dialog", { name: `Désactiver ${person.name} ?` });
  await confirm.getByRole("button", { name: "Désactiver" }).click();
  await a.getByText(/est désactivé et ses sessions sont fermées/).waitFor();

  // The view opens without the filter, and a notice names it.
  await a.goto("/admin/saisines");
  await a
    .getByRole("navigation", { name: "Vues" })
    .getByRole("link", { name: new RegExp(`^Suivi ${person.name}`) })
    .click();
  await a.getByText(`La vue « Suivi ${person.name} » a changé`).waitFor();
  await a.getByText(/Le filtre «\sTitulaire\s» n'existe plus/).waitFor();
  expect(a.url()).not.toMatch(/titulaire=/);
  await noViolations(a, "view with a dropped filter");
  expect(unexpected(errors)).toEqual([]);
}, 120_000);

test("each person chooses, per kind, the app only or email too", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/connexion", BEGLES_DGS);
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await page.getByRole("link", { name: /^Notifications/ }).click();
  await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  const choices = page.getByRole("region", { name: "Recevoir par courriel" });
  const comments = choices.getByRole("group", { name: "Nouveau commentaire public" });
  await comments.getByRole("radio", { name: "Dans mutu et par courriel" }).check();
  await choices.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await choices.getByText("Vos choix de notification sont enregistrés.").waitFor();
  await noViolations(page, "notification choices");
  // A commune person is not offered the shared service's kinds.
  expect(await choices.getByRole("group", { name: /^Saisine attribuée/ }).count()).toBe(0);
  await page.reload();
  await page
    .getByRole("region", { name: "Recevoir par courriel" })
    .getByRole("group", { name: "Nouveau commentaire public" })
    .getByRole("radio", { name: "Dans mutu et par courriel" })
    .and(page.locator(":checked"))
    .waitFor();
  expect(unexpected(errors)).toEqual([]);
}, 60_000);

test("on a phone, the queue and a saisine never scroll sideways", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(PHONE);
  await signIn(page, "/admin/connexion", CALL_CENTRE);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto("/admin/saisines?statut=toutes");
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await page.locator("a[href*='/saisines/saisine?id=']").first().waitFor();
  expect(await sideways()).toBeLessThanOrEqual(0);
  await noViolations(page, "queue at 390 px");
  await page.locator("a[href*='/saisines/saisine?id=']").first().click();
  await page.getByRole("heading", { level: 1, name: /^Saisine / }).waitFor();
  expect(await sideways()).toBeLessThanOrEqual(0);
  expect(unexpected(errors)).toEqual([]);
}, 60_000);
