/**
 * What the saisine pages' browser tests share: what a reference looks like, and the
 * steps they repeat (the checks every page gets are harness.ts's noViolations and unexpected).
 */
import type { Page } from "playwright-core";
import { type Mutu, signIn } from "./harness.ts";
import { BEGLES_DGS } from "./demo-people.ts";

export const REFERENCE = /^BEG-\d{4}-\d{6}$/;

/** The ISO instant of the `<time>` in the description of a term of a description list. */
export async function instantOf(page: Page, scope: string, term: string) {
  return page.locator(`${scope} dt:text-is("${term}") + dd time`).first().getAttribute("datetime");
}

export async function openSaisineInAdmin(page: Page, reference: string) {
  await page.goto(`/admin/saisines?q=${reference}`);
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await page.getByRole("link", { name: reference, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();
}

/** Files a non-blocking incident on the Bègles portal, in a page of its own; returns its reference. */
export async function fileBeglesIncident(mutu: Pick<Mutu, "newPage">, title: string) {
  const { page } = await mutu.newPage();
  await signIn(page, "/connexion", BEGLES_DGS);
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await page.goto("/saisines/nouvelle");
  await page.getByRole("radio", { name: "Incident", exact: true }).check();
  await page.getByRole("radio", { name: /^C\. / }).check();
  await page.getByRole("radio", { name: "Non bloquant", exact: true }).check();
  await page.getByRole("textbox", { name: /^Objet/ }).fill(title);
  await page.getByRole("button", { name: "Déposer la saisine" }).click();
  const filed = page.getByRole("region", { name: /^Saisine déposée\s: BEG-/ });
  await filed.waitFor();
  const heading = (await filed.getByRole("heading").textContent()) ?? "";
  await page.context().close();
  return heading.replace("Saisine déposée : ", "");
}
