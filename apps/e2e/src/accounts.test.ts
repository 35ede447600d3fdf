/**
 * Accounts in Chromium, against mutu with a real SMTP server and a real OpenID Connect provider
 * beside it: changing one's password in « Mon compte » (both spaces), resetting a forgotten one from
 * the link received by email, and signing in with the organisation's identity. No axe violation on
 * any page; screenshots at 1366 and 390 px wide in MUTU_SHOTS, when set.
 */
import { OIDC_CLIENT, startIdentityProvider, startMailServer } from "@mutu/api-server/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations, DEMO_PASSWORD, freePort, shot, signIn, startMutu } from "./harness.ts";

const NEW_PASSWORD = "girafe parapluie tonnerre violon";
let mutu: Awaited<ReturnType<typeof startMutu>>;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let idp: Awaited<ReturnType<typeof startIdentityProvider>>;

beforeAll(async () => {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  mail = await startMailServer();
  idp = await startIdentityProvider(`${baseUrl}/auth/oidc/callback`, {
    "c.martin": { email: "agent@pessac.mutu-demo.fr", emailVerified: true },
  });
  mutu = await startMutu({
    PORT: String(port),
    MUTU_PUBLIC_URL: baseUrl,
    MUTU_SMTP_URL: mail.url,
    MUTU_MAIL_FROM: "mutu <mutu@mutu.test>",
    MUTU_OIDC_ISSUER: idp.issuer,
    MUTU_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    MUTU_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    MUTU_OIDC_LABEL: "ProConnect",
  });
});
afterAll(async () => {
  await mutu?.stop();
  await idp?.close();
  await mail?.close();
});

async function chooseNewPassword(page: Page, label: string) {
  const field = page.getByLabel(label);
  await field.fill("motdepasse123");
  await page.getByText("Ce mot de passe est trop facile à deviner.").waitFor();
  await field.fill(NEW_PASSWORD);
  await page.getByText("Ce mot de passe convient.").waitFor();
}

test("a commune agent changes their password in « Mon compte »", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/connexion", "referent@begles.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Mon compte" }).click();
  await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
  await page.getByLabel("Mot de passe actuel").fill(DEMO_PASSWORD);
  await chooseNewPassword(page, "Nouveau mot de passe");
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "mon-compte-commune");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await page
    .getByText("Votre mot de passe est changé. Vos autres sessions ont été fermées.")
    .waitFor();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await signIn(page, "/connexion", "referent@begles.mutu-demo.fr", NEW_PASSWORD);
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  expect(errors).toEqual([]);
});

test("an administrator's wrong current password is refused in French, in the admin space", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "dpo@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Mon compte" }).click();
  await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
  await page.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
  await chooseNewPassword(page, "Nouveau mot de passe");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await page.getByRole("link", { name: "Mot de passe actuel incorrect." }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "mon-compte-admin-refus");
  // The refusal provoked on purpose is the only failed call.
  expect(errors.filter((e) => !e.includes("status of 400"))).toEqual([]);
});

test("a forgotten password is reset from the link received by email", async () => {
  const { page, errors } = await mutu.newPage();
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await page.getByRole("heading", { level: 1, name: "Mot de passe oublié" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "mot-de-passe-oublie");
  await page.getByLabel("Adresse électronique").fill("dgs@merignac.mutu-demo.fr");
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await page.getByText(/Si un compte mutu utilise cette adresse/).waitFor();
  await shot(page, "mot-de-passe-oublie-envoye");
  // The email arrives at once (the outbox is woken); its link opens the page to choose.
  let link: string | undefined;
  for (let i = 0; i < 50 && !link; i++) {
    link = mail.received
      .find((r) => r.rcptTo.includes("dgs@merignac.mutu-demo.fr"))
      ?.mail.text?.match(/https?:\/\/\S+/)?.[0];
    if (!link) await new Promise((r) => setTimeout(r, 100));
  }
  expect(link).toMatch(/\/mot-de-passe\/nouveau#jeton=/);
  await page.goto(link ?? "");
  await page.getByRole("heading", { level: 1, name: "Choisir un nouveau mot de passe" }).waitFor();
  expect(page.url()).not.toContain("jeton"); // taken out of the address bar at once
  await chooseNewPassword(page, "Nouveau mot de passe");
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "nouveau-mot-de-passe");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await page.getByText(/Votre nouveau mot de passe est enregistré et vous êtes connecté/).waitFor();
  await page.getByRole("link", { name: "Aller à l'accueil" }).click();
  await page.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
  expect(errors).toEqual([]);
});

test("an agent signs in with their organisation's identity", async () => {
  const { page, errors } = await mutu.newPage();
  await page.goto("/saisines");
  await page.waitForURL("**/connexion**");
  const button = page.getByRole("link", { name: "Se connecter avec ProConnect" });
  await button.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "connexion-avec-sso");
  await button.click();
  await page.getByLabel("Identifiant").fill("c.martin");
  await page.getByRole("button", { name: "S'identifier" }).click();
  await page.getByRole("heading", { level: 1, name: "Saisines" }).waitFor();
  await page.getByRole("navigation").getByRole("link", { name: "Mon compte" }).click();
  await page.getByText("agent@pessac.mutu-demo.fr").waitFor();
  expect(errors, errors.join("\n")).toEqual([]);
});

test("deactivating someone who created API tokens asks what becomes of them", async () => {
  const { page, errors } = await mutu.newPage();
  await signIn(page, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr");
  await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  // A colleague with a token of their own, made through the API as another tool would.
  const call = async (path: string, input: unknown, request = page.request) => {
    const res = await request.post(`/trpc/${path}`, {
      data: input,
      headers: { origin: new URL(page.url()).origin },
    });
    return ((await res.json()) as { result: { data: unknown } }).result.data;
  };
  const fns = (await (await page.request.get("/trpc/people.functions")).json()) as {
    result: { data: { id: string; code: string }[] };
  };
  const administrator = fns.result.data.find((f) => f.code === "administrator")?.id;
  const orgs = (await (await page.request.get("/trpc/organisations.list")).json()) as {
    result: { data: { id: string; slug: string }[] };
  };
  const metropole = orgs.result.data.find((o) => o.slug === "bordeaux-metropole")?.id;
  await call("people.create", {
    orgId: metropole,
    displayName: "Claire Partante",
    email: "claire.partante@bordeaux-metropole.mutu-demo.fr",
    password: NEW_PASSWORD,
    functionIds: [administrator],
  });
  const other = await mutu.newPage();
  await signIn(
    other.page,
    "/admin/connexion",
    "claire.partante@bordeaux-metropole.mutu-demo.fr",
    NEW_PASSWORD,
  );
  await other.page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await call(
    "tokens.create",
    { orgId: metropole, name: "Téléphonie", permissions: ["org.read"], expiresInDays: 30 },
    other.page.request,
  );

  await page.goto("/admin/personnes?q=Claire+Partante");
  await page.getByRole("button", { name: "Désactiver Claire Partante" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText("Cette personne a créé un jeton d'API encore valide").waitFor();
  await dialog.getByLabel("Le confier à une autre personne, qui en répondra").check();
  await dialog
    .getByLabel("Personne à qui confier le jeton")
    // The first colleague offered (the demo's names are drawn, not fixed).
    .selectOption({ index: 1 });
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "desactivation-jetons", false);
  await dialog.getByRole("button", { name: "Désactiver" }).click();
  await page.getByText("Le compte de Claire Partante est désactivé").waitFor();
  expect(errors).toEqual([]);
});
