/**
 * Governance in Chromium: the Métropole plans Bègles' next due follow-up meeting from the calendar
 * (a few minutes ahead), is refused the minutes before it begins and an action without owner, then
 * records minutes, decisions and actions once it has begun; at the next meeting one action is
 * closed. The commune reads its calendar and the meeting. No axe violation on any page.
 */
import { expect, test } from "vitest";
import { noViolations, parisWallClock, signIn, unexpected, useMutu } from "./harness.ts";
import { METROPOLE_ADMIN } from "./demo-people.ts";

const mutu = useMutu();

/** Paris day and wall-clock time, `minutes` from now. */
function parisIn(minutes: number) {
  const at = new Date(Date.now() + minutes * 60_000);
  return { ...parisWallClock(at), at };
}

const ACTION = "Envoyer le calendrier de migration du PABX";

test("the Métropole plans the next follow-up meeting, records it once held, closes an action at the next", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", METROPOLE_ADMIN);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Gouvernance" }).click();
  await page.getByRole("heading", { level: 1, name: "Gouvernance" }).waitFor();
  // Before a commune is chosen: every commune's next meetings and late actions (the demo's PABX).
  await page.getByRole("table", { name: /^Réunions planifiées jusqu'au .* \(\d+\)$/ }).waitFor();
  await page
    .getByRole("table", { name: "Actions en retard (1)" })
    .getByRole("row", { name: /Préparer la migration de la téléphonie \(PABX\).*Bègles/ })
    .waitFor();
  await noViolations(page, "next meetings and late actions");
  await page.getByLabel("Commune").selectOption({ label: "Bègles" });
  // Choosing changes nothing until « Afficher » (no change of context on input, RGAA 7.4).
  await page.getByRole("heading", { level: 2, name: "Prochaines échéances" }).waitFor();
  await page
    .getByRole("form", { name: "Calendrier à afficher" })
    .getByRole("button", { name: "Afficher" })
    .click();
  const calendar = page.getByRole("table", { name: /^Instances et réunions dues en/ });
  const followUp = calendar.getByRole("row", { name: /^Comité de suivi du contrat d'engagement/ });
  await followUp.getByText(/comités? de suivi tenus? sur \d+ dus? en/).waitFor();
  await noViolations(page, "calendar");

  // Plan the next due period's meeting, starting in two minutes.
  await followUp.getByRole("button", { name: /Planifier/ }).click();
  const plan = page.getByRole("region", {
    name: "Planifier : Comité de suivi du contrat d'engagement",
  });
  await plan.waitFor();
  const start = parisIn(2);
  const end = parisIn(62);
  await plan.getByLabel(/^Date/).fill(start.day);
  // The agenda is pre-filled with the actions due (the demo's PABX migration).
  await expect
    .poll(() => plan.getByLabel(/^Ordre du jour/).inputValue())
    .toContain("Suivi de l'action « Préparer la migration de la téléphonie (PABX) »");
  await plan.getByLabel(/^Début/).fill(start.time);
  await plan.getByLabel(/^Fin/).fill(end.day === start.day ? end.time : "23:59");
  await plan.getByLabel(/^Lieu/).fill("Mairie de Bègles, salle des commissions");
  const invitees = plan.getByRole("group", { name: "Personnes invitées" }).getByRole("checkbox");
  await invitees.nth(0).check();
  await invitees.nth(1).check();
  await noViolations(page, "plan form");
  await page.getByRole("button", { name: "Planifier la réunion" }).click();
  await page.getByText("Réunion planifiée.").waitFor();
  await page
    .getByRole("heading", { level: 1, name: /^Comité de suivi du contrat d'engagement — Bègles/ })
    .waitFor();

  // Record it: an action without owner is refused in the browser, minutes before the start by the server.
  const form = page.getByRole("region", { name: "Consigner le compte rendu" });
  await form
    .getByLabel(/^Compte rendu/)
    .fill("Revue des indicateurs du trimestre et de la migration de la téléphonie.");
  await form.getByLabel(/^Décisions/).fill("La migration du PABX est décalée au printemps.");
  await form.getByRole("button", { name: "Ajouter une action" }).click();
  await form.getByLabel(/^Action \(/).fill(ACTION);
  await form.getByLabel(/^Échéance/).fill(end.day);
  await form.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
  await form.getByText("Chaque action a un responsable : choisissez-le.").first().waitFor();
  await form.getByLabel(/^Responsable/).selectOption({ index: 1 });
  if (Date.now() < start.at.getTime() - 5_000) {
    await form.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
    await form
      .getByText(/Cette réunion n'a pas encore eu lieu/)
      .first()
      .waitFor();
  }
  await noViolations(page, "meeting page");
  // Once it has begun (the clock's next minute), the minutes are taken.
  await new Promise((r) => setTimeout(r, Math.max(0, start.at.getTime() - Date.now() + 1_000)));
  await form.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
  await page.getByText("Compte rendu enregistré.").waitFor();
  const decided = page.getByRole("table", { name: "Actions décidées" });
  await decided
    .getByRole("row", { name: new RegExp(ACTION) })
    .getByText("Ouverte")
    .waitFor();
  await page.getByText("La migration du PABX est décalée au printemps.").waitFor();
  await noViolations(page, "record form");

  // The next meeting: planned from the calendar, where the action is closed.
  await page.getByRole("link", { name: "Retour à la gouvernance" }).click();
  const row = page
    .getByRole("table", { name: /^Instances et réunions dues en/ })
    .getByRole("row", { name: /^Comité de suivi du contrat d'engagement/ });
  await row.getByRole("button", { name: /Planifier/ }).click();
  await page
    .getByRole("region", { name: /^Planifier\s:/ })
    .getByLabel(/^Lieu/)
    .fill("Mairie de Bègles, salle des commissions");
  await page.getByRole("button", { name: "Planifier la réunion" }).click();
  await page.getByText("Réunion planifiée.").waitFor();
  const followed = page
    .getByRole("region", { name: "Actions des réunions précédentes" })
    .getByRole("table", { name: /^\d+ actions? à suivre$/ });
  const action = followed.getByRole("row", { name: new RegExp(ACTION) });
  await action
    .getByRole("button", { name: `Clore l'action « ${ACTION} » à cette réunion` })
    .click();
  await page.getByText(`Action « ${ACTION} » close.`).waitFor();
  await action.getByText("Close", { exact: true }).waitFor();
  await noViolations(page, "actions");
  expect(unexpected(errors, [400])).toEqual([]);
}, 240_000); // the meeting starts two minutes ahead: its minutes wait for it

test("the commune reads its calendar, its meetings and the actions, with nothing to plan", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/connexion", "dgs@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Gouvernance" }).click();
  await page.getByRole("heading", { level: 1, name: "Gouvernance" }).waitFor();
  const lastYear = String(new Date().getFullYear() - 1);
  await page.getByLabel("Année", { exact: true }).selectOption(lastYear);
  await page
    .getByRole("form", { name: "Calendrier à afficher" })
    .getByRole("button", { name: "Afficher" })
    .click();
  await page.getByText(`3 comités de suivi tenus sur 4 dus en ${lastYear}`).waitFor();
  expect(await page.getByRole("button", { name: /Planifier/ }).count()).toBe(0);
  await noViolations(page, "report years");
  await page
    .getByRole("table", { name: /^Réunions/ })
    .getByRole("link", { name: /Ouvrir la réunion «\sComité numérique stratégique communal\s»/ })
    .click();
  await page
    .getByRole("heading", { level: 1, name: "Comité numérique stratégique communal" })
    .waitFor();
  await page.getByText(/Le comité arrête les priorités numériques/).waitFor();
  await page.getByRole("button", { name: "Ajouter à mon agenda (fichier .ics)" }).waitFor();
  await noViolations(page, "strategic committee");
  expect(unexpected(errors, [400])).toEqual([]);
});
