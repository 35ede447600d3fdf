/**
 * A planned meeting moved then cancelled in Chromium, the Métropole's side: planned from Bègles'
 * calendar, moved to another day with its reason (refused first without one, and into the past),
 * then cancelled with its reason; the meeting reads « Annulée » and its reason, the forms are gone.
 * No axe violation on any step.
 */
import { expect, test } from "vitest";
import { openBeglesCalendar } from "./governance-pages.ts";
import { axeViolations, shot, useMutu } from "./harness.ts";

const mutu = useMutu();

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("the Métropole moves a planned meeting, then cancels it, each with its reason", async () => {
  const { page, errors } = await mutu.newPage();
  await openBeglesCalendar(page);
  const calendar = page.getByRole("table", { name: /^Instances et réunions dues en/ });
  const followUp = calendar.getByRole("row", { name: /^Comité de suivi du contrat d'engagement/ });
  await followUp.getByRole("button", { name: /Planifier/ }).click();
  const plan = page.getByRole("region", {
    name: "Planifier : Comité de suivi du contrat d'engagement",
  });
  await plan.getByLabel(/^Date/).fill(inDays(10));
  await plan.getByLabel(/^Lieu/).fill("Mairie de Bègles, salle des commissions");
  await expect.poll(() => plan.getByLabel(/^Ordre du jour/).inputValue()).not.toBe("");
  await page.getByRole("button", { name: "Planifier la réunion" }).click();
  await page.getByText("Réunion planifiée.").waitFor();

  // Moved: refused without a reason (in the browser), then into the past (by the server).
  const move = page.getByRole("region", { name: "Reporter la réunion" });
  await move.getByLabel(/^Date/).fill(inDays(17));
  await move.getByRole("button", { name: "Reporter la réunion" }).click();
  await move.getByText("Indiquez le motif du report.").first().waitFor();
  await move.getByLabel(/^Motif du report/).fill("Le maire est retenu ce jour-là.");
  await move.getByLabel(/^Date/).fill(inDays(-3));
  await move.getByRole("button", { name: "Reporter la réunion" }).click();
  await move
    .getByText(/Une réunion ne peut pas être planifiée dans le passé/)
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "reunion-report-refuse");
  await move.getByLabel(/^Date/).fill(inDays(17));
  await move.getByRole("button", { name: "Reporter la réunion" }).click();
  await page.getByText("Réunion reportée.").waitFor();
  await page.getByText("Le maire est retenu ce jour-là.").first().waitFor();

  // Cancelled, with its reason: the meeting reads « Annulée »; no form is left.
  const cancel = page.getByRole("region", { name: "Annuler la réunion" });
  await cancel
    .getByLabel(/^Motif de l'annulation/)
    .fill("Ordre du jour reporté au comité suivant.");
  await cancel.getByRole("button", { name: "Annuler la réunion" }).click();
  await page.getByText("Réunion annulée.").waitFor();
  await page.getByText("Ordre du jour reporté au comité suivant.").first().waitFor();
  await expect
    .poll(() => page.getByRole("region", { name: "Reporter la réunion" }).count())
    .toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "reunion-annulee");
  expect(errors.filter((e) => !/status of 400 \(Bad Request\)/.test(e))).toEqual([]);
});

test("the Métropole corrects the minutes of a held meeting with its reason", async () => {
  const { page, errors } = await mutu.newPage();
  // The demo's strategic committee of last December, held.
  await openBeglesCalendar(page, new Date().getFullYear() - 1);
  await page
    .getByRole("table", { name: /^Réunions \d{4}/ })
    .getByRole("link", { name: /^Ouvrir la réunion «\sComité numérique stratégique communal\s»/ })
    .first()
    .click();
  await page
    .getByRole("heading", { level: 1, name: /^Comité numérique stratégique communal/ })
    .waitFor();
  await page.getByRole("button", { name: "Corriger le compte rendu" }).click();
  const panel = page.getByRole("region", { name: "Corriger le compte rendu" });
  await panel
    .getByLabel(/^Compte rendu/)
    .fill(
      "Le comité arrête les priorités numériques de l'année : PRA, site internet, téléphonie et vidéoprotection.",
    );
  await panel.getByRole("button", { name: "Enregistrer la correction" }).click();
  await panel.getByText("Indiquez le motif de la correction.").first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await panel
    .getByLabel(/^Motif de la correction/)
    .fill("La vidéoprotection, décidée en séance, manquait.");
  await panel.getByRole("button", { name: "Enregistrer la correction" }).click();
  await page.getByText("Compte rendu corrigé.", { exact: true }).waitFor();
  await page
    .getByText(/^Compte rendu corrigé le .*\s: La vidéoprotection, décidée en séance, manquait\.$/)
    .waitFor();
  await page
    .getByRole("region", { name: "Compte rendu", exact: true })
    .getByText(/téléphonie et vidéoprotection\.$/)
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "reunion-compte-rendu-corrige");
  expect(errors.filter((e) => !/status of 400 \(Bad Request\)/.test(e))).toEqual([]);
});
