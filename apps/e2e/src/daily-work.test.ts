/**
 * Daily work in Chromium (issue 13): a notification reaches the assignee (the header's count),
 * is read and opens its saisine; on the saisine page each action is confirmed where it was made
 * and the focus stays there; the queue qualifies in bulk (and says which saisines refuse and
 * why), saves a view, exports the filtered list; the amendment editor warns before unsaved
 * changes are lost; an unknown address gets the styled « Page introuvable ». No axe violation.
 */
import { expect, test } from "vitest";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { fileBeglesIncident } from "./saisines-pages.ts";
import { BEGLES_DGS, CALL_CENTRE, CALL_CENTRE_HEAD, METROPOLE_ADMIN } from "./demo-people.ts";

const mutu = useMutu();

test("a notification reaches the assignee, is read and opens its saisine; actions are confirmed where they are made", async () => {
  const reference = await fileBeglesIncident(mutu, "Lecteur de badges de la médiathèque muet");
  // The call centre assigns it to its head and comments it, staying where it acts.
  const can = await mutu.newPage();
  const a = can.page;
  await signIn(a, "/admin/connexion", CALL_CENTRE);
  await a.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await a.goto(`/admin/saisines?q=${reference}`);
  await a.getByRole("link", { name: reference, exact: true }).click();
  await a.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
  const side = a.getByRole("complementary", { name: "L'essentiel de la saisine et les actions" });
  await side.getByRole("region", { name: "En bref" }).waitFor();
  await noViolations(a, "saisine page, two columns");

  // The other member of the call centre's team: its head (assignees are grouped by team).
  const me = (await a.locator(".shell-user-name").textContent()) ?? "";
  const picker = side.getByLabel("Attribuer à");
  const headOption = await picker.evaluate((select: HTMLSelectElement, myName: string) => {
    const group = Array.from(select.querySelectorAll("optgroup")).find(
      (g) => g.label === "Centre d'appel",
    );
    const option = Array.from(group?.querySelectorAll("option") ?? []).find(
      (o) => o.value.startsWith("person:") && o.textContent !== myName,
    );
    return { value: option?.value ?? "", label: option?.textContent ?? "" };
  }, me);
  await picker.selectOption(headOption.value);
  const chosen = headOption.label;
  await side.getByRole("button", { name: "Attribuer", exact: true }).click();
  const assigned = side.getByRole("status").filter({ hasText: `Saisine attribuée à ${chosen}.` });
  await assigned.waitFor();
  // The person stays where they acted: the focus is in the side panel, on the button or on the
  // confirmation beside it — never back at the top of the page.
  await expect
    .poll(() => a.evaluate(() => Boolean(document.activeElement?.closest(".saisine-side"))), {
      timeout: 5000,
    })
    .toBe(true);

  // Qualifying « as it is »: the dialog closes, the confirmation shows beside the actions and the
  // focus goes back to « Qualifier », still offered (the dialog gives it back to what opened it).
  await side.getByRole("button", { name: "Qualifier", exact: true }).click();
  const qualify = a.getByRole("dialog", { name: "Qualifier la saisine" });
  await noViolations(a, "qualify dialog");
  await qualify.getByRole("button", { name: "Enregistrer la qualification" }).click();
  const qualified = side.getByRole("status").filter({ hasText: /^Saisine qualifiée\./ });
  await qualified.waitFor();
  await expect
    .poll(() => a.evaluate(() => document.activeElement?.textContent ?? ""))
    .toBe("Qualifier");

  // A public comment: confirmed under the comment form, in the main column.
  const comment = a.getByRole("form", { name: "Commenter" });
  await comment.getByRole("textbox", { name: /^Commentaire/ }).fill("Le technicien passe à 14 h.");
  await comment.getByRole("radio", { name: /^Public/ }).check();
  await comment.getByRole("button", { name: "Ajouter le commentaire" }).click();
  await comment.getByRole("status").filter({ hasText: "Commentaire public ajouté." }).waitFor();
  expect(await a.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await noViolations(a, "saisine page after actions");
  expect(unexpected(can.errors)).toEqual([]);

  // The assignee sees the count in the header, reads the notification and opens the saisine.
  const head = await mutu.newPage();
  const h = head.page;
  await signIn(h, "/admin/connexion", CALL_CENTRE_HEAD);
  const inbox = h.getByRole("link", { name: /^Notifications — \d+ non lues?$/ });
  await inbox.waitFor();
  await inbox.click();
  await h.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  const item = h.getByRole("listitem").filter({ hasText: `${reference} : saisine attribuée` });
  await item.getByText("Non lue").waitFor();
  await noViolations(h, "inbox");
  await item.getByRole("link", { name: `Ouvrir la saisine ${reference}` }).click();
  await h.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
  await h.goto("/admin/notifications");
  await h.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  await h
    .getByRole("listitem")
    .filter({ hasText: `${reference} : saisine attribuée` })
    .getByRole("link", { name: `Ouvrir la saisine ${reference}` })
    .waitFor();
  expect(
    await h
      .getByRole("listitem")
      .filter({ hasText: `${reference} : saisine attribuée` })
      .getByText("Non lue")
      .count(),
  ).toBe(0);
  // The commune hears of the public comment.
  const dgs = await mutu.newPage();
  await signIn(dgs.page, "/connexion", BEGLES_DGS);
  await dgs.page.getByRole("link", { name: /^Notifications/ }).click();
  await dgs.page
    .getByRole("listitem")
    .filter({ hasText: `${reference} : nouveau commentaire` })
    .getByText("Le technicien passe à 14 h.")
    .waitFor();
  await noViolations(dgs.page, "commune inbox");
  expect(unexpected(head.errors)).toEqual([]);
}, 180_000);

test("the queue qualifies in bulk, saves a view and exports the filtered list", async () => {
  const first = await fileBeglesIncident(mutu, "Écran de la salle du conseil éteint");
  const second = await fileBeglesIncident(mutu, "Écran de l'accueil qui clignote");
  const { page: a, errors } = await mutu.newPage();
  await signIn(a, "/admin/connexion", CALL_CENTRE);
  await a.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await a.goto("/admin/saisines");
  await a.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  // Filters apply on « Rechercher » (Entrée in the search box), never as they are typed.
  await a.getByRole("searchbox", { name: /^Recherche/ }).fill("écran");
  await a.getByRole("searchbox", { name: /^Recherche/ }).press("Enter");
  await a.waitForURL(/[?&]q=/);
  await a.getByRole("row", { name: new RegExp(first) }).waitFor();
  await a.getByRole("row", { name: new RegExp(second) }).waitFor();
  await a
    .getByRole("navigation", { name: "Statuts" })
    .getByRole("link", { name: /^Nouvelle \d+/ })
    .waitFor();

  // Bulk qualification, as filed.
  await a.getByRole("checkbox", { name: `Sélectionner ${first}` }).check();
  await a.getByRole("checkbox", { name: `Sélectionner ${second}` }).check();
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Qualifier" });
  await noViolations(a, "bulk qualification");
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  await a.getByText("2 saisines qualifiées.").waitFor();
  await a.getByRole("row", { name: new RegExp(`${first}.*Qualifiée`) }).waitFor();

  // Closing them is refused, each saisine with its reason, and nothing changes.
  await a.getByRole("checkbox", { name: `Sélectionner ${first}` }).check();
  await a.getByLabel("Action", { exact: true }).selectOption({ label: "Clore" });
  await a.getByRole("button", { name: "Appliquer à la sélection" }).click();
  const refusal = a.getByRole("alert");
  await refusal
    .getByText(`${first} : Action « Clore » impossible pour une saisine au statut « Qualifiée ».`)
    .waitFor();
  await noViolations(a, "bulk refusal");
  await a.getByRole("button", { name: "Tout désélectionner" }).click();

  // A saved view of these filters, shared.
  await a.getByRole("button", { name: "Enregistrer ces filtres comme vue" }).click();
  await a.getByLabel(/^Nom de la vue/).fill("Écrans");
  await a.getByRole("radio", { name: "Tout le service commun" }).check();
  await a.getByRole("button", { name: "Enregistrer la vue" }).click();
  await a.getByText("Vue « Écrans » enregistrée.").waitFor();
  await a.goto("/admin/saisines");
  await a.getByRole("navigation", { name: "Vues" }).getByRole("link", { name: "Écrans" }).click();
  await expect
    .poll(() => a.getByRole("searchbox", { name: /^Recherche/ }).inputValue())
    .toBe("écran");
  await a.getByRole("row", { name: new RegExp(first) }).waitFor();
  await noViolations(a, "queue opened from a view");

  // The filtered list as a spreadsheet.
  const download = a.waitForEvent("download");
  await a.getByRole("button", { name: "OpenDocument (ODS)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^saisines-\d{4}-\d{2}-\d{2}\.ods$/);
  await a.getByText(/^Fichier saisines-.*\.ods téléchargé \(\d+ saisines?\)\.$/).waitFor();
  expect(unexpected(errors)).toEqual([]);
}, 180_000);

test("the amendment editor warns before unsaved changes are lost", async () => {
  const { page } = await mutu.newPage();
  await signIn(page, "/admin/connexion", METROPOLE_ADMIN);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Contrats" }).click();
  await page.getByRole("link", { name: /^Ouvrir contrat d'engagement de Pessac/ }).click();
  await page.getByRole("heading", { level: 1, name: /^Contrat d'engagement — Pessac/ }).waitFor();
  await page.getByLabel("Objet de l'avenant").fill("Horaires d'été");
  await page.getByRole("button", { name: "Préparer l'avenant" }).click();
  await page.getByRole("heading", { level: 1, name: /^Avenant n°\s\d+ — Pessac/ }).waitFor();
  // An edit not saved: the editor says so, and leaving asks first.
  const subject = page.getByLabel(/^Objet de l'avenant/);
  await subject.fill("Horaires d'été et d'hiver");
  await page.getByText(/a des modifications non enregistrées/).waitFor();
  await noViolations(page, "amendment editor with unsaved changes");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation").getByRole("link", { name: "Contrats" }).click();
  await expect
    .poll(() => asked)
    .toEqual([
      "Des modifications de l'avenant ne sont pas enregistrées : quitter la page les abandonne. Quitter quand même ?",
    ]);
  // Stayed: the edit is still there.
  expect(await subject.inputValue()).toBe("Horaires d'été et d'hiver");
  await page.getByRole("button", { name: /^Enregistrer\s: numéro et objet/ }).click();
  await page
    .getByText(/Modifications enregistrées/)
    .first()
    .waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Contrats" }).click();
  await page.getByRole("heading", { level: 1, name: "Contrats" }).waitFor();
}, 120_000);

test("an unknown address shows the styled « Page introuvable » with the navigation", async () => {
  const { page } = await mutu.newPage();
  await signIn(page, "/admin/connexion", METROPOLE_ADMIN);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  const response = await page.goto("/admin/nulle-part");
  expect(response?.status()).toBe(404);
  await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Saisines" })
    .waitFor();
  await noViolations(page, "404");
  // A malformed identifier says « introuvable », not « corrigez les champs ».
  await page.goto("/admin/saisines/saisine?id=pas-un-identifiant");
  await page.getByRole("heading", { level: 1, name: "Saisine introuvable" }).waitFor();
  await page.getByText("L'adresse ne désigne aucune saisine. Revenez à la file").waitFor();
  await noViolations(page, "malformed id");
  const commune = await mutu.newPage();
  await signIn(commune.page, "/connexion", BEGLES_DGS);
  await commune.page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  expect((await commune.page.goto("/ailleurs"))?.status()).toBe(404);
  await commune.page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
  await noViolations(commune.page, "404, commune");
});
