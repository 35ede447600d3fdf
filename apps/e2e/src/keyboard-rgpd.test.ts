/**
 * The RGPD forms the other keyboard walks (`keyboard-forms.test.ts`) do not reach, with the keyboard
 * alone, on a wide screen and on a phone (RGAA themes 7, 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3,
 * 2.4.7, 3.2.2): a processing record's transfers, applications, processors and impact-assessment
 * criteria; a disagreement raised and settled; the end of a retention confirmed and carried out in
 * its dialog (the breach and request registers: `keyboard-rgpd-registers.test.ts`). At each step the focus is where the task needs it
 * and its ring shows.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { DEMO_PASSWORD, noViolations, unexpected, useMutu } from "./harness.ts";
import {
  addThenRemove,
  arrowUntil,
  expectFocus,
  expectTrappedInDialog,
  signInByKeyboard,
  tabTo,
  takeStep,
  typeHere,
} from "./keyboard.ts";
import { BEGLES_DPO, METROPOLE_DPO } from "./demo-people.ts";
import { PHONE, WIDE } from "./screens.ts";

const mutu = useMutu();

const WIDTHS = [
  { ...WIDE, processing: "Listes électorales" },
  { ...PHONE, processing: "Fichier des associations et des salles municipales" },
] as const;

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** Signed in by keyboard, then on a register's page (its address typed, as a bookmark would). */
async function openRegister(page: Page, email: string, path: string, title: string) {
  await signInByKeyboard(page, "/connexion", email, DEMO_PASSWORD);
  await heading(page, "Accueil").waitFor();
  await page.goto(path);
  await heading(page, title).waitFor();
}

for (const { width, height, processing } of WIDTHS) {
  test(`${width} px: a commune's DPO completes a processing's transfers, applications, processors and impact with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await openRegister(page, BEGLES_DPO, "/rgpd/traitements", "Registre des traitements");
    await tabTo(page, page.getByRole("link", { name: processing }), "the processing", {
      max: 80,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, new RegExp(`— ${processing}$`)), "record: heading");
    await tabTo(page, page.getByRole("link", { name: "Modifier la fiche" }), "edit", { max: 40 });
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, `Modifier : ${processing}`), "edit: heading");

    // A transfer outside the EU: its recipient, country and safeguard; then removed.
    const transfer = page.getByRole("group", { name: /^Transfert \d+$/ }).last();
    await addThenRemove(
      page,
      {
        add: "Ajouter un transfert",
        first: transfer.getByRole("textbox", { name: /^Destinataire/ }),
        removes: page.getByRole("button", { name: /^Retirer Transfert \d+$/ }),
        max: 200,
      },
      async () => {
        await typeHere(page, "Prestataire d'hébergement");
        await tabTo(page, transfer.getByRole("textbox", { name: /^Pays/ }), "country", { max: 2 });
        await typeHere(page, "États-Unis");
        const safeguards = transfer.getByRole("group", { name: /^Garantie/ });
        await tabTo(page, safeguards.getByRole("radio").first(), "safeguard", { max: 2 });
        await page.keyboard.press("Space");
        const clauses = safeguards.getByRole("radio", { name: /^Clauses contractuelles types/ });
        await arrowUntil(page, () => clauses.isChecked(), "safeguard");
        await expectFocus(page, clauses, "safeguard chosen: the focus stays on it");
      },
    );

    // An application outside the contract's inventory, after those the record has; then removed.
    await addThenRemove(
      page,
      {
        add: "Ajouter une application",
        first: page.getByRole("textbox", { name: /^Application \d+/ }).last(),
        removes: page.getByRole("button", { name: /^Retirer Application \d+$/ }),
        max: 80,
      },
      () => typeHere(page, "Tableur partagé"),
    );

    // A processor: the vendor and its role chosen with the arrows; then removed.
    const processors = page.getByRole("group", { name: /^Sous-traitants/ });
    const lastProcessor = processors.getByRole("group", { name: /^Sous-traitant \d+$/ }).last();
    await addThenRemove(
      page,
      {
        add: "Ajouter un sous-traitant",
        first: lastProcessor.getByRole("combobox", { name: /^Prestataire/ }),
        removes: processors.getByRole("button", { name: /^Retirer Sous-traitant \d+$/ }),
      },
      async () => {
        const vendor = lastProcessor.getByRole("combobox", { name: /^Prestataire/ });
        await arrowUntil(page, async () => (await vendor.inputValue()) !== "", "vendor");
        const role = lastProcessor.getByRole("combobox", { name: "Rôle" });
        await tabTo(page, role, "processor's role", { max: 2 });
        await page.keyboard.press("ArrowDown");
        await expectFocus(page, role, "role chosen: the focus stays on it");
      },
    );

    // Two criteria of the impact assessment ticked: the notice says an analysis is required.
    const criterion = (name: string) => page.getByRole("checkbox", { name });
    const scoring = criterion("Évaluation ou notation des personnes");
    await tabTo(page, scoring, "impact: first criterion", { max: 40 });
    await page.keyboard.press("Space");
    const matching = criterion("Croisement ou combinaison d'ensembles de données");
    await tabTo(page, matching, "impact: matching criterion", { max: 6 });
    await page.keyboard.press("Space");
    expect(await scoring.isChecked()).toBe(true);
    expect(await matching.isChecked()).toBe(true);
    await expectFocus(page, matching, "ticked: the focus stays on the box");
    await noViolations(page, `${width}: processing form, impact criteria ticked`);
    // Both unticked again, Shift+Tab back to the first.
    await page.keyboard.press("Space");
    await tabTo(page, scoring, "impact: back to the first criterion", { back: true, max: 6 });
    await page.keyboard.press("Space");
    expect(await scoring.isChecked()).toBe(false);

    await tabTo(page, page.getByRole("button", { name: "Enregistrer les modifications" }), "save", {
      max: 60,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, new RegExp(`— ${processing}$`)), "saved: the record");
    await page.getByText("Modifications enregistrées.").waitFor();
    await noViolations(page, `${width}: processing saved`);
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

test("the end of a retention: confirmed by the commune at 1366 px, carried out by the Métropole at 390 px, with the keyboard alone", async () => {
  // The commune: its dialog cancelled with Échap, then confirmed; its button leaves the row.
  const { page, errors } = await mutu.newPage();
  await page.setViewportSize(WIDE);
  await openRegister(page, BEGLES_DPO, "/rgpd/conservation", "Fin de conservation");
  const confirm = page.getByRole("button", { name: /^Confirmer l'effacement/ }).first();
  await tabTo(page, confirm, "the operation's « Confirmer »", { max: 200 });
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expectFocus(page, dialog.getByRole("heading"), "dialog opened: its title");
  await expectTrappedInDialog(page, 6, "confirm dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await expectFocus(page, confirm, "Échap: the focus back on « Confirmer »");
  await page.keyboard.press("Enter");
  await tabTo(page, dialog.getByRole("textbox"), "the commune's observations", { max: 4 });
  await typeHere(page, "Accord du service population.");
  await noViolations(page, "1366: confirm dialog");
  await tabTo(page, dialog.getByRole("button", { name: "Confirmer l'effacement" }), "submit", {
    max: 4,
  });
  await page.keyboard.press("Enter");
  const confirmed = page.getByRole("status").filter({ hasText: "Opération confirmée" });
  await expectFocus(page, confirmed, "confirmed: the button gone, the focus on the message");
  expect(unexpected(errors)).toEqual([]);

  // The Métropole: the dialog sent empty is refused, its summary leads to the text.
  const metropole = await mutu.newPage();
  const m = metropole.page;
  await m.setViewportSize(PHONE);
  await signInByKeyboard(m, "/admin/connexion", METROPOLE_DPO, DEMO_PASSWORD);
  await heading(m, "Tableau de bord").waitFor();
  await m.goto("/admin/rgpd/conservation");
  await heading(m, "Fin de conservation").waitFor();
  const row = m.getByRole("row").filter({ hasText: "Confirmée par la commune" }).first();
  const carryOut = row.getByRole("button", { name: /^Enregistrer la réalisation/ });
  await tabTo(m, carryOut, "the confirmed operation's « Enregistrer la réalisation »", {
    max: 400,
  });
  await m.keyboard.press("Enter");
  const step = m.getByRole("dialog");
  const submit = step.getByRole("button", { name: "Enregistrer la réalisation" });
  await tabTo(m, submit, "carry out: submit", { max: 6 });
  await m.keyboard.press("Enter");
  const summary = step.getByRole("alert");
  await expectFocus(m, summary, "carried out empty: the error summary");
  await noViolations(m, "390: carry-out dialog, refused");
  await tabTo(m, summary.getByRole("link"), "summary: the text", { max: 4 });
  await m.keyboard.press("Enter");
  await expectFocus(m, step.getByRole("textbox"), "summary link → the text");
  await typeHere(m, "Purge des comptes sans prêt depuis deux ans.");
  await tabTo(m, submit, "carry out: submit, filled", { max: 4 });
  await m.keyboard.press("Enter");
  const done = m.getByRole("status").filter({ hasText: "Opération enregistrée comme réalisée." });
  await expectFocus(m, done, "carried out: the focus on the message");
  expect(unexpected(metropole.errors)).toEqual([]);
}, 180_000);

for (const { width, height } of WIDTHS) {
  test(`${width} px: a commune's DPO raises a disagreement and records it settled with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await openRegister(page, BEGLES_DPO, "/rgpd/organisation", "Organisation RGPD");
    const subject = `Durée de conservation contestée ${width}`;
    await takeStep(
      page,
      {
        toggle: "Porter un désaccord",
        submit: "Porter le désaccord",
        done: "Désaccord enregistré",
        failed: "Le désaccord n'a pas été enregistré",
      },
      async () => {
        const field = page.getByRole("textbox", { name: /^Le désaccord et les positions/ });
        await expectFocus(page, field, "the summary's link → the subject");
        await typeHere(page, subject);
      },
    );
    await noViolations(page, `${width}: disagreement raised`);

    // Its first step, settled: the form leaves the page with the disagreement closed.
    const raised = page.locator(".subsection", { hasText: subject });
    await takeStep(
      page,
      {
        toggle:
          "Consigner : Arbitrage des directeurs généraux des services de la commune et de la Métropole",
        submit: "Consigner l'étape",
        done: "Étape consignée.",
        failed: "L'étape n'a pas été consignée",
      },
      async () => {
        const participants = raised.getByRole("textbox", { name: /^Réunis ou consultés/ });
        await expectFocus(page, participants, "the summary's link → the participants");
        await typeHere(page, "DGS de Bègles et de la Métropole");
        const settled = raised.getByRole("radio", { name: "Désaccord levé" });
        await tabTo(page, settled, "outcome: settled", { max: 4 });
        await page.keyboard.press("Space");
        await tabTo(page, raised.getByRole("textbox", { name: /^Décision/ }), "decision", {
          max: 3,
        });
        await typeHere(page, "Durée ramenée à cinq ans.");
      },
      raised,
    );
    await raised.getByText("(Terminé)").waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: Pessac's DPO acknowledges a document of the référentiel with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await openRegister(page, "dpo@pessac.mutu-demo.fr", "/rgpd/organisation", "Organisation RGPD");
    const acknowledge = page
      .getByRole("button", { name: /^Consigner l'accusé de réception/ })
      .first();
    await tabTo(page, acknowledge, "a document's « Consigner l'accusé de réception »", {
      max: 120,
    });
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expectFocus(page, dialog.getByRole("heading"), "dialog opened: its title");
    await noViolations(page, `${width}: acknowledgement dialog`);
    const submit = dialog.getByRole("button", { name: "Consigner l'accusé de réception" });
    await tabTo(page, submit, "the dialog's submit button", { max: 8 });
    await page.keyboard.press("Enter");
    const done = page.getByRole("status").filter({ hasText: "Accusé de réception consigné." });
    await expectFocus(page, done, "acknowledged: the button gone, the focus on the message");
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: the Métropole's DPO changes a vendor with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await signInByKeyboard(page, "/admin/connexion", METROPOLE_DPO, DEMO_PASSWORD);
    await heading(page, "Tableau de bord").waitFor();
    await page.goto("/admin/rgpd/prestataires");
    await heading(page, "Prestataires (sous-traitants)").waitFor();
    const toggle = page.getByRole("button", { name: "Ajouter un prestataire" });
    await tabTo(page, toggle, "the vendor form's button", { max: 40 });
    await page.keyboard.press("Enter");
    await expectFocus(page, toggle, "opened: the focus on its button");

    // The vendor chosen with the arrows fills nothing until the person asks for it (RGAA 7.4).
    const chooser = page.getByRole("combobox", { name: "Prestataire à modifier" });
    const name = page.getByRole("textbox", { name: /^Nom/ });
    await tabTo(page, chooser, "the vendor to change", { max: 4 });
    await arrowUntil(page, async () => (await chooser.inputValue()) !== "", "a vendor");
    await page.keyboard.press("ArrowDown");
    const chosen = await chooser.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
    expect(await name.inputValue()).toBe("");
    const fill = page.getByRole("button", { name: "Remplir le formulaire" });
    await tabTo(page, fill, "« Remplir le formulaire »", { max: 2 });
    await page.keyboard.press("Enter");
    await expect.poll(() => name.inputValue()).toBe(chosen);
    await expectFocus(page, fill, "filled: the focus stays on the button");
    await noViolations(page, `${width}: vendor form, filled`);

    const commitments = page.getByRole("textbox", { name: /^Engagements souscrits/ });
    await tabTo(page, commitments, "the commitments", { max: 40 });
    await typeHere(page, ` Revue annuelle ${width}.`);
    const save = page.getByRole("button", { name: "Enregistrer le prestataire" });
    await tabTo(page, save, "save the vendor", { max: 6 });
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Prestataire enregistré." }).waitFor();
    await expectFocus(page, toggle, "saved: the focus back on the form's button");
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}
