/**
 * A Bègles project decided and moved on by the Métropole with the keyboard alone, on a wide screen
 * and on a phone (RGAA themes 7, 10.7, 11 and 12; WCAG 2.1.1, 2.4.3, 2.4.7, 3.2.2, 3.3.1): the
 * steering committee's decision (its held meeting, its sense chosen with the arrows, the year, the
 * reasons), then « Passer à la phase suivante ». Each form is sent refused first — the error
 * summary takes the focus, its link leads to the field — then complete; once done, the focus lands
 * where the result shows, never at the top of the page, and the page shows the new state.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { METROPOLE_ADMIN } from "./demo-people.ts";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { arrowUntil, expectFocus, pageHeading, sendRefused, tabTo, typeHere } from "./keyboard.ts";
import { openProjectByKeyboard, studiedBeglesProject } from "./projects-pages.ts";
import { PHONE, type Screen, WIDE } from "./screens.ts";

const mutu = useMutu();
const COMMITTEE = /^Comité numérique stratégique communal, le \d+ décembre \d{4}$/;
const RETAINED = "Retenu et inscrit au schéma numérique";
const year = new Date().getFullYear() + 1;

/** A Bègles project filed and studied for the test, opened by keyboard on a screen of `size`. */
async function openStudied(title: string, size: Screen) {
  await studiedBeglesProject(mutu, title);
  const opened = await mutu.newPage();
  await opened.page.setViewportSize(size);
  await openProjectByKeyboard(opened.page, "Bègles", title);
  return opened;
}

/** The committee's decision form and its controls. */
function decisionForm(page: Page) {
  const form = page.getByRole("region", { name: "Consigner la décision du comité de pilotage" });
  return {
    form,
    meeting: form.getByRole("combobox", { name: /^Réunion du comité/ }),
    senses: form.getByRole("group", { name: /^Décision/ }),
    plannedYear: form.getByRole("textbox", { name: /^Année d'inscription/ }),
    reasons: form.getByRole("textbox", { name: /^Motifs/ }),
    submit: form.getByRole("button", { name: "Enregistrer la décision" }),
    failed: "La décision n'a pas été enregistrée",
  };
}

/**
 * The committee's decision, reached by Tab from the page: refused without its sense (`missing`
 * "decision") or, retained, without its year ("year"); then retained for `year`. The form goes
 * with the decision: the follow-up, which lists it, takes the focus.
 */
async function decide(page: Page, missing: "decision" | "year", where: string) {
  const { form, meeting, senses, plannedYear, reasons, submit, failed } = decisionForm(page);
  await tabTo(page, meeting, `${where}: the committee's meeting`, { max: 80 });
  expect(await meeting.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toMatch(
    COMMITTEE,
  );
  const choose = async (name: string) => {
    await page.keyboard.press("Space");
    await arrowUntil(page, () => senses.getByRole("radio", { name }).isChecked(), name);
  };
  if (missing === "decision") {
    await sendRefused(page, submit, failed, /^Décision/, senses.getByRole("radio").first());
    await noViolations(page, `${where}: decision refused`);
    // Chosen with the arrows, going past the other senses: the form stays where it is.
    await choose("Non retenu");
    await arrowUntil(
      page,
      () => senses.getByRole("radio", { name: RETAINED }).isChecked(),
      RETAINED,
    );
    await expectFocus(page, senses.getByRole("radio", { name: RETAINED }), `${where}: retained`);
    await tabTo(page, plannedYear, `${where}: the year`, { max: 2 });
    await page.keyboard.press("Control+A");
  } else {
    await tabTo(page, senses.getByRole("radio").first(), `${where}: the decision`, { max: 2 });
    await choose(RETAINED);
    // The study's proposed year is offered: erased, the form is refused on it.
    await tabTo(page, plannedYear, `${where}: the year`, { max: 2 });
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await sendRefused(page, submit, failed, /^Année d'inscription/, plannedYear);
    await noViolations(page, `${where}: decision refused`);
  }
  await typeHere(page, String(year));
  await tabTo(page, reasons, `${where}: reasons`, { max: 2 });
  await typeHere(page, "Priorité du mandat.");
  await tabTo(page, submit, `${where}: send, complete`, { max: 3 });
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Décision enregistrée." }).waitFor();
  const followUp = page.getByRole("region", { name: "Suivi", exact: true });
  await expectFocus(
    page,
    followUp.getByRole("heading", { level: 2 }),
    `${where}: decided, the follow-up`,
  );
  await expect.poll(() => form.count()).toBe(0);
  await followUp
    .getByRole("listitem")
    .filter({ hasText: `${RETAINED} (inscrit pour ${year})` })
    .filter({ hasText: "Priorité du mandat." })
    .waitFor();
  await page.getByText("Bègles — Cadrage", { exact: true }).waitFor();
  await noViolations(page, `${where}: decision recorded`);
}

/**
 * « Passer à la phase suivante » from Cadrage, reached by Tab: refused with a note too long, then
 * sent with a short one. The form stays for the next phase, emptied; the focus on its button.
 */
async function advance(page: Page, where: string) {
  const form = page.getByRole("region", { name: "Passer à la phase suivante" });
  await form.getByText("Phase suivante : Réalisation", { exact: true }).waitFor();
  const note = form.getByRole("textbox", { name: /^Remarque/ });
  await tabTo(page, note, `${where}: the note`, { max: 40 });
  // A text pasted at once (as the keyboard's paste does), longer than a note may be.
  await page.keyboard.insertText("Compte rendu de la réunion de lancement. ".repeat(50));
  const submit = form.getByRole("button", { name: "Passer à la phase suivante" });
  await sendRefused(page, submit, "La phase n'a pas changé", /^Remarque/, note);
  await form.getByText("Texte trop long (2 000 caractères au plus).").first().waitFor();
  await noViolations(page, `${where}: next phase refused`);
  await page.keyboard.press("Control+A");
  await typeHere(page, "Cadrage validé avec la commune.");
  await tabTo(page, submit, `${where}: send, complete`, { max: 3 });
  await page.keyboard.press("Enter");
  const done = page
    .getByRole("status")
    .filter({ hasText: "Projet passé en phase « Réalisation »." });
  await done.waitFor();
  await expectFocus(page, submit.or(done), `${where}: moved on, the focus kept`);
  await page.getByText("Bègles — Réalisation", { exact: true }).waitFor();
  await page
    .getByRole("region", { name: "Suivi", exact: true })
    .getByRole("listitem")
    .filter({ hasText: "Cadrage → Réalisation (Cadrage validé avec la commune.)" })
    .waitFor();
  // Offered for the next phase, the form is empty: the note said of this one is not sent again.
  await form.getByText("Phase suivante : Déploiement", { exact: true }).waitFor();
  expect(await note.inputValue(), `${where}: the note emptied`).toBe("");
  await noViolations(page, `${where}: next phase`);
}

test("1366 px: the committee's decision, then at 390 px the next phase, keyboard alone", async () => {
  const title = "Clavier : décision à 1366";
  const { page, errors } = await openStudied(title, WIDE);
  await decide(page, "decision", "1366");
  // A second tab on the project, opened before the phase changes, will be out of date.
  const other = await mutu.newPage();
  await signIn(other.page, "/admin/connexion", METROPOLE_ADMIN);
  await pageHeading(other.page, "Tableau de bord").waitFor();
  await other.page.goto(page.url());
  await pageHeading(other.page, title).waitFor();
  await page.setViewportSize(PHONE);
  await advance(page, "390");
  expect(unexpected(errors)).toEqual([]);
  // Sent from the tab out of date: refused by the server, and said where the focus goes.
  const stale = other.page.getByRole("button", { name: "Passer à la phase suivante" });
  await tabTo(other.page, stale, "out of date: send", { max: 80 });
  await other.page.keyboard.press("Enter");
  const refused = other.page.getByRole("alert").filter({ hasText: "La phase n'a pas changé" });
  await expectFocus(other.page, refused, "out of date: the refusal");
  await refused
    .getByText("Le projet a changé de phase entre-temps : rechargez la page avant de continuer.")
    .waitFor();
  expect(unexpected(other.errors)).toEqual([]);
}, 240_000);

test("390 px: the committee's decision, then at 1366 px the next phase, keyboard alone", async () => {
  const title = "Clavier : décision à 390";
  const { page, errors } = await openStudied(title, PHONE);
  await decide(page, "year", "390");
  await page.setViewportSize(WIDE);
  await advance(page, "1366");
  // Twice more, without a note: delivered, the project closes and its forms go; the follow-up,
  // where the phases show, takes the focus.
  const send = page.getByRole("button", { name: "Passer à la phase suivante" });
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "« Déploiement »" }).waitFor();
  await expectFocus(page, send, "1366: Déploiement, the focus kept");
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Projet passé en phase « Livré »." }).waitFor();
  const followUp = page.getByRole("region", { name: "Suivi", exact: true });
  await expectFocus(page, followUp.getByRole("heading", { level: 2 }), "1366: delivered");
  await expect.poll(() => send.count()).toBe(0);
  await page.getByText("Bègles — Livré", { exact: true }).waitFor();
  await followUp.getByRole("listitem").filter({ hasText: "Déploiement → Livré" }).waitFor();
  await noViolations(page, "1366: delivered");
  expect(unexpected(errors)).toEqual([]);
}, 240_000);

test("1366 px: a decision postponed, refused without its reasons, keyboard alone", async () => {
  const title = "Clavier : décision ajournée";
  const { page, errors } = await openStudied(title, WIDE);
  const { meeting, senses, reasons, submit, failed } = decisionForm(page);
  await tabTo(page, meeting, "meeting", { max: 80 });
  await tabTo(page, senses.getByRole("radio").first(), "the decision", { max: 2 });
  await page.keyboard.press("Space");
  const postponed = senses.getByRole("radio", { name: "Ajourné" });
  await arrowUntil(page, () => postponed.isChecked(), "Ajourné");
  // Postponed, the reasons are required: the summary leads to them.
  await sendRefused(page, submit, failed, /^Motifs/, reasons);
  await noViolations(page, "1366: postponement refused");
  await typeHere(page, "Chiffrage à compléter.");
  await tabTo(page, submit, "send, complete", { max: 3 });
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Décision enregistrée." }).waitFor();
  await page.getByText("Bègles — Ajourné", { exact: true }).waitFor();
  await page
    .getByRole("region", { name: "Suivi", exact: true })
    .getByRole("listitem")
    .filter({ hasText: /^Ajourné — Comité numérique stratégique communal, le .*\s: Chiffrage/ })
    .waitFor();
  // The project waits for another meeting: the form stays, the focus on its button, emptied.
  await expectFocus(page, submit, "postponed: the focus kept");
  expect(await senses.getByRole("radio", { checked: true }).count(), "no sense kept").toBe(0);
  expect(await reasons.inputValue(), "the reasons emptied").toBe("");
  await noViolations(page, "1366: postponed");
  expect(unexpected(errors)).toEqual([]);
}, 180_000);
