/** What the keyboard walks of the amendment editor share: reaching it from the contracts' list. */
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "./harness.ts";
import { expectFocus, pageHeading, signInByKeyboard, tabTo, typeHere } from "./keyboard.ts";
import { METROPOLE_ADMIN } from "./demo-people.ts";

/**
 * Signs the Métropole's administrator in with the keyboard, opens the commune's contract from the
 * list and prepares an amendment of `subject`: the editor's heading has the focus.
 */
export async function openAmendmentEditor(page: Page, commune: string, subject: string) {
  await signInByKeyboard(page, "/admin/connexion", METROPOLE_ADMIN, DEMO_PASSWORD);
  await pageHeading(page, "Tableau de bord").waitFor();
  await page.goto("/admin/contrats");
  await pageHeading(page, "Contrats").waitFor();
  const open = page.getByRole("link", { name: `Ouvrir contrat d'engagement de ${commune}` });
  await tabTo(page, open, "the commune's contract", { max: 80 });
  await page.keyboard.press("Enter");
  await expectFocus(page, pageHeading(page, `Contrat d'engagement — ${commune}`), "contract page");
  await tabTo(page, page.getByLabel("Objet de l'avenant"), "the amendment's subject", { max: 60 });
  await typeHere(page, subject);
  await tabTo(page, page.getByRole("button", { name: "Préparer l'avenant" }), "prepare", {
    max: 3,
  });
  await page.keyboard.press("Enter");
  await expectFocus(
    page,
    pageHeading(page, new RegExp(`^Avenant n°\\s\\d+ — ${commune}$`)),
    "amendment editor: heading",
  );
}
