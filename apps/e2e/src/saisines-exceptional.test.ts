/**
 * An exceptional saisine in Chromium: the call centre registers a phone call, records the
 * managers' decision and an arbitration; the arbitrations page and the yearly recap show them.
 * No axe violation on any page.
 */
import { expect, test } from "vitest";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { CALL_CENTRE_HEAD } from "./demo-people.ts";

const mutu = useMutu();

test("the call centre registers a phone call, records the managers' decision, an arbitration, and the recap", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", CALL_CENTRE_HEAD);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.goto("/admin/saisines/enregistrer");
  await page.getByRole("heading", { level: 1, name: "Enregistrer une saisine" }).waitFor();

  // Nothing chosen: commune and channel are asked for, in French.
  await page.getByRole("button", { name: "Enregistrer la saisine" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "La saisine n'a pas été enregistrée" });
  await summary.getByRole("link", { name: /Commune\s: Choisissez la commune\./ }).waitFor();
  await summary.getByRole("link", { name: /Reçue par\s: Précisez par quel canal/ }).waitFor();
  await noViolations(page, "register form with errors");

  await page.getByLabel(/^Commune/).selectOption({ label: "Bègles" });
  await page.getByRole("radio", { name: "Téléphone", exact: true }).check();
  await page.getByLabel(/^Agent de la commune/).selectOption({ index: 1 });
  await page.getByRole("radio", { name: "Conseil", exact: true }).check();
  await page.getByRole("radio", { name: /^A\. / }).check();
  await page.getByRole("radio", { name: "Exceptionnelle", exact: true }).check();
  await page.getByRole("radio", { name: "Non bloquant", exact: true }).check();
  await page
    .getByRole("textbox", { name: /^Objet/ })
    .fill("Étude d'un portail citoyen hors du schéma numérique");
  await page.getByRole("button", { name: "Enregistrer la saisine" }).click();
  const filed = page.getByRole("region", { name: /^Saisine enregistrée\s: BEG-/ });
  await filed.getByText("Décision des responsables attendue").waitFor();
  await filed.getByText(/aucun délai ne court avant la décision/).waitFor();
  await noViolations(page, "register result");

  await filed.getByRole("link", { name: "Ouvrir la saisine" }).click();
  await page.getByRole("heading", { level: 1, name: /^Saisine BEG-/ }).waitFor();
  const decision = page.getByRole("region", { name: "Décision sur la saisine exceptionnelle" });
  await decision.getByText(/aucun traitement avant la décision des responsables/).waitFor();
  await decision.getByRole("radio", { name: "Acceptée avec des moyens adaptés" }).check();
  await decision
    .getByRole("textbox", { name: /^Moyens adaptés/ })
    .fill("Deux jours d'un chef de projet.");
  await decision
    .getByRole("textbox", { name: /^Motifs/ })
    .fill("Projet prioritaire pour la commune, financé sur son budget propre.");
  const [communeName, communeFn, sharedName, sharedFn] = await decision
    .getByRole("textbox", { name: /^(Nom|Fonction)/ })
    .all();
  await communeName?.fill("Claire Durand");
  await communeFn?.fill("Directrice générale des services");
  await sharedName?.fill("Paul Roux");
  await sharedFn?.fill("Directeur général du service commun");
  await noViolations(page, "exceptional decision form");
  await decision.getByRole("button", { name: "Enregistrer la décision" }).click();
  await page.getByText("Décision enregistrée : Acceptée avec des moyens adaptés.").waitFor();
  await page
    .getByRole("region", { name: "En bref" })
    .getByText("Qualifiée", { exact: true })
    .waitFor();

  // A disagreement on the programming of the work: level 1 finds a solution.
  const arbitration = page.getByRole("region", { name: "Arbitrage", exact: true });
  // The form opens only for whoever raises one.
  expect(await arbitration.getByRole("radio", { name: /^Programmation/ }).isVisible()).toBe(false);
  await arbitration.getByRole("button", { name: "Signaler un désaccord (arbitrage)" }).click();
  await arbitration.getByRole("radio", { name: /^Programmation/ }).check();
  await arbitration
    .getByRole("textbox", { name: /^Le désaccord/ })
    .fill("La commune veut l'étude avant l'été, le service commun propose l'automne.");
  await arbitration.getByRole("button", { name: "Engager l'arbitrage" }).click();
  await page
    .getByText("Arbitrage engagé : les responsables des deux parties sont prévenus.", {
      exact: true,
    })
    .waitFor();
  await arbitration.getByRole("button", { name: "Consigner le niveau suivant" }).click();
  await arbitration.getByRole("heading", { name: /^Consigner\s: Niveau 1/ }).waitFor();
  const [p1Name, p1Fn, p2Name, p2Fn] = await arbitration
    .getByRole("textbox", { name: /^(Nom|Fonction)/ })
    .all();
  await p1Name?.fill("Claire Durand");
  await p1Fn?.fill("Directrice générale des services");
  await p2Name?.fill("Luc Girard");
  await p2Fn?.fill("Adjoint au directeur général des territoires");
  await arbitration.getByRole("radio", { name: "Solution trouvée" }).check();
  await arbitration
    .getByRole("textbox", { name: /^Décision ou constat/ })
    .fill("Étude lancée en juin, restitution en septembre.");
  await noViolations(page, "arbitration form");
  await arbitration.getByRole("button", { name: "Consigner ce niveau" }).click();
  await page.getByText(/^Niveau 1 — autorités hiérarchiques consigné\.$/).waitFor();
  await arbitration.getByText("Terminé", { exact: true }).waitFor();

  await page.goto("/admin/saisines/arbitrages");
  await page.getByRole("heading", { level: 1, name: "Arbitrages" }).waitFor();
  // A page of the saisines: the navigation says so.
  const saisinesNav = page.getByRole("navigation").getByRole("link", { name: "Saisines" });
  expect(await saisinesNav.getAttribute("aria-current")).toBe("page");
  await page.getByRole("row", { name: /Bègles.*Solution trouvée.*Terminé/ }).waitFor();
  await noViolations(page, "arbitrations page");

  await page.goto("/admin/saisines/bilan");
  await page.getByRole("heading", { level: 1, name: "Bilan annuel" }).waitFor();
  await page.getByRole("heading", { level: 2, name: /^En \d{4}$/ }).waitFor();
  const exceptional = page.getByRole("table", { name: /^Saisines exceptionnelles \(\d+\)/ });
  await exceptional.getByRole("row", { name: /Étude d'un portail citoyen.*Acceptée/ }).waitFor();
  await page
    .getByRole("table", { name: /^Différends \(\d+\)/ })
    .getByRole("row", { name: /Étude d'un portail citoyen.*Programmation.*Réglé/ })
    .waitFor();
  await noViolations(page, "recap page");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter en CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect(unexpected(errors)).toEqual([]);
}, 240_000);
