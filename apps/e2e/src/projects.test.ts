/**
 * Projects in Chromium: a Bègles project owner files a fiche projet (refused first without its
 * headings), the Métropole studies it (personal data: the commune's DPO gives the opinion in its
 * space), records the steering committee's decision at a held meeting and logs effort
 * against the 110 days of Bègles' contract; the commune reads its indicators. No axe violation on
 * any page, captures at 1366 and 390 px when MUTU_SHOTS names a folder.
 */
import { expect, test } from "vitest";
import { noViolations, shot, signIn, unexpected, useMutu } from "./harness.ts";
import { FICHE } from "./projects-pages.ts";
import { COMMUNAL_REFERENT, PROJECT_OWNER } from "./demo-people.ts";

const mutu = useMutu();
const TITLE = "Portail famille de Bègles";

test("a Bègles project owner files a fiche projet, the committee retains it, effort is logged against the 110 days", async () => {
  const commune = await mutu.newPage();
  const c = commune.page;
  await signIn(c, "/connexion", PROJECT_OWNER);
  await c.getByRole("link", { name: "Projets" }).first().click();
  await c.getByRole("heading", { level: 1, name: "Projets et schéma numérique" }).waitFor();
  await c.getByText("110 jours").first().waitFor();
  await noViolations(c, "commune projects");

  // The commune records its digital plan, revised this year.
  await c.getByRole("button", { name: "Enregistrer une version du schéma numérique" }).click();
  await c.getByRole("textbox", { name: /^Intitulé du schéma/ }).fill("Schéma numérique de Bègles");
  await c
    .getByRole("textbox", { name: /^Orientations du schéma/ })
    .fill("Relation à l'usager, écoles numériques, mutualisation.");
  await noViolations(c, "digital plan form");
  await c.getByRole("button", { name: "Enregistrer le schéma" }).click();
  await c.getByText("Schéma « Schéma numérique de Bègles » enregistré.").waitFor();
  await c.getByText(/À jour, à réviser au plus tard le/).waitFor();

  await c.getByRole("link", { name: "Déposer une fiche projet" }).click();
  await c.getByRole("heading", { level: 1, name: "Déposer une fiche projet" }).waitFor();

  // Nothing filled: every required heading of the annex is asked for, in French.
  await c.getByRole("button", { name: "Déposer la fiche projet" }).click();
  const summary = c.getByRole("alert").filter({ hasText: "La fiche projet n'a pas été déposée" });
  await summary
    .getByRole("link", { name: /Les enjeux\s: Rubrique «\sLes enjeux\s» requise\./ })
    .waitFor();
  await summary.getByRole("link", { name: /Indicateurs de suivi du projet/ }).waitFor();
  await noViolations(c, "fiche projet with errors");
  await shot(c, "commune-fiche-erreurs");

  await c.getByRole("textbox", { name: /^Intitulé du projet/ }).fill(TITLE);
  await c.getByRole("radio", { name: "Projet propre à la commune" }).check();
  await c.getByRole("textbox", { name: /^Direction pilote/ }).fill("Direction de l'éducation");
  await c.getByRole("radio", { name: "Sectoriel" }).check();
  for (const [label, value] of FICHE) await c.getByRole("textbox", { name: label }).fill(value);
  await c.getByRole("button", { name: "Déposer la fiche projet" }).click();
  await c.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await c.getByText(`Fiche projet « ${TITLE} » déposée`).waitFor();
  await c.getByText("Le projet n'a pas encore été étudié.").waitFor();
  await noViolations(c, "commune project page");
  await shot(c, "commune-projet-depose");

  // The Métropole studies it, records the committee's decision, logs 12,5 days.
  const admin = await mutu.newPage();
  const a = admin.page;
  await signIn(a, "/admin/connexion", COMMUNAL_REFERENT);
  await a.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await a.goto("/admin/projets");
  // The fiche waits for its study among every commune's open projects, Le Bouscat's older one first.
  const toStudy = a.getByRole("table", { name: /^À étudier \(\d+\)$/ });
  const waiting = toStudy.getByRole("row").filter({ has: a.getByRole("rowheader") });
  await waiting.filter({ hasText: TITLE }).filter({ hasText: "Bègles" }).waitFor();
  expect(await waiting.getByRole("rowheader").allInnerTexts()).toEqual([
    "Gestion partagée des salles municipales",
    TITLE,
  ]);
  await a
    .getByRole("table", { name: "En cours (1)" })
    .getByRole("row", { name: /Portail famille.*Le Bouscat/ })
    .waitFor();
  await noViolations(a, "open projects of the communes");
  await shot(a, "admin-projets-en-cours");
  await toStudy.getByRole("link", { name: TITLE }).click();
  await a.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const study = a.getByRole("region", { name: "Consigner l'étude" });
  await study
    .getByRole("group", { name: /existante/ })
    .getByRole("radio", { name: "Non" })
    .check();
  await study
    .getByRole("group", { name: /partagé/ })
    .getByRole("radio", { name: "Non" })
    .check();
  await study
    .getByRole("group", { name: /données personnelles/ })
    .getByRole("radio", { name: "Oui" })
    .check();
  await study.getByRole("textbox", { name: /^Charge estimée/ }).fill("30");
  await study
    .getByRole("textbox", { name: /^Conclusion/ })
    .fill("Aucune solution du portefeuille ne couvre le besoin.");
  await noViolations(a, "study form");
  await study.getByRole("button", { name: "Enregistrer l'étude" }).click();
  await a.getByText("Étude enregistrée.").waitFor();

  // Personal data: the commune's DPO gives the opinion in the commune's space, signed and dated.
  const dpoPage = await mutu.newPage();
  const p = dpoPage.page;
  await signIn(p, "/connexion", "dpo@begles.mutu-demo.fr");
  // Signed in before leaving the page: a navigation would cancel the sign-in still on its way.
  await p.getByRole("button", { name: "Se déconnecter" }).waitFor();
  await p.goto(`/projets/projet?${new URL(a.url()).searchParams}`);
  await p.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const dpo = p.getByRole("region", { name: "Rendre l'avis du DPO" });
  await dpo.getByRole("button", { name: "Enregistrer l'avis" }).click();
  await p
    .getByRole("alert")
    .filter({ hasText: "L'avis n'a pas été enregistré" })
    .getByRole("link", { name: /^Sens de l'avis/ })
    .waitFor();
  await noViolations(p, "DPO opinion form with errors");
  await dpo.getByRole("radio", { name: "Favorable avec réserves" }).check();
  await dpo
    .getByRole("textbox", { name: /^Avis/ })
    .fill("Durées de conservation des données des familles à inscrire au registre.");
  await dpo.getByRole("button", { name: "Enregistrer l'avis" }).click();
  await p.getByText("Avis du DPO enregistré.").waitFor();
  await p
    .getByText(/^Avis rendu le .*, signé par .* \(délégué à la protection des données, Bègles\)\.$/)
    .waitFor();
  await noViolations(p, "DPO opinion given");
  await shot(p, "commune-avis-dpo");
  expect(unexpected(dpoPage.errors)).toEqual([]);
  await a.reload();
  await a.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await a.getByText(/signé par .* \(délégué à la protection des données, Bègles\)/).waitFor();

  // The decision is one of a held meeting of Bègles' strategic committee (the demo's, last
  // December), chosen from the list; the meeting's page then lists it among its decisions.
  const year = new Date().getFullYear();
  const decision = a.getByRole("region", { name: "Consigner la décision du comité de pilotage" });
  const meeting = decision.getByRole("combobox", { name: /^Réunion du comité/ });
  expect(await meeting.locator("option").allTextContents()).toEqual([
    `Comité numérique stratégique communal, le 4 décembre ${year - 1}`,
  ]);
  await decision.getByRole("radio", { name: "Retenu et inscrit au schéma numérique" }).check();
  await decision.getByRole("textbox", { name: /^Année d'inscription/ }).fill(String(year));
  await decision.getByRole("textbox", { name: /^Motifs/ }).fill("Priorité du mandat.");
  await noViolations(a, "decision form");
  await shot(a, "admin-projet-arbitrage");
  await decision.getByRole("button", { name: "Enregistrer la décision" }).click();
  await a.getByText("Décision enregistrée.").waitFor();
  await a
    .getByRole("link", { name: `Comité numérique stratégique communal, le 4 décembre ${year - 1}` })
    .click();
  await a
    .getByRole("heading", { level: 1, name: /Comité numérique stratégique communal/ })
    .waitFor();
  const minutes = a.getByRole("region", { name: "Compte rendu" });
  await minutes
    .getByText(
      /Projet «\sPortail famille de Bègles\s»\s: Retenu et inscrit au schéma numérique pour/,
    )
    .waitFor();
  await noViolations(a, "meeting page with a project decision");
  await shot(a, "admin-reunion-arbitrage");
  await minutes.getByRole("link", { name: `« ${TITLE} »` }).click();
  await a.getByRole("heading", { level: 1, name: TITLE }).waitFor();

  const effort = a.getByRole("region", { name: "Imputer de la charge" });
  await effort.getByRole("textbox", { name: /^Charge \(jours\)/ }).fill("0,3");
  await effort.getByRole("button", { name: "Imputer la charge" }).click();
  await effort
    .getByText("La charge se compte par demi-journées (0,5 ; 1 ; 1,5…).")
    .first()
    .waitFor();
  await effort.getByRole("textbox", { name: /^Charge \(jours\)/ }).fill("12,5");
  await effort.getByRole("button", { name: "Imputer la charge" }).click();
  await a.getByText("Charge imputée.").waitFor();
  await a.getByText("Charge imputée au projet (total : 12,5 jours)").waitFor();
  await noViolations(a, "admin project page");
  await shot(a, "admin-projet-suivi");

  // The commune reads it: 12,5 of its 110 days, 97,5 left.
  await c.goto("/projets");
  await c.getByRole("heading", { level: 1, name: "Projets et schéma numérique" }).waitFor();
  await c.getByText("97,5 jours").waitFor();
  await noViolations(c, "commune indicators");
  await shot(c, "commune-projets");

  // A link to a year older than the list offers still shows that year, chosen in the list.
  const older = String(new Date().getFullYear() - 4);
  await c.goto(`/projets?annee=${older}`);
  await c.getByRole("heading", { level: 1, name: "Projets et schéma numérique" }).waitFor();
  expect(await c.getByLabel("Année des indicateurs").inputValue()).toBe(older);
  expect(unexpected(commune.errors)).toEqual([]);
  expect(unexpected(admin.errors)).toEqual([]);
});

test("Redon Agglomération opens a level-1 mission with its lettre de mission and logs its days", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "admin@redon-agglomeration.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.goto("/admin/projets");
  await page.getByLabel("Commune").selectOption({ label: "Redon" });
  await page
    .getByRole("form", { name: "Projets à afficher" })
    .getByRole("button", { name: "Afficher" })
    .click();
  await page.getByRole("button", { name: "Ouvrir une mission de niveau 1" }).click();
  await page.getByRole("button", { name: "Ouvrir la mission" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "La mission n'a pas été ouverte" });
  await summary.getByRole("link", { name: /Interlocuteurs côté DSI/ }).waitFor();
  await noViolations(page, "mission form with errors");
  await page
    .getByRole("textbox", { name: /^Intitulé de la mission/ })
    .fill("Paramétrage de la paie");
  await page.getByRole("textbox", { name: /^Objet/ }).fill("Paramétrer le logiciel de paie.");
  await page.getByRole("textbox", { name: /^Interlocuteurs côté DSI/ }).fill("Chef de projet");
  await page.getByRole("textbox", { name: /^Interlocuteurs côté membre/ }).fill("DRH");
  await page.getByRole("textbox", { name: /^Durée totale/ }).fill("Deux mois");
  await page.getByRole("textbox", { name: /^Jours prévus/ }).fill("6");
  await page.getByRole("button", { name: "Ouvrir la mission" }).click();
  await page.getByRole("heading", { level: 1, name: "Paramétrage de la paie" }).waitFor();
  await page.getByRole("region", { name: "Lettre de mission" }).getByText("6 jours").waitFor();
  const effort = page.getByRole("region", { name: "Imputer de la charge" });
  await effort.getByRole("textbox", { name: /^Charge \(jours\)/ }).fill("8");
  await effort.getByRole("button", { name: "Imputer la charge" }).click();
  await page.getByText("Charge imputée.").waitFor();
  await noViolations(page, "mission page");
  await shot(page, "admin-mission");
  await page.getByRole("link", { name: "Retour aux projets" }).click();
  await page.getByText("Au-delà de la part (reporté sur la cotisation suivante)").waitFor();
  await page.getByText(/^3 demi-journées, soit 600,00/).waitFor();
  await noViolations(page, "member projects with level 1");
  await shot(page, "admin-projets-redon");
  expect(unexpected(errors)).toEqual([]);
});

test("the Métropole records the plan projet of a retained project, then abandons another after confirming", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.goto("/admin/projets");
  await page.getByLabel("Commune").selectOption({ label: "Le Bouscat" });
  await page
    .getByRole("form", { name: "Projets à afficher" })
    .getByRole("button", { name: "Afficher" })
    .click();
  await page.getByRole("link", { name: "Portail famille", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Portail famille" }).waitFor();

  // Objectives alone, a milestone without its date: refused in French, nothing recorded.
  const form = page.getByRole("region", { name: "Préparer le plan projet" });
  await form
    .getByRole("textbox", { name: /^Objectifs du projet/ })
    .fill("Inscriptions en ligne aux activités périscolaires.");
  await form.getByRole("textbox", { name: /^Intitulé du jalon/ }).fill("Recette");
  await form.getByRole("button", { name: "Enregistrer le plan projet" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ hasText: "Le plan projet n'a pas été enregistré" });
  await summary
    .getByRole("link", {
      name: /^Gains attendus et retour sur investissement\s: Indiquez les gains attendus/,
    })
    .waitFor();
  await summary.getByRole("link", { name: /^Plan de financement\s: Indiquez le plan/ }).waitFor();
  await summary
    .getByRole("link", { name: "Jalon 1 : Échéance : Indiquez l'échéance du jalon." })
    .waitFor();
  await noViolations(page, "plan projet with errors");
  await shot(page, "admin-plan-projet-erreurs");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Portail famille" }).waitFor();
  await page.getByRole("region", { name: "Préparer le plan projet" }).waitFor();
  expect(await page.getByRole("region", { name: "Plan projet", exact: true }).count()).toBe(0);

  const fresh = page.getByRole("region", { name: "Préparer le plan projet" });
  await fresh
    .getByRole("textbox", { name: /^Objectifs du projet/ })
    .fill("Inscriptions en ligne aux activités périscolaires.");
  await fresh
    .getByRole("textbox", { name: /^Gains attendus/ })
    .fill("Moitié moins de dossiers papier ; délai d'inscription ramené à deux jours.");
  await fresh
    .getByRole("textbox", { name: /^Plan de financement/ })
    .fill("30 000 € en investissement, 4 000 € par an en fonctionnement.");
  await fresh.getByRole("textbox", { name: /^Intitulé du jalon/ }).fill("Recette");
  await fresh.getByRole("textbox", { name: /^Échéance/ }).fill("2027-03-31");
  await fresh.getByRole("button", { name: "Ajouter un jalon" }).click();
  const second = fresh.getByRole("group", { name: "Jalon 2" });
  await second.getByRole("textbox", { name: /^Intitulé du jalon/ }).fill("Démarrage");
  await second.getByRole("textbox", { name: /^Échéance/ }).fill("2027-05-03");
  await fresh.getByRole("button", { name: "Enregistrer le plan projet" }).click();
  await page.getByText("Plan projet enregistré.").waitFor();
  const plan = page.getByRole("region", { name: "Plan projet", exact: true });
  await plan.getByText("30 000 € en investissement, 4 000 € par an en fonctionnement.").waitFor();
  await plan.getByRole("rowheader", { name: "Démarrage" }).waitFor();
  await plan.getByText("31 mars 2027").waitFor();
  await page.getByRole("region", { name: "Mettre à jour le plan projet" }).waitFor();
  await noViolations(page, "plan projet recorded");
  await shot(page, "admin-plan-projet");

  // A filed project is abandoned with its reason, once confirmed.
  await page.getByRole("link", { name: "Retour aux projets" }).click();
  await page.getByRole("link", { name: "Gestion partagée des salles municipales" }).click();
  await page
    .getByRole("heading", { level: 1, name: "Gestion partagée des salles municipales" })
    .waitFor();
  const abandon = page.getByRole("region", { name: "Abandonner le projet" });
  await abandon.getByRole("button", { name: "Abandonner le projet" }).click();
  await abandon.getByText("Indiquez pourquoi le projet est abandonné.").first().waitFor();
  await abandon
    .getByRole("textbox", { name: /^Motif de l'abandon/ })
    .fill("Besoin couvert par l'outil de réservation d'Eysines.");
  await abandon.getByRole("button", { name: "Abandonner le projet" }).click();
  const dialog = page.getByRole("dialog", {
    name: "Abandonner le projet « Gestion partagée des salles municipales » ?",
  });
  await dialog.waitFor();
  await noViolations(page, "abandon confirmation");
  await shot(page, "admin-abandon-confirmation");
  // « Annuler » has the focus: Entrée keeps the project as it was.
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "hidden" });
  await page.getByText(/— Fiche déposée$/).waitFor();
  await abandon.getByRole("button", { name: "Abandonner le projet" }).click();
  await dialog.getByRole("button", { name: "Oui, abandonner le projet" }).click();
  await page.getByText("Projet abandonné.", { exact: true }).waitFor();
  await page
    .getByText(/^Projet abandonné le .*\s:\sBesoin couvert par l'outil de réservation d'Eysines\.$/)
    .waitFor();
  await page.getByText("Le Bouscat — Abandonné").waitFor();
  expect(await page.getByRole("region", { name: "Abandonner le projet" }).count()).toBe(0);
  await noViolations(page, "abandoned project");
  await shot(page, "admin-projet-abandonne");
  expect(unexpected(errors)).toEqual([]);
});
