/**
 * A bad filing in Chromium: missing choices, a refused file and the API's invalid fields are said
 * in French, field by field, with a summary whose links lead to the fields. No axe violation.
 */
import { expect, test } from "vitest";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";

const mutu = useMutu();

test("a filing with missing choices, a refused file and invalid fields is refused in French, field by field", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/connexion", "agent@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await page.goto("/saisines/nouvelle");
  await page.getByRole("heading", { level: 1, name: "Nouvelle saisine" }).waitFor();
  // The limits are said before anything is chosen.
  await page.getByText(/PDF, PNG, JPEG.*10 Mo au plus par fichier, 10 fichiers au plus/).waitFor();

  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "La saisine n'a pas été déposée" });
  await summary
    .getByRole("link", { name: /Type de saisine\s: Choisissez le type de saisine\./ })
    .waitFor();
  await summary
    .getByRole("link", { name: /Sous-domaine concerné\s: Choisissez le sous-domaine/ })
    .waitFor();
  await summary.getByRole("link", { name: /Criticité\s: Choisissez la criticité\./ }).waitFor();
  await noViolations(page, "form with missing choices");

  // A disguised executable is refused before anything is sent.
  await page.getByRole("radio", { name: "Demande", exact: true }).check();
  await page.getByRole("radio", { name: /^C\. / }).check();
  await page.getByRole("radio", { name: "Bloquant", exact: true }).check();
  const files = page.getByLabel(/^Pièces jointes/);
  await files.setInputFiles({
    name: "facture.pdf.exe",
    mimeType: "application/x-msdownload",
    buffer: Buffer.from("MZ"),
  });
  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  await summary.getByText(/facture\.pdf\.exe.*double extension/).waitFor();
  await noViolations(page, "form with a refused file");

  // The API's own checks: too short a title, a resident without a usable contact.
  await files.setInputFiles([]);
  await page.getByRole("textbox", { name: /^Objet/ }).fill("ab");
  await page.getByRole("radio", { name: "Pour un administré qui a saisi la commune" }).check();
  await page.getByRole("textbox", { name: /^Nom de l'administré/ }).fill("J");
  await page.getByRole("textbox", { name: /^Un moyen de le joindre/ }).fill("pas de téléphone");
  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  await summary
    .getByRole("link", { name: /Objet\s: L'objet doit compter 3 caractères au moins\./ })
    .waitFor();
  await summary.getByRole("link", { name: /Nom de l'administré\s: Indiquez le nom/ }).waitFor();
  await summary
    .getByRole("link", { name: /Un moyen de le joindre\s: Indiquez une adresse électronique/ })
    .waitFor();
  await expect(
    page.getByRole("textbox", { name: /^Objet/ }).getAttribute("aria-invalid"),
  ).resolves.toBe("true");
  await noViolations(page, "form with the API's field errors");

  // The summary's links take the reader to the field.
  await summary.getByRole("link", { name: /^Objet\s:/ }).click();
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("saisine-objet");
  expect(unexpected(errors)).toEqual([]);
}, 120_000);
