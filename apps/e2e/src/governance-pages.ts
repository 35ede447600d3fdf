/** What the governance browser tests share: Bègles' calendar, opened by the Métropole's administrator. */
import type { Page } from "playwright-core";
import { signIn } from "./harness.ts";
import { METROPOLE_ADMIN } from "./demo-people.ts";

/**
 * Signs the Métropole's administrator in, opens « Gouvernance » from the navigation and shows
 * Bègles' calendar for `year` (this year's by default).
 */
export async function openBeglesCalendar(page: Page, year?: number) {
  await signIn(page, "/admin/connexion", METROPOLE_ADMIN);
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Gouvernance" }).click();
  await page.getByLabel("Commune").selectOption({ label: "Bègles" });
  if (year !== undefined)
    await page.getByLabel("Année", { exact: true }).selectOption(String(year));
  await page
    .getByRole("form", { name: "Calendrier à afficher" })
    .getByRole("button", { name: "Afficher" })
    .click();
}
