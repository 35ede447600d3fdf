/**
 * Saisines in Chromium, end to end: a Bègles DGS files an incident for a resident on the portal;
 * the call centre finds it in its queue routed by the contract with the same due dates, assigns
 * it in bulk, requalifies it (re-routed), puts it on hold for a third party, resumes, comments
 * internally and resolves it with a public answer; the commune reads the answer (never the
 * internal note), copies it and confirms. Also a « modifiée entre-temps » conflict. No axe
 * violation on any page, dialogs and error states included.
 */
import { expect, test } from "vitest";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { instantOf, openSaisineInAdmin, REFERENCE } from "./saisines-pages.ts";
import { BEGLES_DGS, CALL_CENTRE, CALL_CENTRE_HEAD } from "./demo-people.ts";

const mutu = useMutu();

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
  await c.getByText(/Hors du contrat\s: elle n'est traitée qu'après une décision/).waitFor();
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

  const filed = c.getByRole("region", { name: /^Saisine déposée\s: BEG-/ });
  await filed.waitFor();
  const heading = (await filed.getByRole("heading").textContent()) ?? "";
  const reference = heading.replace("Saisine déposée : ", "");
  expect(reference).toMatch(REFERENCE);
  // Routed by Bègles' matrix: anyone files C, the call centre answers, the proximity centre too.
  await filed.getByText("utilisateur (élu, agent, citoyen, ...)").waitFor();
  await filed.getByText("Centre d'appel", { exact: true }).waitFor();
  await filed.getByText("Centre proximité numérique Sud").waitFor();
  await c.getByText("Pièce jointe « constat.pdf » ajoutée.").waitFor();
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
  await a.getByRole("button", { name: "Rechercher", exact: true }).click();
  const row = a.getByRole("row", { name: new RegExp(reference) });
  await row.getByText("Bègles").waitFor();
  await row.getByText("Centre d'appel", { exact: true }).waitFor();
  await row.getByText("+ Centre proximité numérique Sud").waitFor();
  await row.getByText(/^Prise en compte\s: \d{2}\/\d{2}\/\d{4}/).waitFor();
  await row.getByText("Non attribuée").waitFor();
  await noViolations(a, "queue");

  // Bulk assignment: tick the row, choose the team, assign.
  await a.getByRole("checkbox", { name: `Sélectionner ${reference}` }).check();
  await a.getByText("1 saisine sélectionnée.").waitFor();
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Attribuer" });
  await a.getByLabel("Attribuer à").selectOption({ label: "Toute l'équipe : Centre d'appel" });
  await noViolations(a, "queue with a selection");
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  await a.getByText("1 saisine attribuée à Centre d'appel.").waitFor();
  await a
    .getByRole("row", { name: new RegExp(`${reference}.*Centre d'appel.*Centre d'appel`) })
    .waitFor();

  await a.getByRole("link", { name: reference, exact: true }).click();
  await a.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
  const clocks = a.getByRole("region", { name: "Délais et horloges" });
  await expect(
    clocks
      .getByRole("listitem")
      .filter({ hasText: /^Résolution/ })
      .locator("time")
      .getAttribute("datetime"),
  ).resolves.toBe(resolutionDue);
  // The assignment handled it: the handling milestone is met, the team's own clock runs.
  await clocks
    .getByRole("listitem")
    .filter({ hasText: /^Prise en compte.*Atteint dans les délais/ })
    .waitFor();
  await clocks
    .getByRole("listitem")
    .filter({ hasText: /^Centre d'appel.*Titulaire actuel.*Dans les délais/ })
    .waitFor();
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
      "Saisine qualifiée. Réacheminée : Centre d'appel → Chef de service centre d'appel et pilotage.",
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
  await staleDialog.getByText(/a été modifiée entre-temps\s: rechargez-la/).waitFor();
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
    .getByText(/Précisez ce qui est attendu\s: la commune ou un tiers\./)
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
  await a.getByText("Saisine en attente : le délai est suspendu.").waitFor();
  const summary = a.getByRole("region", { name: "En bref" });
  await summary.getByText("En attente d'un tiers", { exact: true }).waitFor();
  await summary.getByText("Délai suspendu", { exact: true }).waitFor();

  await a.getByRole("button", { name: "Reprendre le traitement" }).click();
  await a.getByText("Traitement repris : le délai court de nouveau.").waitFor();
  await summary.getByText("En cours", { exact: true }).waitFor();
  await clocks.getByText(/^Périodes de l'horloge du contrat/).click();
  await clocks
    .getByRole("listitem")
    .filter({ hasText: /^Suspendu du/ })
    .waitFor();

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
    .fill("Le four de fusion a été remplacé : l'imprimante fonctionne de nouveau.");
  await noViolations(a, "resolve dialog");
  await resolve.getByRole("button", { name: "Résoudre" }).click();
  await a.getByText("Saisine résolue : la commune est invitée à confirmer.").waitFor();
  await summary.getByText("Résolue", { exact: true }).waitFor();
  await noViolations(a, "resolved saisine, operator");

  // --- The commune reads the answer (not the internal note), copies it and confirms. ---
  await c.getByRole("link", { name: "Voir la saisine" }).click();
  await c.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
  const answer = c.getByRole("region", { name: "Réponse du service commun" });
  await answer
    .getByText("Le four de fusion a été remplacé : l'imprimante fonctionne de nouveau.")
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
  const confirm = c.getByRole("dialog", { name: "Confirmer la résolution ?" });
  await noViolations(c, "confirm dialog");
  await confirm.getByRole("button", { name: "Confirmer et clore" }).click();
  await c.getByText("Résolution confirmée : la saisine est close.").waitFor();
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
