/**
 * The daily tasks with the keyboard alone, on a wide screen and on a phone (RGAA themes 7, 10.7
 * and 12; WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 3.2.1, 3.2.2): Tab, Shift+Tab, Enter, Space, the arrows
 * and Échap only — no click and no fill on the controls walked. At each step the focus is where
 * the task needs it and its ring shows. No axe violation.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { DEMO_PASSWORD, noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import {
  expectFocus,
  expectTrappedInDialog,
  signInByKeyboard,
  tabTo,
  typeHere,
} from "./keyboard.ts";
import { fileBeglesIncident, openSaisineInAdmin } from "./saisines-pages.ts";
import { BEGLES_DGS, CALL_CENTRE, CALL_CENTRE_HEAD } from "./demo-people.ts";
import { PHONE, WIDE } from "./screens.ts";

const mutu = useMutu();

const WIDTHS = [
  { ...WIDE, phone: false },
  { ...PHONE, phone: true },
] as const;

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/**
 * Reaches the main navigation's `label` from inside the page (Shift+Tab, back up the page): on a
 * phone through the « Menu » button, which opens with Enter, folds with Échap pressed in the menu
 * (the focus back on the button) and opens again with Space.
 */
async function openFromNavigation(page: Page, label: string, phone: boolean) {
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  const link = nav.getByRole("link", { name: label, exact: true });
  if (!phone) {
    await tabTo(page, link, `navigation: ${label}`, { back: true });
  } else {
    const menu = page.getByRole("button", { name: "Menu" });
    await tabTo(page, menu, "navigation: the Menu button", { back: true });
    await page.keyboard.press("Enter");
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("true");
    // The menu's first link follows its button; Échap from inside it folds it, back on the button.
    await page.keyboard.press("Tab");
    await expectFocus(page, nav.getByRole("link").first(), "Tab from the open menu's button");
    await page.keyboard.press("Escape");
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    await expectFocus(page, menu, "Échap folds the menu, the focus back on its button");
    await page.keyboard.press("Space");
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("true");
    await tabTo(page, link, `navigation: ${label}`);
  }
  await page.keyboard.press("Enter");
}

for (const { width, height, phone } of WIDTHS) {
  test(`${width} px: a commune files a saisine with the keyboard alone`, async () => {
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await signInByKeyboard(page, "/connexion", BEGLES_DGS, DEMO_PASSWORD);
    await heading(page, "Accueil").waitFor();

    // Arriving on a page: the first Tab reaches the skip link, which leads into the content.
    await page.reload();
    await heading(page, "Accueil").waitFor();
    await page.keyboard.press("Tab");
    await expectFocus(page, page.getByRole("link", { name: "Aller au contenu" }), "skip link");
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByRole("main"), "skip link's target");
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement)),
      "after the skip link, Tab goes on inside the content",
    ).toBe(true);

    // « Saisines » from the navigation: the new page's heading takes the focus.
    await openFromNavigation(page, "Saisines", phone);
    await expectFocus(page, heading(page, "Saisines"), "saisines list: heading");
    await noViolations(page, `${width}: saisines list`);

    // A filter chosen with the arrows changes nothing until « Filtrer ».
    const type = page.getByLabel("Type", { exact: true });
    await tabTo(page, type, "list filter: type");
    const before = page.url();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => type.inputValue()).toBe("incident");
    await page.waitForTimeout(300);
    expect(page.url(), "a select's change does not filter").toBe(before);
    const filter = page.getByRole("button", { name: "Filtrer" });
    await tabTo(page, filter, "list filter: Filtrer");
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]type=incident/);
    await expectFocus(page, filter, "a filter applied keeps the focus on its button");

    // « Nouvelle saisine », back up the page.
    await tabTo(page, page.getByRole("link", { name: "Nouvelle saisine" }), "new saisine link", {
      back: true,
    });
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, "Nouvelle saisine"), "new saisine: heading");

    // Sent empty: the summary takes the focus; its links lead to the fields.
    const submit = page.getByRole("button", { name: "Déposer la saisine" });
    await tabTo(page, submit, "the form's submit button", { max: 30 });
    await page.keyboard.press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: "La saisine n'a pas été déposée" });
    await expectFocus(page, summary, "empty form: the error summary");
    await tabTo(page, summary.getByRole("link", { name: /^Type de saisine\s:/ }), "summary: type");
    await page.keyboard.press("Enter");
    const incident = page.getByRole("radio", { name: "Incident", exact: true });
    await expectFocus(page, incident, "summary link → the type's first option");

    // The radio groups with Space and the arrows; the text fields typed into.
    await page.keyboard.press("ArrowDown");
    const demande = page.getByRole("radio", { name: "Demande", exact: true });
    await expectFocus(page, demande, "ArrowDown in the type group");
    expect(await demande.isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await expectFocus(page, page.getByRole("radio", { name: /^A\. / }), "sub-domain group");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /^C\. / }).isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await expectFocus(
      page,
      page.getByRole("radio", { name: "Ordinaire", exact: true }),
      "nature: the checked option",
    );
    await page.keyboard.press("Tab");
    await expectFocus(
      page,
      page.getByRole("radio", { name: "Bloquant", exact: true }),
      "criticality",
    );
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Non bloquant", exact: true }).isChecked()).toBe(
      true,
    );
    await page.keyboard.press("Tab");
    await expectFocus(page, page.getByRole("textbox", { name: /^Objet/ }), "object");
    await typeHere(page, `Clavier seul ${width} : écran du guichet figé`);
    await page.keyboard.press("Tab");
    await expectFocus(page, page.getByRole("textbox", { name: /^Description/ }), "description");
    await typeHere(page, "L'écran ne répond plus depuis ce matin.");
    // Tab lands on the checked option of « for whom »; ArrowDown chooses the resident.
    await tabTo(page, page.getByRole("radio", { name: "Pour moi ou mon service" }), "for whom", {
      max: 3,
    });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await expectFocus(page, page.getByRole("textbox", { name: /^Nom de l'administré/ }), "name");
    await typeHere(page, "Jeanne Martin");
    await page.keyboard.press("Tab");
    await typeHere(page, "06 12 34 56 78");
    await tabTo(page, submit, "submit again", { max: 4 });
    await page.keyboard.press("Enter");

    // Filed: the result's heading has the focus, then the saisine's own page.
    const filed = page.getByRole("heading", { level: 2, name: /^Saisine déposée\s: BEG-/ });
    await expectFocus(page, filed, "filed: the result's heading");
    await noViolations(page, `${width}: saisine filed`);
    await tabTo(page, page.getByRole("link", { name: "Voir la saisine" }), "open the saisine");
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, /^Saisine BEG-/), "the saisine page's heading");
    await noViolations(page, `${width}: saisine page`);

    // Withdrawn in its dialog: Échap first gives the focus back to the button; once withdrawn
    // the button is gone, and the confirmation takes the focus.
    const withdraw = page.getByRole("button", { name: "Retirer la saisine" });
    await tabTo(page, withdraw, "saisine page: withdraw", { max: 60 });
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Retirer la saisine ?" });
    await dialog.waitFor();
    await expectTrappedInDialog(page, 6, "withdraw dialog");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expectFocus(page, withdraw, "Échap: the focus back on « Retirer la saisine »");
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByRole("textbox", { name: /^Pourquoi la retirer/ }), "reason");
    await typeHere(page, "Le guichet a redémarré de lui-même.");
    await tabTo(page, dialog.getByRole("button", { name: "Retirer", exact: true }), "confirm");
    await page.keyboard.press("Enter");
    await expectFocus(page, page.getByText("Saisine retirée."), "withdrawn: the confirmation");
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}

/**
 * The head of the call centre assigns the saisine to the other member of the team (the agent who
 * walks next), in a page of its own and with the mouse: the agent then has a notification unread.
 */
async function assignToTheAgent(reference: string) {
  const { page } = await mutu.newPage();
  await signIn(page, "/admin/connexion", CALL_CENTRE_HEAD);
  await heading(page, "Tableau de bord").waitFor();
  await openSaisineInAdmin(page, reference);
  const me = (await page.locator(".shell-user-name").textContent()) ?? "";
  const picker = page.getByLabel("Attribuer à");
  const agent = await picker.evaluate((select: HTMLSelectElement, myName: string) => {
    const group = Array.from(select.querySelectorAll("optgroup")).find(
      (g) => g.label === "Centre d'appel",
    );
    const option = Array.from(group?.querySelectorAll("option") ?? []).find(
      (o) => o.value.startsWith("person:") && o.textContent !== myName,
    );
    return option?.value ?? "";
  }, me);
  await picker.selectOption(agent);
  await page.getByRole("button", { name: "Attribuer", exact: true }).click();
  await page.getByText(/^Saisine attribuée à /).waitFor();
  await page.context().close();
}

for (const { width, height, phone } of WIDTHS) {
  test(`${width} px: the call centre qualifies and assigns a saisine with the keyboard alone`, async () => {
    const reference = await fileBeglesIncident(mutu, `Clavier seul ${width} : badgeuse muette`);
    await assignToTheAgent(reference);
    const { page, errors } = await mutu.newPage();
    await page.setViewportSize({ width, height });
    await signInByKeyboard(page, "/admin/connexion", CALL_CENTRE, DEMO_PASSWORD);
    await expectFocus(page, heading(page, "Tableau de bord"), "signed in: the desk's heading");

    // The queue from the navigation.
    await openFromNavigation(page, "Saisines", phone);
    await expectFocus(page, heading(page, "Saisines"), "the queue's heading");

    // Filters typed and chosen change nothing until « Rechercher ». On a phone they are folded
    // under « Filtrer la file », a disclosure opened with Enter.
    if (phone) {
      await tabTo(
        page,
        page.locator("summary", { hasText: "Filtrer la file" }),
        "queue: the filters",
      );
      await page.keyboard.press("Enter");
    }
    const search = page.getByRole("searchbox", { name: /^Recherche/ });
    await tabTo(page, search, "queue: the search box");
    await typeHere(page, reference);
    const type = page.getByLabel("Type", { exact: true });
    await tabTo(page, type, "queue: the type filter");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => type.inputValue()).toBe("incident");
    await page.waitForTimeout(800);
    expect(page.url(), "typing and choosing do not filter yet").not.toMatch(/[?&](q|type)=/);
    const apply = page.getByRole("button", { name: "Rechercher", exact: true });
    await tabTo(page, apply, "queue: the filters' button");
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]type=incident/);
    expect(page.url()).toMatch(/[?&]q=/);
    await expectFocus(page, apply, "filters applied: the focus stays on their button");
    await noViolations(page, `${width}: queue filtered`);

    // Ticked with Space and qualified as filed from the bar above the table: once done, the bar
    // empties and its buttons go; the focus stays in the bar.
    const tick = page.getByRole("checkbox", { name: `Sélectionner ${reference}` });
    await tabTo(page, tick, "queue: the row's checkbox");
    await page.keyboard.press("Space");
    expect(await tick.isChecked()).toBe(true);
    const action = page.getByLabel("Action", { exact: true });
    await tabTo(page, action, "queue: the bulk action", { back: true });
    await page.keyboard.type("Qualifier");
    await expect.poll(() => action.inputValue()).toBe("qualify");
    const applyBulk = page.getByRole("button", { name: "Appliquer à la sélection" });
    await tabTo(page, applyBulk, "queue: apply to the selection");
    await page.keyboard.press("Enter");
    await page.getByText("1 saisine qualifiée.").waitFor();
    await expectFocus(
      page,
      page.getByText("Cochez des saisines dans la file pour agir sur plusieurs à la fois."),
      "bulk done: the focus on the emptied bar",
    );

    // The saisine, from its link in the table.
    await tabTo(page, page.getByRole("link", { name: reference, exact: true }), "queue: the row");
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, `Saisine ${reference}`), "the saisine's heading");

    // The qualification dialog: the focus inside, trapped; Échap gives it back to its button.
    const qualify = page.getByRole("button", { name: "Qualifier", exact: true });
    await tabTo(page, qualify, "saisine: Qualifier", { max: 60 });
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Qualifier la saisine" });
    // The fields are filled with the current qualification: the first focus is on saving them.
    await expectFocus(
      page,
      dialog.getByRole("button", { name: "Enregistrer la qualification" }),
      "the dialog opened",
    );
    await expectTrappedInDialog(page, 12, "qualify dialog");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expectFocus(page, qualify, "Échap: the focus back on « Qualifier »");

    // Qualified with the keyboard: an emergency, chosen with the arrows.
    await page.keyboard.press("Space");
    await dialog.waitFor();
    const nature = dialog.getByLabel("Nature", { exact: true });
    await tabTo(page, nature, "dialog: nature");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => nature.inputValue()).toBe("urgence");
    await tabTo(page, dialog.getByRole("button", { name: "Enregistrer la qualification" }), "save");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    const done = page.getByText(/^Saisine qualifiée\./);
    await done.waitFor();
    // « Qualifier » is still offered: the focus is back on it, the confirmation said beside.
    await expectFocus(page, qualify, "qualified: the focus back on « Qualifier »");

    // Assigned with the select of the side panel.
    const assignee = page.getByLabel(/^Attribuer à/);
    await tabTo(page, assignee, "saisine: the assignee", { max: 60 });
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => assignee.inputValue()).not.toBe("");
    const assign = page.getByRole("button", { name: "Attribuer", exact: true });
    await tabTo(page, assign, "saisine: Attribuer", { max: 3 });
    await page.keyboard.press("Enter");
    const assigned = page.getByText(/^Saisine attribuée à /);
    await assigned.waitFor();
    await expectFocus(page, assign, "assigned: the focus stays on « Attribuer »");
    await noViolations(page, `${width}: saisine qualified and assigned`);

    // The notifications, then signing out, from the header (back up the page).
    const inbox = page.getByRole("link", { name: /^Notifications/ });
    await tabTo(page, inbox, "header: Notifications", { back: true, max: 120 });
    await page.keyboard.press("Enter");
    await expectFocus(page, heading(page, "Notifications"), "the inbox's heading");
    await noViolations(page, `${width}: notifications`);
    // Marked read, a notification loses its button: the focus goes to its « Ouvrir » link.
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: /^Marquer comme lue/ }) })
      .first();
    const markRead = item.getByRole("button", { name: /^Marquer comme lue/ });
    const open = item.getByRole("link", { name: /^Ouvrir la saisine / });
    await tabTo(page, markRead, "inbox: mark one read", { max: 60 });
    const openName = await open.textContent();
    await page.keyboard.press("Enter");
    await page.getByText("Notification marquée comme lue.").waitFor();
    await expectFocus(
      page,
      page.getByRole("link", { name: openName ?? "", exact: true }),
      "marked read: the focus on the notification's link",
    );
    await tabTo(page, page.getByRole("button", { name: "Se déconnecter" }), "header: sign out", {
      back: true,
    });
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/admin\/connexion/);
    await expectFocus(
      page,
      page.getByRole("heading", { level: 1 }),
      "signed out: the sign-in heading",
    );
    expect(unexpected(errors)).toEqual([]);
  }, 180_000);
}
