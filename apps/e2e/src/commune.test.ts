/** The commune SPA in Chromium: sign in, home, account, sign out — and no axe violation on any page. */
import { expect, test } from "vitest";
import { axeViolations, signIn, useMutu } from "./harness.ts";

const mutu = useMutu();

test("a commune agent signs in, sees their commune and functions, then signs out", async () => {
  const { page, errors } = await mutu.newPage();
  await page.goto("/");
  await page.waitForURL("**/connexion**");
  expect(await axeViolations(page)).toEqual([]);

  await signIn(page, "/connexion", "dgs@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await expect(page.getByText("Bègles").first().isVisible()).resolves.toBe(true);
  // The home is the commune's dashboard.
  await page.getByRole("region", { name: "Saisines en cours" }).waitFor();
  expect(await page.title()).toMatch(/Accueil/);
  expect(await axeViolations(page)).toEqual([]);

  for (const [link, heading] of [
    ["Mon compte", "Mon compte"],
    ["Mon contrat", "Mon contrat"],
    ["Saisines", "Saisines"],
  ] as const) {
    await page.getByRole("navigation").getByRole("link", { name: link }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    expect(await axeViolations(page), `axe on ${heading}`).toEqual([]);
  }
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL("**/connexion**");
  expect(errors).toEqual([]);
});

test("a wrong password is announced in French and the form stays usable", async () => {
  const { page } = await mutu.newPage();
  await signIn(page, "/connexion", "agent@pessac.mutu-demo.fr", "ce-n-est-pas-le-bon");
  await page.getByText("Adresse électronique ou mot de passe incorrect.").first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await signIn(page, "/connexion", "agent@pessac.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
});

test("a page asked before signing in is shown after signing in", async () => {
  const { page } = await mutu.newPage();
  await page.goto("/compte");
  await page.waitForURL("**/connexion**");
  await page.getByLabel("Adresse électronique").fill("referent@bruges.mutu-demo.fr");
  await page.getByLabel("Mot de passe").fill("demo-mutu-2026");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/compte");
});
