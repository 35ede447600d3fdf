/**
 * The forms the daily walks (`keyboard.test.ts`) do not cover, with the keyboard alone, on a wide
 * screen and on a phone (RGAA themes 7, 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.2): sent
 * incomplete first — the error summary takes the focus and its links lead to the fields — then
 * filled, rows of a list added and removed, with Tab, Shift+Tab, Enter, Space, the arrows and
 * typing only. At each step the focus is where the task needs it and its ring shows.
 */
import { expect, test } from "vitest";
import { DEMO_PASSWORD, noViolations, unexpected, useMutu } from "./harness.ts";
import {
  arrowUntil,
  expectFocus,
  pageHeading,
  signInByKeyboard,
  tabTo,
  typeHere,
} from "./keyboard.ts";
import { FICHE } from "./projects-pages.ts";
import { BEGLES_DPO, METROPOLE_ADMIN, PROJECT_OWNER } from "./demo-people.ts";
import { SCREENS } from "./screens.ts";

const mutu = useMutu();

const WIDTHS = SCREENS;

for (const { width, height } of WIDTHS) {
  test(`${width} px: a commune's DPO records a processing with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await signInByKeyboard(page, "/connexion", BEGLES_DPO, DEMO_PASSWORD);
    await pageHeading(page, "Accueil").waitFor();
    await page.goto("/rgpd/traitements");
    await pageHeading(page, "Registre des traitements").waitFor();
    await tabTo(page, page.getByRole("link", { name: "Inscrire un traitement" }), "new record");
    await page.keyboard.press("Enter");
    await expectFocus(page, pageHeading(page, "Inscrire un traitement"), "new record: heading");

    // Sent empty: the summary takes the focus; its first link leads to the name.
    const submit = page.getByRole("button", { name: "Enregistrer le brouillon" });
    await tabTo(page, submit, "the form's submit button", { max: 120 });
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "La fiche n'a pas été enregistrée" });
    await expectFocus(page, summary, "empty form: the error summary");
    await noViolations(page, `${width}: processing form, refused`);
    await tabTo(page, summary.getByRole("link", { name: /Nom du traitement/ }), "summary: name");
    await page.keyboard.press("Enter");
    const name = page.getByRole("textbox", { name: /^Nom du traitement/ });
    await expectFocus(page, name, "summary link → the name");
    await typeHere(page, `Portail clavier ${width}`);
    await page.keyboard.press("Tab");
    await expectFocus(
      page,
      page.getByRole("textbox", { name: "Service qui le met en œuvre" }),
      "service",
    );
    await typeHere(page, "Relation aux usagers");

    // The path: a radio group chosen with the arrows.
    const direct = page.getByRole("radio", { name: /saisine directe du DPO/ });
    await tabTo(page, page.getByRole("radio").first(), "path: its first option", { max: 3 });
    await page.keyboard.press("Space");
    await arrowUntil(page, () => direct.isChecked(), "path: direct");
    await expectFocus(page, direct, "path: the option chosen");

    // A purpose, its legal basis chosen with the arrows among the six of article 6, read whole.
    await tabTo(page, page.getByRole("textbox", { name: /^Finalité/ }), "purpose 1", { max: 3 });
    await typeHere(page, "Recevoir et suivre les démarches des usagers");
    const bases = page.getByRole("group", { name: /^Base légale/ }).first();
    await tabTo(page, bases.getByRole("radio").first(), "purpose 1: legal basis", { max: 2 });
    await page.keyboard.press("Space");
    const publicTask = bases.getByRole("radio", { name: /^Mission d'intérêt public/ });
    await arrowUntil(page, () => publicTask.isChecked(), "basis");
    await expectFocus(page, publicTask, "basis: the option chosen");

    // A second purpose added, then removed: the focus goes into the new row, then back to the list.
    const addPurpose = page.getByRole("button", { name: "Ajouter une finalité" });
    await tabTo(page, addPurpose, "add a purpose", { max: 4 });
    await page.keyboard.press("Enter");
    const purposes = page.getByRole("group", { name: /^Finalités et bases légales/ });
    await expectFocus(
      page,
      purposes.getByRole("group", { name: "Finalité 2" }).getByRole("textbox").first(),
      "added: the new row's first field",
    );
    const removeSecond = page.getByRole("button", { name: "Retirer Finalité 2" });
    await tabTo(page, removeSecond, "remove purpose 2", { max: 5 });
    await page.keyboard.press("Enter");
    await expect.poll(() => removeSecond.count()).toBe(0);
    await expectFocus(page, addPurpose, "removed: the focus on the list's « Ajouter »");

    // The persons, the data (sensitive ticked, then unticked with Space).
    await tabTo(page, page.getByRole("textbox", { name: /^Catégorie de personnes 1/ }), "persons");
    await typeHere(page, "Usagers");
    const category = page.getByRole("textbox", { name: /^Catégorie/ }).nth(1);
    await tabTo(page, category, "data category 1", { max: 6 });
    await typeHere(page, "Identité, coordonnées");
    const sensitive = page.getByRole("checkbox", { name: "Donnée sensible (art. 9)" });
    await tabTo(page, sensitive, "sensitive", { max: 2 });
    await page.keyboard.press("Space");
    const article9 = page.getByRole("group", { name: /^Condition de l'article 9/ });
    await article9.waitFor();
    await page.keyboard.press("Space");
    await expect.poll(() => article9.count()).toBe(0);
    await expectFocus(page, sensitive, "unticked: the focus stays on the box");

    // A recipient, in a list that starts empty: added, typed; a second added and removed.
    const addRecipient = page.getByRole("button", { name: "Ajouter un destinataire" });
    await tabTo(page, addRecipient, "add a recipient", { max: 6 });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByRole("textbox", { name: /^Destinataire 1/ }), "recipient 1");
    await typeHere(page, "Service des démarches");
    await tabTo(page, addRecipient, "add a second recipient", { max: 3 });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByRole("textbox", { name: /^Destinataire 2/ }), "recipient 2");
    await page.keyboard.press("Tab");
    await expectFocus(
      page,
      page.getByRole("button", { name: "Retirer Destinataire 2" }),
      "remove 2",
    );
    await page.keyboard.press("Enter");
    await expectFocus(page, addRecipient, "recipient removed: the focus on « Ajouter »");

    // The retention.
    await tabTo(page, page.getByRole("textbox", { name: /^Données concernées/ }), "retention", {
      max: 12,
    });
    await typeHere(page, "Dossiers des démarches");
    await tabTo(page, page.getByRole("textbox", { name: /^Durée \(en mois\)/ }), "months", {
      max: 2,
    });
    await typeHere(page, "36");
    await tabTo(page, page.getByRole("textbox", { name: /^À compter de/ }), "from", { max: 2 });
    await typeHere(page, "clôture de la démarche");
    const ends = page.getByRole("group", { name: /^À la fin de la durée/ });
    await tabTo(page, ends.getByRole("radio").first(), "end of the retention", { max: 2 });
    await page.keyboard.press("Space");
    const erase = ends.getByRole("radio", { name: /^Effacement/ });
    await arrowUntil(page, () => erase.isChecked(), "end: erase");
    const access = page.getByRole("checkbox", { name: /Contrôle d'accès/ });
    await tabTo(page, access, "security: access control", { max: 12 });
    await page.keyboard.press("Space");
    expect(await access.isChecked()).toBe(true);
    await noViolations(page, `${width}: processing form, filled`);

    await tabTo(page, submit, "submit the filled form", { max: 80 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      pageHeading(page, new RegExp(`— Portail clavier ${width}$`)),
      "recorded",
    );
    await page.getByText(/inscrit au registre, en brouillon/).waitFor();
    await noViolations(page, `${width}: processing recorded`);
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: a commune files a fiche projet with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await signInByKeyboard(page, "/connexion", PROJECT_OWNER, DEMO_PASSWORD);
    await pageHeading(page, "Accueil").waitFor();
    await page.goto("/projets");
    await pageHeading(page, "Projets et schéma numérique").waitFor();
    await tabTo(page, page.getByRole("link", { name: "Déposer une fiche projet" }), "new fiche", {
      max: 60,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, pageHeading(page, "Déposer une fiche projet"), "new fiche: heading");

    // Sent empty: the summary takes the focus; its first link leads to the title.
    const submit = page.getByRole("button", { name: "Déposer la fiche projet" });
    await tabTo(page, submit, "the fiche's submit button", { max: 60 });
    await page.keyboard.press("Enter");
    const summary = page
      .getByRole("alert")
      .filter({ hasText: "La fiche projet n'a pas été déposée" });
    await expectFocus(page, summary, "empty fiche: the error summary");
    await noViolations(page, `${width}: fiche projet, refused`);
    const enjeux = summary.getByRole("link", { name: /^Les enjeux\s:/ });
    await tabTo(page, enjeux, "summary: les enjeux", { max: 20 });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByRole("textbox", { name: /^Les enjeux/ }), "→ les enjeux");
    await tabTo(page, summary.getByRole("link").first(), "back up to the summary's first link", {
      back: true,
      max: 60,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByRole("textbox", { name: /^Intitulé du projet/ }), "title");
    await typeHere(page, `Portail famille ${width}`);

    // The kind of project and its scope: radio groups chosen with the arrows.
    const own = page.getByRole("radio", { name: "Projet propre à la commune" });
    await tabTo(page, page.getByRole("radio"), "the project's kind", { max: 4 });
    await page.keyboard.press("Space");
    await arrowUntil(page, () => own.isChecked(), "kind: own project");
    await tabTo(page, page.getByRole("textbox", { name: /^Direction pilote/ }), "lead", { max: 4 });
    await typeHere(page, "Direction de l'éducation");
    const sector = page.getByRole("radio", { name: "Sectoriel" });
    await tabTo(page, page.getByRole("radio"), "the project's scope", { max: 4 });
    await page.keyboard.press("Space");
    await arrowUntil(page, () => sector.isChecked(), "scope: sectoral");
    for (const [label, value] of FICHE) {
      await tabTo(page, page.getByRole("textbox", { name: label }), `fiche: ${label}`, { max: 4 });
      await typeHere(page, value);
    }
    await noViolations(page, `${width}: fiche projet, filled`);
    await tabTo(page, submit, "submit the filled fiche", { max: 6 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      pageHeading(page, `Portail famille ${width}`),
      "filed: the fiche's heading",
    );
    await page.getByText(`Fiche projet « Portail famille ${width} » déposée`).waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: the Métropole plans a meeting from Bègles' calendar with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await signInByKeyboard(page, "/admin/connexion", METROPOLE_ADMIN, DEMO_PASSWORD);
    await pageHeading(page, "Tableau de bord").waitFor();
    await page.goto("/admin/gouvernance");
    await pageHeading(page, "Gouvernance").waitFor();

    // The commune chosen with the arrows changes nothing until « Afficher ».
    const commune = page.getByLabel("Commune");
    await tabTo(page, commune, "governance: the commune", { max: 60 });
    await arrowUntil(
      page,
      () => commune.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text === "Bègles"),
      "commune: Bègles",
      { max: 40 },
    );
    await page.getByRole("heading", { level: 2, name: "Prochaines échéances" }).waitFor();
    const show = page
      .getByRole("form", { name: "Calendrier à afficher" })
      .getByRole("button", { name: "Afficher" });
    await tabTo(page, show, "governance: Afficher", { max: 4 });
    await page.keyboard.press("Enter");
    const calendar = page.getByRole("table", { name: /^Instances et réunions dues en/ });
    await calendar.waitFor();
    await expectFocus(page, show, "calendar shown: the focus stays on « Afficher »");
    await noViolations(page, `${width}: governance calendar`);

    // « Planifier » on the follow-up committee's row (a card on a phone, its cells labelled): the
    // form opens, its first field focused.
    const planButton = calendar.getByRole("button", {
      name: "Planifier la prochaine réunion due : Comité de suivi du contrat d'engagement",
    });
    await tabTo(page, planButton, "the follow-up committee's « Planifier »", { max: 40 });
    await page.keyboard.press("Enter");
    const plan = page.getByRole("region", { name: /^Planifier\s: Comité de suivi/ });
    const date = plan.getByLabel(/^Date/);
    await expectFocus(page, date, "plan form opened: its date");
    // Cancelled: the form goes, the focus back on the row's « Planifier ».
    await tabTo(page, plan.getByRole("button", { name: "Annuler" }), "plan: cancel", { max: 40 });
    await page.keyboard.press("Enter");
    await plan.waitFor({ state: "detached" });
    await expectFocus(page, planButton, "cancelled: the focus back on « Planifier »");

    // Opened again, sent without a place: the summary, its link to the place, then sent.
    await page.keyboard.press("Enter");
    await expectFocus(page, date, "plan form opened again: its date");
    await expect
      .poll(() => plan.getByLabel(/^Ordre du jour/).inputValue())
      .toContain("Suivi de l'action");
    const submit = plan.getByRole("button", { name: "Planifier la réunion" });
    await tabTo(page, submit, "plan: submit", { max: 40 });
    await page.keyboard.press("Enter");
    const summary = plan.getByRole("alert");
    await expectFocus(page, summary, "plan without a place: the error summary");
    await tabTo(page, summary.getByRole("link").first(), "summary: first link", { max: 4 });
    await page.keyboard.press("Enter");
    await expectFocus(page, plan.getByLabel(/^Lieu/), "summary link → the place");
    await typeHere(page, `Mairie de Bègles, salle ${width}`);
    const invitees = plan.getByRole("group", { name: "Personnes invitées" }).getByRole("checkbox");
    await tabTo(page, invitees.first(), "the first person invited", { max: 6 });
    await page.keyboard.press("Space");
    expect(await invitees.first().isChecked()).toBe(true);
    await noViolations(page, `${width}: plan form`);
    await tabTo(page, submit, "plan: submit, filled", { max: 40 });
    await page.keyboard.press("Enter");
    await expectFocus(
      page,
      pageHeading(page, /^Comité de suivi du contrat d'engagement — Bègles/),
      "planned: the meeting's heading",
    );
    await page.getByText("Réunion planifiée.").waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}
