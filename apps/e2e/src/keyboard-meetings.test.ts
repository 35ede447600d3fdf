/**
 * A meeting's minutes recorded, then corrected, by the Métropole with the keyboard alone, on a wide
 * screen and on a phone (RGAA themes 7, 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.2). Each
 * form is sent incomplete first — the error summary takes the focus, its links lead to the fields —
 * then filled and saved, and the focus lands where the result shows, not at the top of the page.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { noViolations, parisWallClock, unexpected, useMutu } from "./harness.ts";
import { openBeglesCalendar } from "./governance-pages.ts";
import { arrowUntil, dateKeys, expectFocus, sendRefused, tabTo, typeHere } from "./keyboard.ts";
import { SCREENS } from "./screens.ts";

const mutu = useMutu();

/**
 * Plans Bègles' follow-up committee to start on the next minute but one (not walked: the keyboard
 * walk of planning is `keyboard-forms.test.ts`'s); the meeting's page is left open.
 */
async function planSoon(page: Page) {
  await openBeglesCalendar(page);
  const row = page
    .getByRole("table", { name: /^Instances et réunions dues en/ })
    .getByRole("row", { name: /^Comité de suivi du contrat d'engagement/ });
  await row.getByRole("button", { name: /Planifier/ }).click();
  const plan = page.getByRole("region", { name: /^Planifier\s:/ });
  const at = new Date(Date.now() + 90_000);
  const start = parisWallClock(at);
  await plan.getByLabel(/^Date/).fill(start.day);
  await plan.getByLabel(/^Début/).fill(start.time);
  await plan.getByLabel(/^Fin/).fill("23:59");
  await plan.getByLabel(/^Lieu/).fill("Mairie de Bègles");
  await plan.getByRole("button", { name: "Planifier la réunion" }).click();
  await page.getByText("Réunion planifiée.").waitFor();
  at.setSeconds(0, 0);
  return at;
}

for (const { width, height } of SCREENS) {
  test(`${width} px: the Métropole records a meeting's minutes, then corrects them, keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    const startsAt = await planSoon(page);
    await page.setViewportSize({ width, height });
    await page.reload();
    const record = page.getByRole("region", { name: "Consigner le compte rendu" });
    await record.waitFor();

    // Who came: the first invited unticked with Space, someone without an account typed.
    const present = record
      .getByRole("group", { name: "Personnes présentes" })
      .getByRole("checkbox");
    await tabTo(page, present.first(), "the first person present", { max: 60 });
    const was = await present.first().isChecked();
    await page.keyboard.press("Space");
    expect(await present.first().isChecked()).toBe(!was);
    await expectFocus(page, present.first(), "ticked: the focus stays on the box");
    await tabTo(page, record.getByLabel(/^Autres participants/), "other attendees", { max: 12 });
    await typeHere(page, "Élue aux finances");

    // Sent without minutes: the summary, its link to the minutes.
    const submit = record.getByRole("button", { name: "Enregistrer le compte rendu" });
    const minutes = record.getByRole("textbox", { name: /^Compte rendu/ });
    await sendRefused(
      page,
      submit,
      "Le compte rendu n'a pas été enregistré",
      /^Compte rendu/,
      minutes,
    );
    await noViolations(page, `${width}: minutes refused`);
    await typeHere(page, `Revue des indicateurs, au clavier (${width} px).`);
    await tabTo(page, record.getByRole("textbox", { name: /^Décisions/ }), "decisions", { max: 2 });
    await typeHere(page, "La migration du PABX est décalée au printemps.");

    // An action added takes the focus in its title; a second added and removed.
    const add = record.getByRole("button", { name: "Ajouter une action" });
    await tabTo(page, add, "add an action", { max: 4 });
    await page.keyboard.press("Enter");
    const action1 = record.getByRole("group", { name: "Action 1" });
    await expectFocus(page, action1.getByRole("textbox", { name: /^Action/ }), "action 1: title");
    await typeHere(page, `Relancer l'opérateur (${width})`);
    const owner = action1.getByRole("combobox", { name: /^Responsable/ });
    await tabTo(page, owner, "action 1: owner", { max: 2 });
    await arrowUntil(page, async () => (await owner.inputValue()) !== "", "owner: the first");
    await tabTo(page, action1.getByLabel(/^Échéance/), "action 1: due", { max: 2 });
    const due = new Date(Date.now() + 30 * 86_400_000);
    await typeHere(page, dateKeys(parisWallClock(due).day));
    await tabTo(page, add, "add a second action", { max: 6 });
    await page.keyboard.press("Enter");
    const action2 = record.getByRole("group", { name: "Action 2" });
    await expectFocus(page, action2.getByRole("textbox", { name: /^Action/ }), "action 2: title");
    await tabTo(page, record.getByRole("button", { name: "Retirer l'action 2" }), "remove 2", {
      max: 8,
    });
    await page.keyboard.press("Enter");
    await expect.poll(() => action2.count()).toBe(0);
    await expectFocus(page, add, "action removed: the focus on « Ajouter une action »");
    await noViolations(page, `${width}: minutes filled`);

    // Once the meeting has begun, recorded: the minutes shown take the focus.
    await new Promise((r) => setTimeout(r, Math.max(0, startsAt.getTime() - Date.now() + 1_000)));
    await tabTo(page, submit, "record: submit, filled", { max: 40 });
    await page.keyboard.press("Enter");
    await page.getByText("Compte rendu enregistré.").waitFor();
    const shown = page.getByRole("heading", { level: 2, name: "Compte rendu", exact: true });
    await expectFocus(page, shown, "recorded: the minutes' heading");
    await noViolations(page, `${width}: minutes recorded`);

    // Corrected: the panel opens under its button; sent without a reason, then with one.
    const toggle = page.getByRole("button", { name: "Corriger le compte rendu" });
    await tabTo(page, toggle, "« Corriger le compte rendu »", { max: 60 });
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Corriger le compte rendu" });
    const text = panel.getByRole("textbox", { name: /^Compte rendu/ });
    await tabTo(page, text, "correction: the minutes", { max: 4 });
    await page.keyboard.press("ControlOrMeta+End");
    await typeHere(page, " Point ajouté après relecture.");
    const cancel = panel.getByRole("button", { name: "Annuler" });
    await tabTo(page, cancel, "correction: cancel", { max: 8 });
    await page.keyboard.press("Enter");
    await expectFocus(page, toggle, "cancelled: the focus back on « Corriger le compte rendu »");
    await page.keyboard.press("Enter");
    const reason = panel.getByRole("textbox", { name: /^Motif de la correction/ });
    const send = panel.getByRole("button", { name: "Enregistrer la correction" });
    await sendRefused(page, send, "Le compte rendu n'a pas été corrigé", /^Motif/, reason);
    await typeHere(page, "Un point manquait.");
    await tabTo(page, send, "correction: submit, filled", { max: 3 });
    await page.keyboard.press("Enter");
    await page.getByText("Compte rendu corrigé.", { exact: true }).waitFor();
    await expectFocus(page, toggle, "corrected: the focus back on « Corriger le compte rendu »");
    expect(unexpected(errors)).toEqual([]);
  }, 300_000);
}
