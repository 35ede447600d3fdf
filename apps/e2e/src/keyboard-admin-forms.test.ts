/**
 * The Métropole's forms the other keyboard walks do not reach, with the keyboard alone, on a wide
 * screen and on a phone (RGAA themes 7, 10.7 and 12; WCAG 2.1.1, 2.4.3, 2.4.7, 3.2.2): a version of
 * the référentiel published (the document chosen with the arrows changes nothing until the person
 * asks for its title and type), an annual report's action plan and a level of an arbitration
 * recorded — rows added take the focus in their first field, a row removed gives it back to
 * « Ajouter », each form is sent incomplete first, and once saved the focus is on the message saying
 * so or on the form's button, never lost to the top of the page.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { DEMO_PASSWORD, noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import {
  addThenRemove,
  arrowUntil,
  dateKeys,
  expectFocus,
  pageHeading,
  sendRefused,
  signInByKeyboard,
  tabTo,
  typeHere,
} from "./keyboard.ts";
import { fileBeglesIncident, openSaisineInAdmin } from "./saisines-pages.ts";
import { CALL_CENTRE_HEAD, DIRECTOR, METROPOLE_DPO } from "./demo-people.ts";
import { PHONE, WIDE } from "./screens.ts";

const mutu = useMutu();

const WIDTHS = [
  { ...WIDE, commune: "Pessac" },
  { ...PHONE, commune: "Mérignac" },
] as const;

/** Signed in by keyboard at the given size, then on a page (its address typed, as a bookmark would). */
async function openAs(page: Page, size: { width: number; height: number }, email: string) {
  await page.setViewportSize(size);
  await signInByKeyboard(page, "/admin/connexion", email, DEMO_PASSWORD);
  await pageHeading(page, "Tableau de bord").waitFor();
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: the Métropole's DPO publishes a new version of a document of the référentiel with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await openAs(page, { width, height }, METROPOLE_DPO);
    await page.goto("/admin/rgpd/referentiel");
    await pageHeading(page, "Référentiel documentaire").waitFor();
    const toggle = page.getByRole("button", { name: "Publier un document ou une version" });
    await tabTo(page, toggle, "the publication form's button", { max: 40 });
    await page.keyboard.press("Enter");
    await expectFocus(page, toggle, "opened: the focus on its button");

    // Sent empty: the summary, its link to the type.
    const form = page.getByRole("region", { name: "Publier un document ou une version" });
    const kind = form.getByRole("combobox", { name: /^Type/ });
    const title = form.getByRole("textbox", { name: /^Titre/ });
    const submit = form.getByRole("button", { name: "Publier", exact: true });
    await sendRefused(page, submit, "Le document n'a pas été publié", /^Type/, kind);

    // The document chosen with the arrows fills nothing until the person asks for it (RGAA 7.4).
    const chooser = form.getByRole("combobox", { name: "Nouvelle version de" });
    await tabTo(page, chooser, "the document to version", { back: true, max: 4 });
    await arrowUntil(page, async () => (await chooser.inputValue()) !== "", "a document");
    await page.keyboard.press("ArrowDown");
    const chosen = await chooser.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
    expect(await title.inputValue(), "the title, untouched by the arrows").toBe("");
    expect(await kind.inputValue(), "the type, untouched by the arrows").toBe("");
    const takeUp = form.getByRole("button", { name: "Reprendre le titre et le type" });
    await tabTo(page, takeUp, "« Reprendre le titre et le type »", { max: 2 });
    await page.keyboard.press("Enter");
    await expect.poll(() => title.inputValue()).toBe(chosen);
    expect(await kind.inputValue()).not.toBe("");
    await expectFocus(page, takeUp, "taken up: the focus stays on the button");
    await noViolations(page, `${width}: publication form, taken up`);

    await tabTo(page, form.getByRole("textbox", { name: /^Version/ }), "the version", { max: 4 });
    await typeHere(page, `9.${width}`);
    await tabTo(page, submit, "publish", { max: 8 });
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Document publié." }).waitFor();
    await expectFocus(page, toggle, "published: the focus back on the form's button");
    await page
      .getByRole("table", { name: /^Documents/ })
      .getByText(new RegExp(`, version 9\\.${width}$`))
      .waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

for (const { width, height, commune } of WIDTHS) {
  test(`${width} px: the Métropole sets the 2026 action plan of ${commune}'s report with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await openAs(page, { width, height }, DIRECTOR);
    await page.goto("/admin/rapports?annee=2025");
    await pageHeading(page, "Rapports annuels d'évaluation").waitFor();
    const list = page.getByRole("table", { name: "Rapports 2025 des communes membres" });
    await tabTo(page, list.getByRole("link", { name: commune, exact: true }), commune, {
      max: 80,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, pageHeading(page, `Rapport annuel 2025 — ${commune}`), "heading");

    // Generated: its button goes, the message saying so takes the focus.
    await tabTo(
      page,
      page.getByRole("button", { name: "Générer le rapport à partir des données" }),
      "generate",
      { max: 6 },
    );
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      page.getByRole("status").filter({ hasText: "Rapport généré à partir des données." }),
      "generated: the focus on the message",
    );

    // An action added takes the focus in its text; sent without its owner, refused.
    const edition = page.getByRole("region", { name: "Appréciation, plan d'actions et manques" });
    const add = edition.getByRole("button", { name: "Ajouter une action" });
    await tabTo(page, add, "add an action", { max: 200 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      edition.getByRole("textbox", { name: /^Action 1/ }),
      "the new action's text",
    );
    await typeHere(page, `Tester le plan de reprise d'activité (${width} px)`);
    const save = edition.getByRole("button", { name: "Enregistrer", exact: true });
    const owner = edition.getByRole("textbox", { name: /^Responsable de l'action 1/ });
    await sendRefused(
      page,
      save,
      "Le rapport n'a pas été enregistré.",
      /^Responsable de l'action 1/,
      owner,
    );
    await noViolations(page, `${width}: report refused`);
    await typeHere(page, "Direction des infrastructures");
    await tabTo(page, edition.getByLabel(/^Échéance de l'action 1/), "due", { max: 2 });
    await typeHere(page, dateKeys("2026-05-15"));

    // A second action added, then removed.
    await addThenRemove(
      page,
      {
        add: "Ajouter une action",
        first: edition.getByRole("textbox", { name: /^Action 2/ }),
        removes: edition.getByRole("button", { name: /^Retirer l'action/ }),
        max: 6,
      },
      () => typeHere(page, "Une action de trop"),
    );

    // Saved: the form is drawn anew from the report saved, the message takes the focus.
    await tabTo(page, save, "save the report", { max: 6 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      edition.getByRole("status").filter({ hasText: "Rapport enregistré." }),
      "saved: the focus on the message under the form",
    );
    expect(
      await edition.getByRole("textbox", { name: /^Action 1/ }).inputValue(),
      "the action saved",
    ).toBe(`Tester le plan de reprise d'activité (${width} px)`);
    await expect.poll(() => edition.getByRole("textbox", { name: /^Action 2/ }).count()).toBe(0);
    await noViolations(page, `${width}: report saved`);
    expect(unexpected(errors)).toEqual([]);
  }, 240_000);
}

/** A disagreement raised on a new saisine of Bègles, with the mouse (not walked). */
async function raiseArbitration(reference: string) {
  const { page } = await mutu.newPage();
  await signIn(page, "/admin/connexion", CALL_CENTRE_HEAD);
  await pageHeading(page, "Tableau de bord").waitFor();
  await openSaisineInAdmin(page, reference);
  const arbitration = page.getByRole("region", { name: "Arbitrage", exact: true });
  await arbitration.getByRole("button", { name: "Signaler un désaccord (arbitrage)" }).click();
  await arbitration.getByRole("radio", { name: /^Programmation/ }).check();
  await arbitration
    .getByRole("textbox", { name: /^Le désaccord/ })
    .fill("La commune veut l'intervention cette semaine, le service commun la propose au mois.");
  await arbitration.getByRole("button", { name: "Engager l'arbitrage" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /^Arbitrage engagé/ })
    .waitFor();
  await page.context().close();
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: the call centre's head records a level of an arbitration with the keyboard alone`, async () => {
    const reference = await fileBeglesIncident(mutu, `Clavier seul ${width} : arbitrage`);
    await raiseArbitration(reference);
    const { page, errors } = await mutu.newPage();
    await openAs(page, { width, height }, CALL_CENTRE_HEAD);
    await page.goto(`/admin/saisines?q=${reference}`);
    await pageHeading(page, "Saisines").waitFor();
    await tabTo(page, page.getByRole("link", { name: reference, exact: true }), "the saisine", {
      max: 80,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, pageHeading(page, `Saisine ${reference}`), "the saisine's heading");

    const arbitration = page.getByRole("region", { name: "Arbitrage", exact: true });
    const toggle = arbitration.getByRole("button", { name: "Consigner le niveau suivant" });
    await tabTo(page, toggle, "« Consigner le niveau suivant »", { max: 150 });
    await page.keyboard.press("Enter");
    await expectFocus(page, toggle, "opened: the focus on its button");

    // Sent empty: the summary, its link to the outcome, chosen with Space.
    const submit = arbitration.getByRole("button", { name: "Consigner ce niveau" });
    const agreed = arbitration.getByRole("radio", { name: "Solution trouvée" });
    await sendRefused(
      page,
      submit,
      "Le niveau n'a pas été consigné",
      /Issue de la réunion/,
      agreed,
    );
    await page.keyboard.press("Space");
    expect(await agreed.isChecked()).toBe(true);
    await noViolations(page, `${width}: arbitration level refused`);

    // Who sat: the two rows offered, then a third added and removed.
    const row = (n: number) => arbitration.getByRole("group", { name: `Participant ${n}` });
    const name = (n: number) => row(n).getByRole("textbox", { name: /^Nom/ });
    const fn = (n: number) => row(n).getByRole("textbox", { name: /^Fonction/ });
    await tabTo(page, name(1), "participant 1: name", { back: true, max: 12 });
    await typeHere(page, "Claire Durand");
    await tabTo(page, fn(1), "participant 1: function", { max: 2 });
    await typeHere(page, "Directrice générale des services");
    await tabTo(page, name(2), "participant 2: name", { max: 4 });
    await typeHere(page, "Luc Girard");
    await tabTo(page, fn(2), "participant 2: function", { max: 2 });
    await typeHere(page, "Adjoint au directeur général des territoires");
    await addThenRemove(
      page,
      {
        add: "Ajouter un participant",
        first: name(3),
        removes: arbitration.getByRole("button", { name: /^Retirer le participant/ }),
        max: 4,
      },
      () => typeHere(page, "Une personne de trop"),
    );

    // Recorded: the level closes the arbitration, its form goes; the message takes the focus.
    await tabTo(
      page,
      arbitration.getByRole("textbox", { name: /^Décision ou constat/ }),
      "decision",
      {
        max: 6,
      },
    );
    await typeHere(page, "Intervention programmée sous quinze jours.");
    await tabTo(page, submit, "record the level", { max: 2 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      page
        .getByRole("status")
        .filter({ hasText: /^Niveau 1 — autorités hiérarchiques consigné\.$/ }),
      "recorded: the focus on the message",
    );
    await arbitration.getByText("Terminé", { exact: true }).waitFor();
    await noViolations(page, `${width}: arbitration level recorded`);
    expect(unexpected(errors)).toEqual([]);
  }, 240_000);
}
