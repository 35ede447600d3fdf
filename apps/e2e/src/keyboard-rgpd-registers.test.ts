/**
 * The breach and request registers with the keyboard alone, on a wide screen and on a phone (RGAA
 * themes 7, 10.7 and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.2): a commune's DPO records a breach,
 * a request — sent incomplete first, the error summary's links leading to the fields —, consults
 * its services on it; the Métropole's DPO then assesses the breach (rows of its lists added and
 * removed) and takes the steps that leave the page once done (the CNIL notified, the deadline
 * extended, the answer given). After each save the focus is on the new
 * record's heading or on the message saying what was done, never lost to the top of the page.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { DEMO_PASSWORD, noViolations, unexpected, useMutu } from "./harness.ts";
import {
  addThenRemove,
  arrowUntil,
  expectFocus,
  signInByKeyboard,
  tabTo,
  takeStep,
  typeHere,
} from "./keyboard.ts";
import { BEGLES_DPO, METROPOLE_DPO } from "./demo-people.ts";
import { SCREENS } from "./screens.ts";

const mutu = useMutu();

const WIDTHS = SCREENS;

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** Signed in by keyboard, then on a page (its address typed, as a bookmark would). */
async function openAt(page: Page, side: "commune" | "metropole", path: string, title: RegExp) {
  const metropole = side === "metropole";
  await signInByKeyboard(
    page,
    metropole ? "/admin/connexion" : "/connexion",
    metropole ? METROPOLE_DPO : BEGLES_DPO,
    DEMO_PASSWORD,
  );
  await heading(page, metropole ? "Tableau de bord" : "Accueil").waitFor();
  await page.goto(metropole ? `/admin${path}` : path);
  await heading(page, title).waitFor();
}

/**
 * A commune's DPO opens a register's form (`add`, headed `title`) and sends it empty (`submit`):
 * the error summary, its title `failed`, takes the focus.
 */
async function sendEmpty(
  page: Page,
  register: { path: string; heading: RegExp; add: string },
  form: { title: string; submit: string; failed: string },
  where: string,
) {
  await openAt(page, "commune", register.path, register.heading);
  await tabTo(page, page.getByRole("link", { name: register.add }), register.add, { max: 40 });
  await page.keyboard.press("Enter");
  await expectFocus(page, heading(page, form.title), `${form.title}: its heading`);
  const submit = page.getByRole("button", { name: form.submit });
  await tabTo(page, submit, form.submit, { max: 60 });
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: form.failed });
  await expectFocus(page, summary, `${form.title}, empty: the error summary`);
  await noViolations(page, `${where}, refused`);
  return { submit, summary };
}

/** The Métropole's DPO on the record a commune's page shows (`commune`), headed `title`. */
async function metropoleOn(commune: Page, title: RegExp) {
  const metropole = await mutu.newPage();
  const viewport = commune.viewportSize();
  if (viewport) await metropole.page.setViewportSize(viewport);
  const address = new URL(commune.url());
  await openAt(metropole.page, "metropole", `${address.pathname}${address.search}`, title);
  return metropole;
}

/** The commune's services consulted, as a breach or a request needs before any message goes out. */
const consult = (page: Page, service: string) =>
  takeStep(
    page,
    { toggle: "Consigner une consultation", submit: "Consigner", done: "Consultation consignée." },
    async () => {
      const field = page.getByRole("textbox", { name: /^Service de la commune consulté/ });
      await tabTo(page, field, "consultation: the service", { max: 12 });
      await typeHere(page, service);
      await page.keyboard.press("Tab");
      await expectFocus(
        page,
        page.getByRole("textbox", { name: /^Observations ou consignes/ }),
        "consultation: the observations",
      );
      await typeHere(page, "Rien à ajouter.");
    },
  );

for (const { width, height } of WIDTHS) {
  test(`${width} px: a breach recorded, consulted on and notified with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    // Sent empty: the summary takes the focus; its links lead to the fields.
    const { submit, summary } = await sendEmpty(
      page,
      { path: "/rgpd/violations", heading: /^Violations de données$/, add: "Ouvrir une violation" },
      {
        title: "Ouvrir une violation de données",
        submit: "Ouvrir la violation",
        failed: "La violation n'a pas été ouverte",
      },
      `${width}: new breach`,
    );
    await tabTo(page, summary.getByRole("link", { name: /^Intitulé/ }), "summary: title", {
      max: 4,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByRole("textbox", { name: /^Intitulé/ }), "→ the title");
    await typeHere(page, `Clé USB perdue ${width}`);
    await page.keyboard.press("Tab");
    await expectFocus(
      page,
      page.getByRole("textbox", { name: /^Ce qui s'est passé/ }),
      "what happened",
    );
    await typeHere(page, "Une clé USB contenant la liste des inscrits a été perdue.");
    const nature = page.getByRole("checkbox", { name: /^Disponibilité/ });
    await tabTo(page, nature, "nature: availability", { max: 4 });
    await page.keyboard.press("Space");
    expect(await nature.isChecked()).toBe(true);
    await noViolations(page, `${width}: new breach, filled`);
    await tabTo(page, submit, "the filled breach's submit button", { max: 6 });
    await page.keyboard.press("Enter");
    const title = new RegExp(`^Violation n°\\s\\d+ — Clé USB perdue ${width}$`);
    await expectFocus(page, heading(page, title), "opened: the breach's heading");
    await page.getByText(/ouverte\s: le délai de 72 heures court/).waitFor();
    await consult(page, `Direction de l'éducation ${width}`);
    await noViolations(page, `${width}: breach opened and consulted on`);
    expect(unexpected(errors)).toEqual([]);

    // The Métropole handles it: the CNIL notified, its form leaves the page.
    const metropole = await metropoleOn(page, title);
    const m = metropole.page;
    // Assessed: a category of persons added and typed, one of data added then removed.
    await takeStep(
      m,
      {
        toggle: "Mettre à jour l'évaluation",
        submit: "Enregistrer l'évaluation",
        done: "Évaluation enregistrée.",
      },
      async () => {
        const add = m.getByRole("button", { name: "Ajouter une catégorie de personnes" });
        await tabTo(m, add, "assessment: add a category of persons", { max: 40 });
        await m.keyboard.press("Enter");
        const person = m.getByRole("textbox", { name: "Catégorie de personnes 1" });
        await expectFocus(m, person, "added: the category of persons");
        await typeHere(m, "Familles inscrites");
        await addThenRemove(
          m,
          {
            add: "Ajouter une catégorie de données",
            first: m.getByRole("textbox", { name: "Catégorie de données 1" }),
            removes: m.getByRole("button", { name: /^Retirer Catégorie de données \d+$/ }),
            max: 6,
          },
          () => typeHere(m, "Identité"),
        );
        const risk = m.getByRole("radio", { name: "Risque pour les personnes", exact: true });
        await tabTo(m, m.getByRole("radio").first(), "assessment: the risk", { max: 16 });
        await m.keyboard.press("Space");
        await arrowUntil(m, () => risk.isChecked(), "risk: a risk");
      },
    );
    await takeStep(
      m,
      {
        toggle: "Consigner la notification à la CNIL",
        submit: "Consigner la notification",
        done: "Notification à la CNIL consignée.",
        failed: "La notification n'a pas été consignée",
      },
      async () => {
        const reference = m.getByRole("textbox", { name: /^Référence de la notification/ });
        await expectFocus(m, reference, "notification: the summary's link → the reference");
        await typeHere(m, `CNIL-${width}`);
      },
    );
    await noViolations(m, `${width}: breach notified`);
    expect(unexpected(metropole.errors)).toEqual([]);
  }, 180_000);
}

for (const { width, height } of WIDTHS) {
  test(`${width} px: a request recorded, consulted on, extended and answered with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    // Sent empty: the summary takes the focus; its first link leads to the right exercised.
    const { submit, summary } = await sendEmpty(
      page,
      {
        path: "/rgpd/demandes",
        heading: /^Demandes des personnes$/,
        add: "Enregistrer une demande",
      },
      {
        title: "Enregistrer une demande d'exercice des droits",
        submit: "Enregistrer la demande",
        failed: "La demande n'a pas été enregistrée",
      },
      `${width}: new request`,
    );
    await tabTo(page, summary.getByRole("link").first(), "summary: first link", { max: 4 });
    await page.keyboard.press("Enter");
    const kind = page.getByRole("combobox", { name: /^Droit exercé/ });
    await expectFocus(page, kind, "→ the right exercised");
    await arrowUntil(page, async () => (await kind.inputValue()) === "access", "kind: access");
    const channel = page.getByRole("combobox", { name: /^Canal de réception/ });
    await tabTo(page, channel, "channel", { max: 8 });
    await arrowUntil(page, async () => (await channel.inputValue()) !== "", "channel");
    await tabTo(page, page.getByRole("textbox", { name: /^Nom de la personne/ }), "name", {
      max: 2,
    });
    await typeHere(page, `Camille Clavier ${width}`);
    await tabTo(page, page.getByRole("textbox", { name: /^Objet de la demande/ }), "details", {
      max: 3,
    });
    await typeHere(page, "Copie des données de la famille au portail.");
    await noViolations(page, `${width}: new request, filled`);
    await tabTo(page, submit, "the filled request's submit button", { max: 40 });
    await page.keyboard.press("Enter");
    const title = /^Demande n°\s\d+ — Accès \(art\. 15\)$/;
    await expectFocus(page, heading(page, title), "registered: the request's heading");
    await page.getByText(/^Demande n°\s\d+ enregistrée\.$/).waitFor();
    await consult(page, `Vie scolaire ${width}`);

    // The Métropole handles it: extended, then answered; each form leaves the page once done.
    const metropole = await metropoleOn(page, title);
    const m = metropole.page;
    await takeStep(
      m,
      { toggle: "Prolonger de deux mois", submit: "Prolonger", done: "Délai prolongé" },
      async () => {
        const reason = m.getByRole("textbox", { name: /^Motif de la prolongation/ });
        await tabTo(m, reason, "extension: the reason", { max: 12 });
        await typeHere(m, "Données réparties dans trois applications.");
      },
    );
    await takeStep(
      m,
      {
        toggle: "Consigner la réponse",
        submit: "Consigner la réponse",
        done: "Réponse consignée.",
      },
      async () => {
        const granted = m.getByRole("radio", { name: "Satisfaite", exact: true });
        await tabTo(m, m.getByRole("radio").first(), "answer: the outcome", { max: 12 });
        await m.keyboard.press("Space");
        await arrowUntil(m, () => granted.isChecked(), "outcome: granted");
        const text = m.getByRole("textbox", { name: /^Réponse faite à la personne/ });
        await tabTo(m, text, "answer: its text", { max: 4 });
        await typeHere(m, "Copie des données transmise par courriel sécurisé.");
      },
    );
    await noViolations(m, `${width}: request answered`);
    expect(unexpected(metropole.errors)).toEqual([]);

    // Back at the commune's register: the state chosen with the arrows applies on « Afficher » only.
    await page.goto("/rgpd/demandes");
    await heading(page, "Demandes des personnes").waitFor();
    const state = page.getByRole("combobox", { name: "État" });
    await tabTo(page, state, "the register's state filter", { max: 40 });
    await arrowUntil(page, async () => (await state.inputValue()) === "en-cours", "open only");
    await expectFocus(page, state, "state chosen: the focus stays on it");
    expect(new URL(page.url()).search).toBe("");
    const show = page.getByRole("button", { name: "Afficher" });
    await tabTo(page, show, "the filter's « Afficher »", { max: 2 });
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).search).toBe("?etat=en-cours");
    await expectFocus(page, show, "filtered: the focus stays on « Afficher »");
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}
