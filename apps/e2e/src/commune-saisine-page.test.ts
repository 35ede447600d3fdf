/**
 * The commune's saisine page (issue 13): on a desktop, the key facts, the actions and the delays
 * stay in the side panel; adding information opens a dialog from there, and its confirmation
 * shows in the panel with the focus kept there — never back at the top of the page. No axe
 * violation.
 */
import { expect, test } from "vitest";
import { noViolations, signIn, unexpected, useMutu } from "./harness.ts";
import { fileBeglesIncident } from "./saisines-pages.ts";
import { BEGLES_DGS } from "./demo-people.ts";
import { WIDE } from "./screens.ts";

const mutu = useMutu();

test("the commune acts from the side panel and reads the confirmation there", async () => {
  const reference = await fileBeglesIncident(mutu, "Vidéoprojecteur de la salle du conseil éteint");
  const { page: c, errors } = await mutu.newPage();
  await c.setViewportSize(WIDE);
  await signIn(c, "/connexion", BEGLES_DGS);
  await c.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await c.goto("/saisines?tri=newest");
  await c.getByRole("link", { name: reference, exact: true }).click();
  await c.getByRole("heading", { level: 1, name: `Saisine ${reference}` }).waitFor();

  const side = c.getByRole("complementary", { name: "L'essentiel de la saisine et les actions" });
  const actions = side.getByRole("region", { name: "Agir sur la saisine" });
  await actions.waitFor();
  await side.getByRole("region", { name: "Délais" }).waitFor();
  // Beside the description on a desktop: two columns.
  const [main, panel] = await Promise.all([
    c.getByRole("region", { name: "Description" }).boundingBox(),
    actions.boundingBox(),
  ]);
  expect(panel && main && panel.x > main.x + main.width).toBe(true);
  await noViolations(c, "commune saisine page, two columns");

  await actions.getByRole("button", { name: "Ajouter une information" }).click();
  const dialog = c.getByRole("dialog", { name: "Ajouter une information" });
  await dialog
    .getByRole("textbox", { name: /^Information à ajouter/ })
    .fill("L'écran reste noir même avec un autre câble HDMI.");
  await noViolations(c, "add information dialog");
  await dialog.getByRole("button", { name: "Ajouter l'information" }).click();
  await side.getByRole("status").filter({ hasText: "Information ajoutée." }).waitFor();
  expect(await dialog.isVisible()).toBe(false);
  expect(await c.evaluate(() => Boolean(document.activeElement?.closest(".saisine-side")))).toBe(
    true,
  );
  await c
    .getByRole("region", { name: "Historique", exact: true })
    .getByText("L'écran reste noir même avec un autre câble HDMI.")
    .waitFor();
  expect(unexpected(errors)).toEqual([]);
});
