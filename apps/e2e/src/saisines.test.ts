/**
 * Saisines in Chromium, end to end: a Bègles DGS files an incident for a resident on the portal;
 * the call centre finds it in its queue routed by the contract with the same due dates, assigns
 * it in bulk, requalifies it (re-routed), puts it on hold for a third party, resumes, comments
 * internally and resolves it with a public answer; the commune reads the answer (never the
 * internal note), copies it and confirms. Also: French field errors on a bad filing, a
 * « modifiée entre-temps » conflict, a saisine registered by phone that is exceptional, its
 * managers' decision, an arbitration and the yearly recap. No axe violation on any page,
 * dialogs and error states included.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations, signIn, startMutu } from "./harness.ts";

let mutu: Awaited<ReturnType<typeof startMutu>>;
beforeAll(async () => {
  mutu = await startMutu();
});
afterAll(() => mutu?.stop());

const CALL_CENTRE = "can@bordeaux-metropole.mutu-demo.fr";
const CALL_CENTRE_HEAD = "chef-can@bordeaux-metropole.mutu-demo.fr";
const BEGLES_DGS = "dgs@begles.mutu-demo.fr";
const REFERENCE = /^BEG-\d{4}-\d{6}$/;

/** Console errors other than the refusals a test provokes on purpose (400, 409). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/status of 40[09] \((Bad Request|Conflict)\)/.test(e));

async function noViolations(page: Page, where: string) {
  expect(await axeViolations(page), `axe: ${where}`).toEqual([]);
}

/** The ISO instant of the `<time>` in the description of a term of a description list. */
async function instantOf(page: Page, scope: string, term: string) {
  return page.locator(`${scope} dt:text-is("${term}") + dd time`).first().getAttribute("datetime");
}

async function openSaisineInAdmin(page: Page, reference: string) {
  await page.goto(`/admin/saisines?q=${reference}`);
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await page.getByRole("link", { name: reference, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
}

test("filed by a commune, worked by the call centre on the contract's clock, confirmed by the commune", async () => {
  // --- The commune files an incident for a resident, with a photo of the error. ---
  const commune = await mutu.newPage();
  const c = commune.page;
  await signIn(c, "/connexion", BEGLES_DGS);
  await c.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await c.getByRole("navigation").getByRole("link", { name: "Saisines" }).click();
  await c.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await c.getByRole("table", { name: /^Saisines/ }).waitFor();
  await noViolations(c, "commune list");

  await c.getByRole("link", { name: "Nouvelle saisine" }).click();
  await c.getByRole("heading", { level: 1, name: "Nouvelle saisine" }).waitFor();
  // Exceptional saisines say up front that they wait for the managers' decision.
  await c.getByText(/Hors du contrat : elle n'est traitée qu'après une décision/).waitFor();
  await c.getByRole("radio", { name: "Incident", exact: true }).check();
  await c.getByRole("radio", { name: /^C\. / }).check();
  await c.getByRole("radio", { name: "Non bloquant", exact: true }).check();
  await c.getByRole("textbox", { name: /^Objet/ }).fill("Imprimante de l'état civil hors service");
  await c
    .getByRole("textbox", { name: "Description" })
    .fill("L'imprimante du 1er étage affiche une erreur de fusion depuis ce matin.");
  await c.getByRole("textbox", { name: "Site" }).fill("Hôtel de ville");
  await c.getByRole("radio", { name: "Pour un administré qui a saisi la commune" }).check();
  await c.getByText(/Ces données sont conservées 12 mois après la clôture/).waitFor();
  await c.getByRole("textbox", { name: /^Nom de l'administré/ }).fill("Jeanne Martin");
  await c.getByRole("textbox", { name: /^Un moyen de le joindre/ }).fill("06 12 34 56 78");
  await c.getByLabel(/^Pièces jointes/).setInputFiles({
    name: "constat.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
  });
  await c.getByText(/^constat\.pdf \(\d+ o\)$/).waitFor();
  await noViolations(c, "commune form, filled");
  await c.getByRole("button", { name: "Déposer la saisine" }).click();

  const filed = c.getByRole("region", { name: /^Saisine déposée : BEG-/ });
  await filed.waitFor();
  const heading = (await filed.getByRole("heading").textContent()) ?? "";
  const reference = heading.replace("Saisine déposée : ", "");
  expect(reference).toMatch(REFERENCE);
  // Routed by Bègles' matrix: anyone files C, the call centre answers, the proximity centre too.
  await filed.getByText("utilisateur (élu, agent, citoyen, ...)").waitFor();
  await filed.getByText("Centre d'appel", { exact: true }).waitFor();
  await filed.getByText("Centre proximité numérique Sud").waitFor();
  await c.getByText("Pièce jointe « constat.pdf » ajoutée.").waitFor();
  const handlingDue = await instantOf(c, ".result", "Prise en compte avant le");
  const resolutionDue = await instantOf(c, ".result", "Résolution avant le");
  expect(handlingDue).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(resolutionDue).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await noViolations(c, "filing result");

  // --- The call centre sees it in its queue, routed, with the same due dates. ---
  const can = await mutu.newPage();
  const a = can.page;
  await signIn(a, "/admin/connexion", CALL_CENTRE);
  await a.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await a.getByRole("navigation").getByRole("link", { name: "Saisines" }).click();
  await a.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await a.getByRole("searchbox", { name: /^Recherche/ }).fill(reference);
  await a.getByRole("button", { name: "Filtrer", exact: true }).click();
  const row = a.getByRole("row", { name: new RegExp(reference) });
  await row.getByText("Bègles").waitFor();
  await row.getByText("Centre d'appel", { exact: true }).waitFor();
  await row.getByText("+ Centre proximité numérique Sud").waitFor();
  await row.getByText(/^Prise en compte : \d{2}\/\d{2}\/\d{4}/).waitFor();
  await row.getByText("Non attribuée").waitFor();
  await noViolations(a, "queue");

  // Bulk assignment: tick the row, choose the team, assign.
  await a.getByRole("checkbox", { name: `Sélectionner ${reference}` }).check();
  await a.getByText("1 saisine sélectionnée.").waitFor();
  await a.getByLabel("Attribuer à").selectOption({ label: "Centre d'appel" });
  await noViolations(a, "queue with a selection");
  await a.getByRole("button", { name: "Attribuer la sélection" }).click();
  await a.getByText("1 saisine attribuée à Centre d'appel.").waitFor();
  await a
    .getByRole("row", { name: new RegExp(`${reference}.*Centre d'appel.*Centre d'appel`) })
    .waitFor();

  await a.getByRole("link", { name: reference, exact: true }).click();
  await a.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
  const clocks = a.getByRole("table", { name: "Horloge du contrat" });
  await expect(
    clocks
      .getByRole("row", { name: /^Résolution/ })
      .locator("time")
      .getAttribute("datetime"),
  ).resolves.toBe(resolutionDue);
  // The assignment handled it: the handling milestone is met, the team's own clock runs.
  await clocks.getByRole("row", { name: /^Prise en compte.*Atteint dans les délais/ }).waitFor();
  const ola = a.getByRole("table", { name: "Attributions et horloges internes" });
  await ola.getByRole("row", { name: /Centre d'appel.*Titulaire actuel/ }).waitFor();
  await a
    .getByRole("region", { name: "En bref", exact: true })
    .getByText("Jeanne Martin — 06 12 34 56 78")
    .waitFor();
  await noViolations(a, "saisine page, operator");

  // A second call-centre agent has the same saisine open (and will act on a stale version).
  const head = await mutu.newPage();
  const h = head.page;
  await signIn(h, "/admin/connexion", CALL_CENTRE_HEAD);
  await h.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await openSaisineInAdmin(h, reference);

  // Qualification: an emergency, in fact. Re-routed by the matrix's « urgence » row.
  await a.getByRole("button", { name: "Qualifier", exact: true }).click();
  const qualify = a.getByRole("dialog", { name: "Qualifier la saisine" });
  await qualify.getByLabel("Nature").selectOption("urgence");
  await noViolations(a, "qualify dialog");
  await qualify.getByRole("button", { name: "Enregistrer la qualification" }).click();
  await a
    .getByText(
      "Saisine qualifiée. Réacheminée : Centre d'appel → Chef de service centre d'appel et pilotage.",
    )
    .waitFor();
  const routing = a.getByRole("region", { name: "Acheminement" });
  await routing.getByText("Chef de service de l'utilisateur").waitFor();

  // The other agent, still on the old version, tries to put it on hold: refused, clearly.
  await h.getByRole("button", { name: "Mettre en attente" }).click();
  const staleDialog = h.getByRole("dialog", { name: "Mettre la saisine en attente" });
  await staleDialog.getByRole("radio", { name: /^La commune/ }).check();
  await staleDialog.getByRole("textbox", { name: /^Ce qui est attendu/ }).fill("Le modèle exact.");
  await staleDialog.getByRole("button", { name: "Mettre en attente" }).click();
  await staleDialog.getByText("Saisine modifiée entre-temps").waitFor();
  await staleDialog.getByText(/a été modifiée entre-temps : rechargez-la/).waitFor();
  await noViolations(h, "conflict in a dialog");
  await staleDialog.getByRole("button", { name: "Recharger la saisine" }).click();
  await h
    .getByRole("region", { name: "Acheminement" })
    .getByText("Chef de service de l'utilisateur")
    .waitFor();
  await h.keyboard.press("Escape");

  // On hold, waiting for a third party: the missing choice and note are said in French first.
  await a.getByRole("button", { name: "Mettre en attente" }).click();
  const pause = a.getByRole("dialog", { name: "Mettre la saisine en attente" });
  await pause.getByRole("button", { name: "Mettre en attente" }).click();
  await pause
    .getByRole("alert")
    .getByText(/Précisez ce qui est attendu : la commune ou un tiers\./)
    .waitFor();
  await pause
    .getByRole("alert")
    .getByText(/Indiquez ce qui est attendu, et de qui\./)
    .waitFor();
  await noViolations(a, "pause dialog with errors");
  await pause.getByRole("radio", { name: /^Un tiers/ }).check();
  await pause
    .getByRole("textbox", { name: /^Ce qui est attendu/ })
    .fill("Le prestataire doit livrer un four de fusion.");
  await pause.getByRole("button", { name: "Mettre en attente" }).click();
  await a.getByText("Saisine en attente : le délai est suspendu.").waitFor();
  const summary = a.getByRole("region", { name: "En bref" });
  await summary.getByText("En attente d'un tiers", { exact: true }).waitFor();
  await summary.getByText("Délai suspendu", { exact: true }).waitFor();

  await a.getByRole("button", { name: "Reprendre le traitement" }).click();
  await a.getByText("Traitement repris : le délai court de nouveau.").waitFor();
  await summary.getByText("En cours", { exact: true }).waitFor();
  const periods = a.getByRole("table", { name: "Périodes de l'horloge du contrat" });
  await periods.getByRole("row", { name: /^Suspendu/ }).waitFor();

  // An internal note, marked as such; then the public answer.
  await a
    .getByRole("textbox", { name: /^Commentaire/ })
    .fill("Vérifier le contrat de maintenance.");
  await a.getByRole("radio", { name: /^Interne/ }).check();
  await a.getByRole("button", { name: "Ajouter le commentaire" }).click();
  await a.getByText("Commentaire interne ajouté.").waitFor();
  const timeline = a.getByRole("region", { name: "Historique complet" });
  await timeline
    .getByRole("listitem")
    .filter({ hasText: "Vérifier le contrat de maintenance." })
    .getByText("Interne", { exact: true })
    .waitFor();

  await a.getByRole("button", { name: "Résoudre", exact: true }).click();
  const resolve = a.getByRole("dialog", { name: "Résoudre la saisine" });
  await resolve
    .getByRole("textbox", { name: /^Réponse à la commune/ })
    .fill("Le four de fusion a été remplacé : l'imprimante fonctionne de nouveau.");
  await noViolations(a, "resolve dialog");
  await resolve.getByRole("button", { name: "Résoudre" }).click();
  await a.getByText("Saisine résolue : la commune est invitée à confirmer.").waitFor();
  await summary.getByText("Résolue", { exact: true }).waitFor();
  await noViolations(a, "resolved saisine, operator");

  // --- The commune reads the answer (not the internal note), copies it and confirms. ---
  await c.getByRole("link", { name: "Voir la saisine" }).click();
  await c.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
  const answer = c.getByRole("region", { name: "Réponse du service commun" });
  await answer
    .getByText("Le four de fusion a été remplacé : l'imprimante fonctionne de nouveau.")
    .first()
    .waitFor();
  const history = c.getByRole("region", { name: "Historique", exact: true });
  await history.getByText("En attente d'un tiers").waitFor();
  await history.getByText("Le prestataire doit livrer un four de fusion.").waitFor();
  expect(await c.getByText("Vérifier le contrat de maintenance.").count()).toBe(0);
  await c
    .getByRole("region", { name: "Pièces jointes", exact: true })
    .getByRole("rowheader", { name: "constat.pdf" })
    .waitFor();
  await answer.getByRole("button", { name: "Copier la réponse" }).click();
  await answer
    .getByText(/Réponse copiée dans le presse-papiers\.|copiez-la avec Ctrl\+C/)
    .waitFor();
  await noViolations(c, "saisine page, commune");

  await answer.getByRole("button", { name: "Confirmer la résolution" }).click();
  const confirm = c.getByRole("dialog", { name: "Confirmer la résolution ?" });
  await noViolations(c, "confirm dialog");
  await confirm.getByRole("button", { name: "Confirmer et clore" }).click();
  await c.getByText("Résolution confirmée : la saisine est close.").waitFor();
  await c.getByRole("region", { name: "En bref" }).getByText("Close", { exact: true }).waitFor();
  await noViolations(c, "closed saisine, commune");

  // Closed saisines leave the default list, and show under « Toutes, closes comprises ».
  await c.getByRole("link", { name: "Toutes les saisines" }).first().click();
  await c.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await c.getByLabel("Statut").selectOption({ label: "Toutes, closes comprises" });
  await c.getByRole("button", { name: "Filtrer", exact: true }).click();
  await c.getByRole("row", { name: new RegExp(`${reference}.*Close`) }).waitFor();

  expect(unexpected(commune.errors)).toEqual([]);
  expect(unexpected(can.errors)).toEqual([]);
  expect(unexpected(head.errors)).toEqual([]);
}, 300_000);

test("a filing with missing choices, a refused file and invalid fields is refused in French, field by field", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/connexion", "agent@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await page.goto("/saisines/nouvelle");
  await page.getByRole("heading", { level: 1, name: "Nouvelle saisine" }).waitFor();
  // The limits are said before anything is chosen.
  await page.getByText(/PDF, PNG, JPEG.*10 Mo au plus par fichier, 10 fichiers au plus/).waitFor();

  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "La saisine n'a pas été déposée" });
  await summary
    .getByRole("link", { name: /Type de saisine : Choisissez le type de saisine\./ })
    .waitFor();
  await summary
    .getByRole("link", { name: /Sous-domaine concerné : Choisissez le sous-domaine/ })
    .waitFor();
  await summary.getByRole("link", { name: /Criticité : Choisissez la criticité\./ }).waitFor();
  await noViolations(page, "form with missing choices");

  // A disguised executable is refused before anything is sent.
  await page.getByRole("radio", { name: "Demande", exact: true }).check();
  await page.getByRole("radio", { name: /^C\. / }).check();
  await page.getByRole("radio", { name: "Bloquant", exact: true }).check();
  const files = page.getByLabel(/^Pièces jointes/);
  await files.setInputFiles({
    name: "facture.pdf.exe",
    mimeType: "application/x-msdownload",
    buffer: Buffer.from("MZ"),
  });
  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  await summary.getByText(/facture\.pdf\.exe.*double extension/).waitFor();
  await noViolations(page, "form with a refused file");

  // The API's own checks: too short a title, a resident without a usable contact.
  await files.setInputFiles([]);
  await page.getByRole("textbox", { name: /^Objet/ }).fill("ab");
  await page.getByRole("radio", { name: "Pour un administré qui a saisi la commune" }).check();
  await page.getByRole("textbox", { name: /^Nom de l'administré/ }).fill("J");
  await page.getByRole("textbox", { name: /^Un moyen de le joindre/ }).fill("pas de téléphone");
  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  await summary
    .getByRole("link", { name: /Objet : Le titre doit compter 3 caractères au moins\./ })
    .waitFor();
  await summary.getByRole("link", { name: /Nom de l'administré : Indiquez le nom/ }).waitFor();
  await summary
    .getByRole("link", { name: /Un moyen de le joindre : Indiquez une adresse électronique/ })
    .waitFor();
  await expect(
    page.getByRole("textbox", { name: /^Objet/ }).getAttribute("aria-invalid"),
  ).resolves.toBe("true");
  await noViolations(page, "form with the API's field errors");

  // The summary's links take the reader to the field.
  await summary.getByRole("link", { name: /^Objet :/ }).click();
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("saisine-objet");
  expect(unexpected(errors)).toEqual([]);
}, 120_000);

test("the call centre registers a phone call, records the managers' decision, an arbitration, and the recap", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", CALL_CENTRE_HEAD);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.goto("/admin/saisines/enregistrer");
  await page.getByRole("heading", { level: 1, name: "Enregistrer une saisine" }).waitFor();

  // Nothing chosen: commune and channel are asked for, in French.
  await page.getByRole("button", { name: "Enregistrer la saisine" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "La saisine n'a pas été enregistrée" });
  await summary.getByRole("link", { name: /Commune : Choisissez la commune\./ }).waitFor();
  await summary.getByRole("link", { name: /Reçue par : Précisez par quel canal/ }).waitFor();
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
  const filed = page.getByRole("region", { name: /^Saisine enregistrée : BEG-/ });
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
  await page.getByText("Décision enregistrée : Acceptée avec des moyens adaptés.").waitFor();
  await page
    .getByRole("region", { name: "En bref" })
    .getByText("Qualifiée", { exact: true })
    .waitFor();

  // A disagreement on the programming of the work: level 1 finds a solution.
  const arbitration = page.getByRole("region", { name: "Arbitrage", exact: true });
  await arbitration.getByRole("radio", { name: /^Programmation/ }).check();
  await arbitration
    .getByRole("textbox", { name: /^Le désaccord/ })
    .fill("La commune veut l'étude avant l'été, le service commun propose l'automne.");
  await arbitration.getByRole("button", { name: "Engager l'arbitrage" }).click();
  await page.getByText("Arbitrage engagé.", { exact: true }).waitFor();
  await arbitration.getByRole("heading", { name: /^Consigner : Niveau 1/ }).waitFor();
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

  await page.goto("/admin/arbitrages");
  await page.getByRole("heading", { level: 1, name: "Arbitrages" }).waitFor();
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
