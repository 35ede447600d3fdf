/**
 * A project followed by the Métropole with the keyboard alone, on a wide screen and on a phone
 * (RGAA themes 7, 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.2): its study and the DPO's
 * opinion, its plan projet and milestones, the effort logged, its abandon confirmed in a dialog,
 * and a level-1 mission opened. Each form is sent incomplete first — the error summary takes the
 * focus, its links lead to the fields — then filled and saved; the focus stays on what acted, or
 * lands where the result shows when the form goes, never at the top of the page.
 */
import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { noViolations, parisWallClock, unexpected, useMutu } from "./harness.ts";
import {
  arrowUntil,
  dateKeys,
  expectFocus,
  pageHeading,
  sendRefused,
  tabTo,
  typeHere,
  walkDialog,
} from "./keyboard.ts";
import { openProjectByKeyboard, showCommuneProjects } from "./projects-pages.ts";
import { PHONE, WIDE } from "./screens.ts";

const mutu = useMutu();

/** Le Bouscat's project `title` opened from the list: its heading has the focus. */
const openProject = (page: Page, title: string) => openProjectByKeyboard(page, "Le Bouscat", title);

test("a project studied at 1366 px, then its DPO's opinion given at 390 px, keyboard alone", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(WIDE);
  await openProject(page, "Gestion partagée des salles municipales");

  // The study, sent empty, then answered: the radios chosen with the arrows.
  const study = page.getByRole("region", { name: "Consigner l'étude" });
  const covered = study.getByRole("group", { name: /existante/ });
  await sendRefused(
    page,
    study.getByRole("button", { name: "Enregistrer l'étude" }),
    "L'étude n'a pas été enregistrée",
    /existante/,
    covered.getByRole("radio").first(),
  );
  await noViolations(page, "1366: study refused");
  const answer = async (group: Locator, value: "Oui" | "Non") => {
    await page.keyboard.press("Space");
    await arrowUntil(page, () => group.getByRole("radio", { name: value }).isChecked(), value);
  };
  await answer(covered, "Non");
  const shared = study.getByRole("group", { name: /partagé/ });
  await tabTo(page, shared.getByRole("radio").first(), "study: shared need", { max: 4 });
  await answer(shared, "Non");
  const personal = study.getByRole("group", { name: /données personnelles/ });
  await tabTo(page, personal.getByRole("radio").first(), "study: personal data", { max: 6 });
  await answer(personal, "Oui");
  await tabTo(page, study.getByRole("textbox", { name: /^Charge estimée/ }), "days", { max: 3 });
  await typeHere(page, "12,5");
  await tabTo(page, study.getByRole("textbox", { name: /^Conclusion/ }), "conclusion", { max: 3 });
  await typeHere(page, "Aucune solution du portefeuille ne couvre le besoin.");
  await tabTo(page, study.getByRole("button", { name: "Enregistrer l'étude" }), "study: send", {
    max: 3,
  });
  await page.keyboard.press("Enter");
  await page.getByText("Étude enregistrée.").waitFor();
  // The study may be revised until the committee decides: its form stays, the focus on its button.
  await expectFocus(
    page,
    study.getByRole("button", { name: "Enregistrer l'étude" }),
    "studied: the focus stays",
  );

  // On a phone: the DPO's opinion, sent without its sense, then given.
  await page.setViewportSize(PHONE);
  const dpo = page.getByRole("region", { name: "Rendre l'avis du DPO" });
  const opinions = dpo.getByRole("group", { name: /^Sens de l'avis/ });
  await sendRefused(
    page,
    dpo.getByRole("button", { name: "Enregistrer l'avis" }),
    "L'avis n'a pas été enregistré",
    /^Sens de l'avis/,
    opinions.getByRole("radio").first(),
  );
  await noViolations(page, "390: DPO opinion refused");
  await page.keyboard.press("Space");
  const reserved = opinions.getByRole("radio", { name: "Favorable avec réserves" });
  await arrowUntil(page, () => reserved.isChecked(), "opinion: with reservations");
  await tabTo(page, dpo.getByRole("textbox", { name: /^Avis/ }), "the opinion's text", { max: 6 });
  await typeHere(page, "Durées de conservation à inscrire au registre.");
  await tabTo(page, dpo.getByRole("button", { name: "Enregistrer l'avis" }), "send", { max: 3 });
  await page.keyboard.press("Enter");
  await page.getByText("Avis du DPO enregistré.").waitFor();
  const studied = page.getByRole("heading", { level: 2, name: "Étude", exact: true });
  await expectFocus(page, studied, "opinion given: the study's heading, where it shows");
  await page.getByText(/^Avis rendu le .*, signé par/).waitFor();
  await noViolations(page, "390: DPO opinion given");
  expect(unexpected(errors)).toEqual([]);
}, 240_000);

test("1366 px: a project's plan projet and effort, then at 390 px its abandon, keyboard alone", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(WIDE);
  await openProject(page, "Portail famille");

  // The plan projet, sent empty, then filled; a milestone added takes the focus, removed gives it
  // to « Ajouter un jalon ».
  const plan = page.getByRole("region", { name: "Préparer le plan projet" });
  const savePlan = page.getByRole("button", { name: "Enregistrer le plan projet" });
  const objectives = page.getByRole("textbox", { name: /^Objectifs du projet/ });
  await sendRefused(
    page,
    savePlan,
    "Le plan projet n'a pas été enregistré",
    /^Objectifs/,
    objectives,
  );
  await noViolations(page, "1366: plan projet refused");
  await typeHere(page, "Inscriptions scolaires et périscolaires en ligne.");
  for (const [label, text] of [
    [/^Gains attendus/, "Moins de dossiers papier."],
    [/^Plan de financement/, "Budget de la commune."],
    [/^Intitulé du jalon/, "Recette"],
  ] as const) {
    await tabTo(page, plan.getByRole("textbox", { name: label }).first(), `plan: ${label}`, {
      max: 4,
    });
    await typeHere(page, text);
  }
  const due = (days: number) =>
    dateKeys(parisWallClock(new Date(Date.now() + days * 86_400_000)).day);
  await tabTo(page, plan.getByLabel(/^Échéance/).first(), "milestone 1: due", { max: 2 });
  await typeHere(page, due(60));
  const addMilestone = plan.getByRole("button", { name: "Ajouter un jalon" });
  await tabTo(page, addMilestone, "add a milestone", { max: 6 });
  await page.keyboard.press("Enter");
  const second = plan.getByRole("group", { name: "Jalon 2" });
  await expectFocus(page, second.getByRole("textbox"), "milestone 2: its title");
  await typeHere(page, "Mise en service");
  await tabTo(page, second.getByLabel(/^Échéance/), "milestone 2: due", { max: 2 });
  await typeHere(page, due(120));
  const third = plan.getByRole("group", { name: "Jalon 3" });
  await tabTo(page, addMilestone, "add a third milestone", { max: 8 });
  await page.keyboard.press("Enter");
  await expectFocus(page, third.getByRole("textbox"), "milestone 3: its title");
  await tabTo(page, plan.getByRole("button", { name: "Retirer le jalon 3" }), "remove 3", {
    max: 8,
  });
  await page.keyboard.press("Enter");
  await expect.poll(() => third.count()).toBe(0);
  await expectFocus(page, addMilestone, "milestone removed: the focus on « Ajouter un jalon »");
  await tabTo(page, savePlan, "plan: save, filled", { max: 4 });
  await page.keyboard.press("Enter");
  await page.getByText("Plan projet enregistré.").waitFor();
  await expectFocus(page, savePlan, "plan saved: the focus stays on its button");

  // Effort: sent without its days, then logged.
  const logEffort = page.getByRole("button", { name: "Imputer la charge" });
  const days = page.getByRole("textbox", { name: /^Charge \(jours\)/ });
  await sendRefused(page, logEffort, "La charge n'a pas été imputée", /^Charge \(jours\)/, days);
  await typeHere(page, "1,5");
  await tabTo(page, logEffort, "effort: log, filled", { max: 4 });
  await page.keyboard.press("Enter");
  await page.getByText("Charge imputée.").waitFor();
  await expectFocus(page, logEffort, "effort logged: the focus stays on its button");
  await noViolations(page, "1366: plan projet and effort saved");

  // On a phone: the abandon, sent without its reason, then confirmed in its dialog.
  await page.setViewportSize(PHONE);
  const abandon = page.getByRole("button", { name: "Abandonner le projet" });
  const reason = page.getByRole("textbox", { name: /^Motif de l'abandon/ });
  await sendRefused(page, abandon, "Le projet n'a pas été abandonné", /^Motif/, reason);
  await typeHere(page, "La commune rejoint le portail de la Métropole.");
  const dialog = page.getByRole("dialog", { name: /^Abandonner le projet/ });
  await walkDialog(page, {
    opener: abandon,
    dialog,
    tabs: 4,
    max: 3,
    name: "390: abandon dialog",
    axe: true,
  });
  await tabTo(page, dialog.getByRole("button", { name: "Oui, abandonner le projet" }), "yes", {
    max: 3,
  });
  await page.keyboard.press("Enter");
  await page.getByText("Projet abandonné.").waitFor();
  const followUp = page.getByRole("heading", { level: 2, name: "Suivi" });
  await expectFocus(page, followUp, "abandoned: the follow-up, where it shows");
  await noViolations(page, "390: project abandoned");
  expect(unexpected(errors)).toEqual([]);
}, 240_000);

test("390 px: a level-1 mission opened with the keyboard alone", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(PHONE);
  await showCommuneProjects(page, "Le Bouscat");
  const toggle = page.getByRole("button", { name: "Ouvrir une mission de niveau 1" });
  await tabTo(page, toggle, "« Ouvrir une mission de niveau 1 »", { max: 6 });
  await page.keyboard.press("Enter");
  const panel = page.getByRole("region", { name: "Lettre de mission" });
  const title = panel.getByRole("textbox", { name: /^Intitulé de la mission/ });
  // Cancelled: the focus back on its button; opened again, sent empty.
  await tabTo(page, panel.getByRole("button", { name: "Annuler" }), "mission: cancel", {
    max: 20,
  });
  await page.keyboard.press("Enter");
  await expectFocus(page, toggle, "cancelled: the focus back on the button");
  await page.keyboard.press("Enter");
  const open = panel.getByRole("button", { name: "Ouvrir la mission" });
  await sendRefused(page, open, "La mission n'a pas été ouverte", /^Intitulé/, title);
  await noViolations(page, "390: mission refused");
  await typeHere(page, "Audit du réseau de la mairie");
  for (const [label, text] of [
    [/^Objet/, "Cartographier le réseau et ses risques."],
    [/^Interlocuteurs côté DSI/, "Équipe réseau"],
    [/^Interlocuteurs côté membre/, "Direction générale des services"],
    [/^Durée totale/, "Trois mois"],
    [/^Jours prévus/, "4,5"],
  ] as const) {
    // The start's date field holds its day, month, year and calendar button: four stops.
    await tabTo(page, panel.getByRole("textbox", { name: label }), `mission: ${label}`, { max: 6 });
    await typeHere(page, text);
  }
  await tabTo(page, open, "mission: open, filled", { max: 6 });
  await page.keyboard.press("Enter");
  await expectFocus(page, pageHeading(page, "Audit du réseau de la mairie"), "mission opened");
  expect(unexpected(errors)).toEqual([]);
}, 180_000);
