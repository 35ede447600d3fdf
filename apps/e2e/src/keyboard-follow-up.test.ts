/**
 * The Métropole's follow-up forms with the keyboard alone, on a wide screen and on a phone (RGAA
 * themes 7, 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.2): a meeting's minutes recorded,
 * then corrected; a project's study, then the DPO's opinion. Each form is sent incomplete first —
 * the error summary takes the focus, its links lead to the fields — then filled and saved, and the
 * focus lands where the result shows, not at the top of the page.
 */
import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { DEMO_PASSWORD, noViolations, parisWallClock, unexpected, useMutu } from "./harness.ts";
import { METROPOLE_ADMIN, openBeglesCalendar } from "./governance-pages.ts";
import { arrowUntil, expectFocus, signInByKeyboard, tabTo, typeHere } from "./keyboard.ts";

const mutu = useMutu();

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** Sends a form refused: the summary takes the focus; its link `link` leads to `field`. */
async function refused(page: Page, submit: Locator, failed: string, link: RegExp, field: Locator) {
  await tabTo(page, submit, `${failed}: the submit button`, { max: 60 });
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: failed });
  await expectFocus(page, summary, `${failed}: the error summary`);
  await tabTo(page, summary.getByRole("link", { name: link }), `${failed}: the summary's link`, {
    max: 6,
  });
  await page.keyboard.press("Enter");
  await expectFocus(page, field, `${failed}: the link → its field`);
}

/** A date typed in a date field, as the French browser reads its digits (day, month, year). */
const digits = (day: string) => day.split("-").reverse().join("");

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
  const plan = page.getByRole("region", { name: /^Planifier :/ });
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

for (const { width, height } of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
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
    await refused(page, submit, "Le compte rendu n'a pas été enregistré", /^Compte rendu/, minutes);
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
    await typeHere(page, digits(parisWallClock(due).day));
    await tabTo(page, add, "add a second action", { max: 6 });
    await page.keyboard.press("Enter");
    const action2 = record.getByRole("group", { name: "Action 2" });
    await expectFocus(page, action2.getByRole("textbox", { name: /^Action/ }), "action 2: title");
    await tabTo(page, record.getByRole("button", { name: "Retirer l'action 2" }), "remove 2", {
      max: 8,
    });
    await page.keyboard.press("Enter");
    await expect.poll(() => action2.count()).toBe(0);
    await expectFocus(page, add, "action removed: the focus on « Ajouter une action »");
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
    await tabTo(page, toggle, "« Corriger le compte rendu »", { max: 60 });
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Corriger le compte rendu" });
    const text = panel.getByRole("textbox", { name: /^Compte rendu/ });
    await tabTo(page, text, "correction: the minutes", { max: 4 });
    await page.keyboard.press("ControlOrMeta+End");
    await typeHere(page, " Point ajouté après relecture.");
    const cancel = panel.getByRole("button", { name: "Annuler" });
    await tabTo(page, cancel, "correction: cancel", { max: 8 });
    await page.keyboard.press("Enter");
    await expectFocus(page, toggle, "cancelled: the focus back on « Corriger le compte rendu »");
    await page.keyboard.press("Enter");
    const reason = panel.getByRole("textbox", { name: /^Motif de la correction/ });
    const send = panel.getByRole("button", { name: "Enregistrer la correction" });
    await refused(page, send, "Le compte rendu n'a pas été corrigé", /^Motif/, reason);
    await typeHere(page, "Un point manquait.");
    await tabTo(page, send, "correction: submit, filled", { max: 3 });
    await page.keyboard.press("Enter");
    await page.getByText("Compte rendu corrigé.", { exact: true }).waitFor();
    await expectFocus(page, toggle, "corrected: the focus back on « Corriger le compte rendu »");
    expect(unexpected(errors)).toEqual([]);
  }, 300_000);
}

test("a project studied at 1366 px, then its DPO's opinion given at 390 px, keyboard alone", async () => {
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInByKeyboard(page, "/admin/connexion", METROPOLE_ADMIN, DEMO_PASSWORD);
  await heading(page, "Tableau de bord").waitFor();
  await page.goto("/admin/projets");
  await heading(page, "Projets").waitFor();
  const commune = page.getByLabel("Commune");
  await tabTo(page, commune, "projects: the commune", { max: 60 });
  await arrowUntil(
    page,
    () => commune.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text === "Le Bouscat"),
    "commune: Le Bouscat",
    { max: 40 },
  );
  const show = page
    .getByRole("form", { name: "Projets à afficher" })
    .getByRole("button", { name: "Afficher" });
  await tabTo(page, show, "projects: Afficher", { max: 4 });
  await page.keyboard.press("Enter");
  const title = "Gestion partagée des salles municipales";
  await tabTo(page, page.getByRole("link", { name: title }), "the project", { max: 60 });
  await page.keyboard.press("Enter");
  await expectFocus(page, heading(page, title), "the project's page");

  // The study, sent empty, then answered: the radios chosen with the arrows.
  const study = page.getByRole("region", { name: "Consigner l'étude" });
  const covered = study.getByRole("group", { name: /existante/ });
  await refused(
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
  await page.setViewportSize({ width: 390, height: 844 });
  const dpo = page.getByRole("region", { name: "Rendre l'avis du DPO" });
  const opinions = dpo.getByRole("group", { name: /^Sens de l'avis/ });
  await refused(
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
