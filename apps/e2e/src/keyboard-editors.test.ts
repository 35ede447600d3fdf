/**
 * The amendment editor with the keyboard alone on a wide screen and on a phone (RGAA themes 7,
 * 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.2): a draft's subject and priorities, the
 * perimeter, the support hours (refused, then corrected from the summary), the saisine matrix, the
 * whole annex as JSON, then its signature or its abandon in a dialog that keeps the focus and gives
 * it back. Tab, Shift+Tab, Enter, Space, Échap, the arrows and typing only.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { noViolations, parisWallClock, unexpected, useMutu } from "./harness.ts";
import { openAmendmentEditor } from "./amendment-pages.ts";
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
import { PHONE, WIDE } from "./screens.ts";

const mutu = useMutu();

/** Saves one part of the amendment: the focus stays on its « Enregistrer », the news beside. */
async function savePart(page: Page, part: string, where: string) {
  const save = page.getByRole("button", { name: `Enregistrer : ${part.toLowerCase()}` });
  await tabTo(page, save, `${where}: its « Enregistrer »`, { max: 80 });
  await page.keyboard.press("Enter");
  await page.getByText(`Modifications enregistrées : ${part.toLowerCase()}.`).waitFor();
  await expectFocus(page, save, `${where} saved: the focus stays on « Enregistrer »`);
}

/** Sends a part refused: its summary takes the focus, its link leads to the field in error. */
const refusedPart = (page: Page, part: string, link: RegExp, field: string) =>
  sendRefused(
    page,
    page.getByRole("button", { name: `Enregistrer : ${part.toLowerCase()}` }),
    "Les modifications n'ont pas été enregistrées",
    link,
    page.getByLabel(field, { exact: true }),
  );

/** The perimeter, the hours, the matrix and the JSON, part by part, as both widths walk them. */
async function editParts(page: Page, width: number) {
  // The perimeter: sub-domain D's box ticked with Space, an activity added to A.
  const mutualisedD = page.getByRole("checkbox", { name: "Sous-domaine mutualisé (D)" });
  const activitiesA = page.getByRole("textbox", { name: /^Activités mutualisées \(A\)/ });
  await tabTo(page, activitiesA, "perimeter: activities of A", { max: 160 });
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await typeHere(page, `Assistance au clavier ${width}`);
  await tabTo(page, mutualisedD, "perimeter: D mutualised", { max: 20 });
  const was = await mutualisedD.isChecked();
  await page.keyboard.press("Space");
  expect(await mutualisedD.isChecked()).toBe(!was);
  await expectFocus(page, mutualisedD, "D ticked: the focus stays on the box");
  await savePart(page, "Périmètre mutualisé", "perimeter");

  // The matrix: one cell typed.
  const cell = page.getByLabel("Saisine en urgence, sous-domaine B : fonction côté commune");
  await tabTo(page, cell, "matrix: urgent, B, commune", { max: 120 });
  await page.keyboard.press("ControlOrMeta+A");
  await typeHere(page, "Directeur général des services");
  await savePart(page, "Matrice des saisines", "matrix");
  await noViolations(page, `${width}: amendment editor, matrix saved`);

  // The support hours: Monday's typed wrong is refused; the summary's link leads back to it.
  const monday = "Lundi : plages horaires";
  await tabTo(page, page.getByLabel(monday, { exact: true }), "hours: Monday", { max: 160 });
  await page.keyboard.press("ControlOrMeta+A");
  await typeHere(page, "8h-12h");
  await refusedPart(page, "Horaires d'assistance", /^Lundi\s: plages horaires\s:/, monday);
  await noViolations(page, `${width}: support hours refused`);
  await page.keyboard.press("ControlOrMeta+A");
  await typeHere(page, "08:30-12:00, 13:30-17:00");
  await savePart(page, "Horaires d'assistance", "hours");

  // The JSON: broken, refused with where it broke; reloaded from the draft.
  const json = page.getByLabel("Annexe au format JSON", { exact: true });
  await tabTo(page, json, "the annex as JSON", { max: 160 });
  await page.keyboard.press("ControlOrMeta+Home");
  await typeHere(page, "x");
  await refusedPart(
    page,
    "Annexe complète (JSON)",
    /^Annexe au format JSON\s: Le texte n'est pas un JSON valide/,
    "Annexe au format JSON",
  );
  const reload = page.getByRole("button", { name: "Recharger depuis le brouillon" });
  await tabTo(page, reload, "JSON: reload", { max: 2 });
  await page.keyboard.press("Enter");
  await expect.poll(() => json.inputValue()).toMatch(/^\{/);
  await expectFocus(page, reload, "reloaded: the focus stays on « Recharger »");
}

test("1366 px: the Métropole edits an amendment and records its signature, keyboard alone", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(WIDE);
  await openAmendmentEditor(page, "Bègles", "Clavier, signature");
  await editParts(page, 1366);

  // The signature's dialog: its first field focused, the focus kept inside, Échap gives it back.
  const dialog = page.getByRole("dialog", { name: /^Signature de l'avenant/ });
  await walkDialog(page, {
    opener: page.getByRole("button", { name: "Enregistrer la signature" }),
    dialog,
    first: dialog.getByLabel(/^Signé le/),
    tabs: 8,
    name: "signature dialog",
  });

  // Opened again, sent without its date of effect: the summary, its link to the date.
  const submit = dialog.getByRole("button", { name: "Enregistrer la signature" });
  const effect = dialog.getByLabel(/^Prend effet le/);
  await sendRefused(
    page,
    submit,
    "La signature n'a pas été enregistrée",
    /^Prend effet le/,
    effect,
  );
  await noViolations(page, "1366: signature refused");
  await typeHere(page, dateKeys(parisWallClock(new Date()).day));
  await tabTo(page, submit, "dialog: its submit, filled", { max: 12 });
  await page.keyboard.press("Enter");
  await expectFocus(
    page,
    pageHeading(page, "Contrat d'engagement — Bègles"),
    "signed: contract page",
  );
  await page.getByText(/^Avenant n°\s\d+ signé\s: il est en vigueur à partir du/).waitFor();
  await noViolations(page, "1366: amendment signed");
  expect(unexpected(errors)).toEqual([]);
}, 240_000);

test("390 px: the Métropole edits an amendment, then abandons it, keyboard alone", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(PHONE);
  await openAmendmentEditor(page, "Pessac", "Clavier, abandon");
  await editParts(page, 390);

  // The abandon's dialog: the safe choice focused, the focus kept inside, Échap gives it back.
  const discard = page.getByRole("button", { name: "Abandonner l'avenant" });
  const dialog = page.getByRole("dialog", { name: /^Abandonner l'avenant/ });
  await walkDialog(page, {
    opener: discard,
    dialog,
    tabs: 4,
    name: "390: abandon dialog",
    axe: true,
  });
  // « Annuler » closes it the same way.
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "hidden" });
  await expectFocus(page, discard, "« Annuler »: the focus back on « Abandonner l'avenant »");
  await page.keyboard.press("Enter");
  const confirm = dialog.getByRole("button", { name: "Abandonner", exact: true });
  await tabTo(page, confirm, "dialog: « Abandonner »", { max: 3 });
  await page.keyboard.press("Enter");
  await expectFocus(
    page,
    pageHeading(page, "Contrat d'engagement — Pessac"),
    "abandoned: contract",
  );
  await page.getByText(/^Avenant n°\s\d+ abandonné\.$/).waitFor();
  expect(unexpected(errors)).toEqual([]);
}, 240_000);

for (const { width, height, commune } of [
  { ...WIDE, commune: "Bègles" },
  { ...PHONE, commune: "Pessac" },
]) {
  test(`${width} px: the Métropole drafts an amendment for ${commune} with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await openAmendmentEditor(page, commune, `Clavier ${width}`);
    await noViolations(page, `${width}: amendment editor`);

    // A priority added takes the focus in its title; removed, the focus is on « Ajouter ».
    const addPriority = page.getByRole("button", { name: "Ajouter une priorité" });
    await tabTo(page, addPriority, "add a priority", { max: 120 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      page.getByRole("textbox", { name: /^Titre de la priorité \d+$/ }).last(),
      "priority added: its title",
    );
    await tabTo(
      page,
      page.getByRole("button", { name: /^Retirer la priorité \d+$/ }).last(),
      "remove the priority added",
      { max: 4 },
    );
    await page.keyboard.press("Enter");
    await expectFocus(page, addPriority, "priority removed: the focus on « Ajouter »");

    // A structured target: the kind chosen with the arrows, its figures typed.
    const target = page.getByRole("group", { name: /Cible de l'indicateur 3\.3\.1/ });
    await tabTo(page, target.getByRole("radio"), "target 3.3.1: its kind", { max: 120 });
    await arrowUntil(
      page,
      () => target.getByLabel("Délai en heures ouvrées").isChecked(),
      "target: business hours",
    );
    const hours = target.getByLabel("Heures ouvrées", { exact: true });
    await tabTo(page, hours, "target: hours", { max: 4 });
    await page.keyboard.press("ControlOrMeta+A");
    await typeHere(page, "2");
    await tabTo(page, target.getByLabel("Taux de conformité (%)"), "target: rate", { max: 4 });
    await page.keyboard.press("ControlOrMeta+A");
    await typeHere(page, "95");
    // A second delay added, then removed.
    const addRule = target.getByRole("button", { name: "Ajouter un délai" });
    await tabTo(page, addRule, "target: add a delay", { max: 6 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      target
        .getByRole("group", { name: "Délai 2 de l'indicateur 3.3.1" })
        .getByRole("combobox")
        .first(),
      "delay added: its first field",
    );
    await tabTo(
      page,
      target.getByRole("button", { name: "Retirer le délai 2" }),
      "remove delay 2",
      {
        max: 12,
      },
    );
    await page.keyboard.press("Enter");
    await expectFocus(page, addRule, "delay removed: the focus on « Ajouter un délai »");
    const saveTargets = page.getByRole("button", { name: "Enregistrer : cibles des indicateurs" });
    await tabTo(page, saveTargets, "save the targets", { max: 200 });
    await page.keyboard.press("Enter");
    await page.getByText("Modifications enregistrées : cibles des indicateurs.").waitFor();
    await expectFocus(
      page,
      saveTargets.or(page.getByText("Modifications enregistrées : cibles des indicateurs.")),
      "targets saved: the focus kept",
    );

    // On-call: a row added takes the focus; unreadable dates refused, the summary leads to them.
    const addEvent = page.getByRole("button", { name: "Ajouter une astreinte" });
    await tabTo(page, addEvent, "add an on-call", { max: 120 });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByLabel("Événement de l'astreinte 1"), "on-call 1: event");
    await typeHere(page, "Conseil municipal");
    const dates = page.getByLabel("Dates de l'astreinte 1");
    // Each time field holds its hours, minutes, period and clock button: four stops.
    await tabTo(page, dates, "on-call 1: dates", { max: 12 });
    await typeHere(page, "18/01/2027, le 15 février");
    const saveOnCall = page.getByRole("button", { name: "Enregistrer : astreintes et fermetures" });
    await tabTo(page, saveOnCall, "save the on-call", { max: 6 });
    await page.keyboard.press("Enter");
    const wrong = page.getByRole("link", { name: /^Dates de l'astreinte 1\s:/ });
    await wrong.waitFor();
    await expectFocus(page, page.getByRole("alert").filter({ has: wrong }), "refused: summary");
    await tabTo(page, wrong, "summary: the dates", { max: 4 });
    await page.keyboard.press("Enter");
    await expectFocus(page, dates, "summary link → the dates");
    await page.keyboard.press("ControlOrMeta+A");
    await typeHere(page, "18/01/2027, 15/02/2027");
    // A closure added, then removed: the focus back on « Ajouter une fermeture ».
    const addClosure = page.getByRole("button", { name: "Ajouter une fermeture" });
    await tabTo(page, addClosure, "add a closure", { max: 20, back: true });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByLabel("Libellé de la fermeture 1"), "closure 1: label");
    const removeClosure = page.getByRole("button", { name: "Retirer la fermeture 1" });
    await tabTo(page, removeClosure, "remove closure 1", { max: 12 });
    await page.keyboard.press("Enter");
    await expectFocus(page, addClosure, "closure removed: the focus on « Ajouter »");
    await tabTo(page, saveOnCall, "save the on-call again", { max: 40 });
    await page.keyboard.press("Enter");
    await page.getByText("Modifications enregistrées : astreintes et fermetures.").waitFor();
    await noViolations(page, `${width}: amendment edited`);
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}
