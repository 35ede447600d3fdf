/**
 * Contracts and conventions in the admin SPA, in Chromium: the Métropole drafts an amendment,
 * checks what it changes and records its signature (a date before the previous version's is
 * refused in French), and the commune sees the new version; annexes are imported from JSON files;
 * Redon Agglomération manages memberships and exports the year's contributions. No axe violation,
 * open dialogs and error states included.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { axeViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { METROPOLE_ADMIN } from "./demo-people.ts";

const mutu = useMutu();

const NEW_ACTIVITY = "Prêt de matériel pour les élections";

/** Today in Paris, 'YYYY-MM-DD' (what the API calls today). */
const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
const frenchDay = (iso: string) => {
  const text = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", dateStyle: "long" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
  return text.startsWith("1 ") ? `1er ${text.slice(2)}` : text;
};

async function openContract(page: Page, commune: string) {
  await page.getByRole("navigation").getByRole("link", { name: "Contrats" }).click();
  await page.getByRole("heading", { level: 1, name: "Contrats" }).waitFor();
  await page.getByRole("link", { name: `Ouvrir contrat d'engagement de ${commune}` }).click();
  await page
    .getByRole("heading", { level: 1, name: `Contrat d'engagement — ${commune}` })
    .waitFor();
}

test("the Métropole drafts an amendment, checks the diff, records its signature; the commune sees it", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", METROPOLE_ADMIN);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Contrats" }).click();
  const list = page.getByRole("table", { name: /Contrats et conventions \(12\)/ });
  await list.getByRole("row", { name: /Bègles Contrat d'engagement En vigueur/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await openContract(page, "Bègles");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Objet de l'avenant").fill("Prêt de matériel et cible de délai");
  await page.getByRole("button", { name: "Préparer l'avenant" }).click();
  await page.getByRole("heading", { level: 1, name: "Avenant n°\u00a05 — Bègles" }).waitFor();
  await page.getByText("Aucun changement.").waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // An activity added to sub-domain C, one target agreed.
  const activities = page.getByLabel("Activités mutualisées (C)");
  await activities.fill(`${await activities.inputValue()}\n${NEW_ACTIVITY}`);
  await page.getByRole("button", { name: "Enregistrer : périmètre mutualisé" }).click();
  await page.getByText("Modifications enregistrées : périmètre mutualisé.").waitFor();
  // 3.3.1 (95 % in 4 business hours since the demo amendment) becomes 95 % in 2 hours.
  const targets = page.getByRole("group", { name: /Cible de l'indicateur 3\.3\.1/ });
  await targets.getByLabel("Délai en heures ouvrées").check();
  await targets.getByLabel("Heures ouvrées", { exact: true }).fill("2");
  await targets.getByLabel("Taux de conformité (%)").fill("95");
  await page.getByRole("button", { name: "Enregistrer : cibles des indicateurs" }).click();
  await page.getByText("Modifications enregistrées : cibles des indicateurs.").waitFor();

  // The diff against the version in force, item by item.
  await page.getByText("2 changements.").waitFor();
  const perimeter = page.getByRole("table", { name: /Périmètre mutualisé \(1\)/ });
  await perimeter
    .getByRole("row", { name: new RegExp(`Activité ajoutée.*Ajout.*${NEW_ACTIVITY}`) })
    .waitFor();
  const indicators = page.getByRole("table", { name: /Engagements et indicateurs \(1\)/ });
  await indicators
    .getByRole("row", {
      name: /Cible modifiée Indicateur 3\.3\.1.*95 % en 4 heures ouvrées.*95 % en 2 heures ouvrées/,
    })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // On-call for the council meetings and a closure; unreadable dates are refused on their field.
  await page.getByRole("button", { name: "Ajouter une astreinte" }).click();
  await page.getByLabel("Événement de l'astreinte 1").fill("Conseil municipal");
  await page.getByLabel("Dates de l'astreinte 1").fill("18/01/2027, le 15 février");
  await page.getByRole("button", { name: "Enregistrer : astreintes et fermetures" }).click();
  await page
    .getByRole("link", {
      name: "Dates de l'astreinte 1 : Dates attendues au format JJ/MM/AAAA, séparées par des virgules.",
    })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Dates de l'astreinte 1").fill("18/01/2027, 15/02/2027");
  await page.getByRole("button", { name: "Ajouter une fermeture" }).click();
  await page.getByLabel("Libellé de la fermeture 1").fill("Fermeture de fin d'année");
  await page.getByLabel("Premier jour de la fermeture 1").fill("2026-12-24");
  await page.getByLabel("Dernier jour de la fermeture 1").fill("2026-12-31");
  await page.getByRole("button", { name: "Enregistrer : astreintes et fermetures" }).click();
  await page.getByText("Modifications enregistrées : astreintes et fermetures.").waitFor();
  await page.getByText("4 changements.").waitFor();
  const hours = page.getByRole("table", { name: /Horaires d'assistance \(2\)/ });
  await hours
    .getByRole("row", {
      name: /Astreinte d'événement ajoutée.*Conseil municipal\s: de 19 h à 23 h, le 18 janvier 2027 et le 15 février 2027/,
    })
    .waitFor();
  await hours
    .getByRole("row", { name: /Fermeture ajoutée.*du 24 décembre 2026 au 31 décembre 2026/ })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The long tail as JSON: problems come back by path, nothing is saved.
  const json = page.getByLabel("Annexe au format JSON");
  const annex = JSON.parse(await json.inputValue());
  await json.fill(JSON.stringify({ ...annex, projectDaysPerYear: -1 }, null, 2));
  await page.getByRole("button", { name: "Enregistrer : annexe complète (JSON)" }).click();
  await page
    .getByText(/projectDaysPerYear\s: Le nombre de jours projet ne peut pas être négatif/)
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await json.fill('{ "schemaVersion": 1,');
  await page.getByRole("button", { name: "Enregistrer : annexe complète (JSON)" }).click();
  await page
    .getByText(/Le texte n'est pas un JSON valide/)
    .first()
    .waitFor();
  await page.getByRole("button", { name: "Recharger depuis le brouillon" }).click();
  await expect(json.inputValue()).resolves.toContain(NEW_ACTIVITY);

  // Signature: an effective date before the previous version's is refused, field by field.
  await page.getByRole("button", { name: "Enregistrer la signature" }).click();
  const dialog = page.getByRole("dialog", { name: "Signature de l'avenant n°\u00a05" });
  await dialog.getByLabel(/^Signé le/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByLabel(/^Prend effet le/).fill("2018-01-01");
  await dialog.getByRole("button", { name: "Enregistrer la signature" }).click();
  await dialog
    .getByText(
      /La date d'effet \(1er janvier 2018\) précède celle de la version précédente \(avenant n°\s4, en vigueur depuis le 1er janvier 2019\)/,
    )
    .waitFor();
  await dialog
    .getByRole("link", { name: "Prend effet le : Au plus tôt le 1er janvier 2019." })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  const effective = today();
  await dialog.getByLabel(/^Prend effet le/).fill(effective);
  await dialog.getByRole("button", { name: "Enregistrer la signature" }).click();
  await page.getByRole("heading", { level: 1, name: "Contrat d'engagement — Bègles" }).waitFor();
  await page
    .getByText(`Avenant n°\u00a05 signé : il est en vigueur à partir du ${frenchDay(effective)}.`)
    .waitFor();
  const versions = page.getByRole("table", { name: /Versions du contrat/ });
  await versions.getByRole("row", { name: /Avenant n°\s5.*En vigueur/ }).waitFor();
  await versions.getByRole("row", { name: /Avenant n°\s4.*Remplacée/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(unexpected(errors)).toEqual([]);

  // The commune reads the new version at once.
  const commune = await mutu.newPage();
  await signIn(commune.page, "/connexion", "agent@begles.mutu-demo.fr");
  await commune.page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await commune.page.goto("/contrat");
  const brief = commune.page.getByRole("region", { name: "Le contrat en bref" });
  await brief.getByText("Avenant n°\u00a05", { exact: true }).waitFor();
  await brief.getByText("Prêt de matériel et cible de délai").waitFor();
  await commune.page.getByText(NEW_ACTIVITY).waitFor();
  await commune.page
    .getByRole("row", {
      name: /3\.3\.1 — Délai de traitement des demandes.*95 % en 2 heures ouvrées/,
    })
    .waitFor();
  await commune.page.getByRole("heading", { name: "Astreintes pour des événements" }).waitFor();
  await commune.page
    .getByText("Conseil municipal : de 19 h à 23 h, le 18 janvier 2027 et le 15 février 2027")
    .waitFor();
  await commune.page
    .getByText("Fermeture de fin d'année : du 24 décembre 2026 au 31 décembre 2026")
    .waitFor();
  expect(await axeViolations(commune.page)).toEqual([]);
  expect(commune.errors).toEqual([]);
});

test("annexes are imported from JSON files: a refused file lists its problems by path", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", METROPOLE_ADMIN);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();

  // Pessac's annex in force, downloaded as a JSON file from its contract's page.
  await openContract(page, "Pessac");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("button", {
        name: /Annexe JSON\s: télécharger l'annexe de la version «\sAvenant n°\s4/,
      })
      .click(),
  ]);
  const path = await download.path();
  const annex = JSON.parse(await readFile(path, "utf8"));
  expect(annex.commune.slug).toBe("pessac");

  await page.getByRole("link", { name: "Tous les contrats" }).click();
  await page.getByRole("button", { name: "Importer une annexe" }).click();
  const form = page.getByRole("region", { name: "Importer une annexe (fichier JSON)" });
  await form.getByLabel(/^Commune/).selectOption({ label: "Pessac" });
  const file = form.getByLabel(/^Fichier JSON de l'annexe/);
  const upload = (content: unknown) =>
    file.setInputFiles({
      name: "annexe-pessac.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(content)),
    });
  const summary = form.getByRole("alert");

  // Two format problems: both listed, each with where it is in the file.
  await upload({
    ...annex,
    projectDaysPerYear: -5,
    indicators: [{ ...annex.indicators[0], code: "trois" }],
  });
  await form.getByRole("button", { name: "Importer" }).click();
  await summary.getByText(/Import refusé\s: 2 problèmes dans le fichier/).waitFor();
  await summary.getByText(/^indicators\.0\.code\s: Code d'indicateur invalide/).waitFor();
  await summary.getByText(/^projectDaysPerYear\s: .*négatif/).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // A well-formed file dated before the version in force: refused too, on its date.
  await upload({ ...annex, effectiveFrom: "2017-01-01" });
  await form.getByRole("button", { name: "Importer" }).click();
  await summary
    .getByText(
      /^effectiveFrom\s: La date d'effet \(1er janvier 2017\) précède celle de la version précédente/,
    )
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The same annex as a later amendment: accepted, a new signed version.
  const amended = {
    ...annex,
    origin: { kind: "amendment", number: 9, subject: "Import de test" },
    signedOn: "2019-01-10",
    effectiveFrom: "2019-02-01",
  };
  await upload(amended);
  await form.getByRole("button", { name: "Importer" }).click();
  await page
    .getByText(
      "Annexe importée pour Pessac : Avenant n°\u00a09, en vigueur à partir du 1er février 2019.",
    )
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Bordeaux Métropole has no priced catalogue: its « Conventions » page says so.
  await page.getByRole("navigation").getByRole("link", { name: "Conventions" }).click();
  await page.getByText(/Votre service commun n'a pas de catalogue tarifé/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(unexpected(errors)).toEqual([]);
});

test("Redon Agglomération: catalogue, a commune joins then gives notice, the year's contributions and their exports", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "admin@redon-agglomeration.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Conventions" }).click();
  await page.getByRole("heading", { level: 1, name: "Conventions" }).waitFor();

  const socle = page.getByRole("table", { name: "Socle complet : contribution annuelle" });
  await socle.getByRole("row", { name: /de 1500 à moins de 3000\s+2\s000,00\s€/ }).waitFor();
  await page
    .getByText(/Volume total\s: 117 jours ouvrés par an.*200,00\s€ la demi-journée/)
    .waitFor();
  const members = page.getByRole("table", { name: /Communes adhérentes \(1\)/ });
  await members.getByRole("row", { name: /Redon.*groupements d'achats/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Joining needs the council's deliberation: said on the field.
  const year = today().slice(0, 4);
  await page.getByRole("button", { name: "Faire adhérer une commune" }).click();
  const join = page.getByRole("region", { name: "Nouvelle adhésion" });
  await join.getByLabel(/^Commune/).selectOption({ label: "Allaire" });
  await join.getByLabel(/^Formule/).selectOption({ label: "Socle complet (niveaux 1 à 4)" });
  await join.getByLabel(/^En vigueur à partir du/).fill(`${year}-01-01`);
  await join.getByRole("button", { name: "Enregistrer l'adhésion" }).click();
  await join.getByText("L'adhésion n'a pas été enregistrée").waitFor();
  await join.getByRole("link", { name: /^Référence de la délibération\s: / }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await join
    .getByLabel(/^Référence de la délibération/)
    .fill("Délibération n° 2025-12 du conseil municipal d'Allaire");
  await join.getByRole("button", { name: "Enregistrer l'adhésion" }).click();

  // The member's page: its choice, its first year (2 500 + 4 000 × 1,50 = 8 500 €).
  await page.getByRole("heading", { level: 1, name: "Adhésion — Allaire" }).waitFor();
  await page.getByText("Allaire adhère à la convention : Socle complet (niveaux 1 à 4).").waitFor();
  const first = page.getByRole("table", {
    name: `Contribution ${year} (tarif de la première année)`,
  });
  await first.getByRole("row", { name: /^Total\s+8\s500,00\s€$/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Notice today: the convention ends twelve months later.
  await page
    .getByLabel(/^Référence de la délibération/)
    .last()
    .fill("Délibération n° 2026-40 du conseil municipal d'Allaire");
  await page.getByRole("button", { name: "Enregistrer la résiliation" }).click();
  await page.getByText(/^Résiliation enregistrée\s: la convention prend fin après le /).waitFor();
  await page.getByText(/^Donné le .* dernier jour en vigueur le /).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The year's table: both members, the total, and the files the API builds.
  await page.getByRole("link", { name: "Toutes les conventions" }).click();
  const table = page.getByRole("table", {
    name: new RegExp(`^Contributions ${year} \\(2 adhérents\\)`),
  });
  await table.getByRole("row", { name: /^Allaire.*8\s500,00\s€/ }).waitFor();
  await table
    .getByRole("row", { name: new RegExp(`^Total ${year} \\(2 adhérents\\)\\s+14\\s375,00\\s€`) })
    .waitFor();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter en CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`contributions-${year}.csv`);
  const text = await readFile(await csv.path(), "utf8");
  expect(text).toContain("Allaire");
  expect(text).toContain("8500,00");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter en XLSX" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`contributions-${year}.xlsx`);
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe("PK");
  await page.getByText(`Fichier contributions-${year}.xlsx téléchargé.`).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  expect(unexpected(errors)).toEqual([]);
});
