/**
 * The session's end announced ahead of time (WCAG 2.2.1, RGAA 13.1). The browser's clock is faked
 * and pushed forward; the server keeps its real clock, so these tests check what the browser does:
 * the warning, the extending call, the sign-out when the time is up.
 */
import { expect, test } from "vitest";
import { axeViolations, signIn, useMutu } from "./harness.ts";

const mutu = useMutu();

const title = "Votre session va bientôt expirer";

async function signedInOnAccount() {
  const { page, errors } = await mutu.newPage();
  await page.clock.install();
  await page.goto("/compte?onglet=1");
  await page.waitForURL("**/connexion**");
  await signIn(page, page.url(), "dgs@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
  return { page, errors };
}

test("two minutes before the idle end, a dialog offers to stay signed in", async () => {
  const { page, errors } = await signedInOnAccount();
  const saisines = page.getByRole("navigation").getByRole("link", { name: "Saisines" });
  await saisines.focus();

  // The last call was a moment ago: the session ends 29 minutes after it (one minute of margin).
  await page.clock.fastForward("20:00");
  expect(await page.getByRole("dialog").count()).toBe(0);
  await page.clock.fastForward("07:10");
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  await dialog
    .getByText("Sans action de votre part, vous serez déconnecté dans 2 minutes.")
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.clock.fastForward("01:00");
  await dialog
    .getByText("Sans action de votre part, vous serez déconnecté dans 1 minute.")
    .waitFor();

  await dialog.getByRole("button", { name: "Rester connecté" }).click();
  await dialog.waitFor({ state: "hidden" });
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Saisines");

  // The call counted as activity: no warning for another 27 minutes, and the API still answers.
  await page.clock.fastForward("20:00");
  expect(await page.getByRole("dialog").count()).toBe(0);
  // Échap shows the person is there too: it extends the session as well.
  await page.clock.fastForward("07:10");
  await dialog.waitFor();
  const extended = page.waitForResponse((r) => r.url().includes("auth.me") && r.ok());
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  await extended;
  await page.clock.fastForward("20:00");
  expect(await page.getByRole("dialog").count()).toBe(0);
  await saisines.click();
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/saisines");
  expect(errors).toEqual([]);
});

test("when the time is up, the person is signed out and brought back after signing in", async () => {
  const { page, errors } = await signedInOnAccount();
  await page.clock.fastForward("27:10");
  await page.getByRole("dialog", { name: title }).waitFor();
  await page.clock.fastForward("02:00");

  await page.waitForURL("**/connexion?retour=**");
  await page.getByText("Votre session a expiré : reconnectez-vous pour continuer.").waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const expiredUrl = page.url();
  expect(new URL(expiredUrl).searchParams.get("retour")).toBe("/compte?onglet=1");

  // The session was closed on the server too.
  await page.goto("/");
  await page.waitForURL("**/connexion**");
  await signIn(page, expiredUrl, "dgs@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
  expect(new URL(page.url()).search).toBe("?onglet=1");
  expect(errors).toEqual([]);
});

test("before the 12-hour limit, the dialog says the session cannot be extended", async () => {
  const { page, errors } = await signedInOnAccount();
  // Pretend the sign-in happened 11 h 57 min ago (the browser's record of it).
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem("mutu.session") ?? "{}");
    stored.signedInAt = Date.now() - (11 * 60 + 57) * 60_000;
    localStorage.setItem("mutu.session", JSON.stringify(stored));
  });
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();

  await page.clock.fastForward("01:10");
  const dialog = page.getByRole("dialog", { name: title });
  await dialog
    .getByText(
      "Pour des raisons de sécurité, une session dure au plus 12 heures : enregistrez votre travail, puis reconnectez-vous.",
    )
    .waitFor();
  await dialog.getByText("Vous serez déconnecté dans 2 minutes.").waitFor();
  expect(await dialog.getByRole("button", { name: "Rester connecté" }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByRole("button", { name: "OK" }).click();
  await dialog.waitFor({ state: "hidden" });
  await page.clock.fastForward("02:00");
  await page.waitForURL("**/connexion?retour=**");
  await page.getByText("Votre session a expiré : reconnectez-vous pour continuer.").waitFor();
  expect(errors).toEqual([]);
});
