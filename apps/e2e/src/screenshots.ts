/**
 * `pnpm screenshots`: every page of both SPAs, as a person of each side sees it, at 1366 and
 * 390 px wide, in Debian's Chromium, saved as full-page PNGs under apps/e2e/screenshots/ (or
 * MUTU_SCREENSHOTS_DIR). Pages reached through a list (a saisine, a contract…) are opened by
 * following the list's first link. Each page is also checked for what a person must never see:
 * sideways scrolling, the text's problems (`page-text.ts`: an internal identifier, « undefined »…),
 * a select cutting the option it shows. `MUTU_SCREENSHOTS_ONLY` names the pages to capture (all by default). Build first:
 * `pnpm turbo run build --filter=@mutu/api-server --filter=@mutu/commune --filter=@mutu/admin`.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { startMutu } from "./mutu.ts";
import { textProblems } from "./page-text.ts";

const OUT =
  process.env.MUTU_SCREENSHOTS_DIR ?? fileURLToPath(new URL("../screenshots", import.meta.url));
const WIDTHS = [1366, 390] as const;
/** To look at a few pages while working on them: MUTU_SCREENSHOTS_ONLY=saisine,notifications. */
const ONLY = process.env.MUTU_SCREENSHOTS_ONLY?.split(",") ?? null;
const PASSWORD = "demo-mutu-2026";

/**
 * A page to capture: a path, or the first link matching each of `follow` in turn; `act` does
 * what the page needs first (an amendment to prepare…).
 */
type Shot = {
  name: string;
  path: string;
  follow?: string[];
  act?: (page: Page) => Promise<void>;
  public?: boolean;
};

/** An amendment in preparation, from the first contract's page: the editor opens on it. */
async function prepareAmendment(page: Page) {
  const draft = page.locator("a[href*='/contrats/avenant?']").first();
  if ((await draft.count()) > 0) return draft.click();
  await page.getByLabel("Objet de l'avenant").fill("Horaires d'été");
  await page.getByRole("button", { name: "Préparer l'avenant" }).click();
  await page.waitForURL(/\/contrats\/avenant\?/);
}

const admin: Shot[] = [
  { name: "connexion", path: "/admin/connexion", public: true },
  { name: "mot-de-passe", path: "/admin/mot-de-passe", public: true },
  { name: "mot-de-passe-nouveau", path: "/admin/mot-de-passe/nouveau#jeton=perime", public: true },
  { name: "tableau-de-bord", path: "/admin/" },
  { name: "notifications", path: "/admin/notifications" },
  { name: "organisations", path: "/admin/organisations" },
  { name: "personnes", path: "/admin/personnes" },
  { name: "jetons", path: "/admin/jetons" },
  { name: "journal", path: "/admin/journal" },
  { name: "contrats", path: "/admin/contrats" },
  { name: "contrat", path: "/admin/contrats", follow: ["a[href*='/contrats/contrat?id=']"] },
  {
    name: "avenant",
    path: "/admin/contrats",
    follow: ["a[href*='/contrats/contrat?id=']"],
    act: prepareAmendment,
  },
  { name: "adhesions", path: "/admin/adhesions" },
  { name: "saisines", path: "/admin/saisines" },
  { name: "saisines-toutes", path: "/admin/saisines?statut=toutes&tri=-created" },
  { name: "saisine", path: "/admin/saisines", follow: ["a[href*='/saisines/saisine?id=']"] },
  { name: "saisine-enregistrer", path: "/admin/saisines/enregistrer" },
  { name: "arbitrages", path: "/admin/saisines/arbitrages" },
  { name: "bilan", path: "/admin/saisines/bilan" },
  { name: "suivi-communes", path: "/admin/tableau-de-bord" },
  { name: "indicateurs", path: "/admin/indicateurs" },
  { name: "gouvernance", path: "/admin/gouvernance" },
  { name: "projets", path: "/admin/projets" },
  { name: "rapports", path: "/admin/rapports" },
  { name: "rgpd", path: "/admin/rgpd" },
  { name: "compte", path: "/admin/compte" },
  { name: "introuvable", path: "/admin/nulle-part" },
  { name: "saisine-introuvable", path: "/admin/saisines/saisine?id=abc" },
];

/** A convention's operator (Redon Agglomération): its members and one of them. */
const conventionAdmin: Shot[] = [
  { name: "adhesions", path: "/admin/adhesions" },
  { name: "adhesion", path: "/admin/adhesions", follow: ["a[href*='/adhesions/adhesion?']"] },
];

const commune: Shot[] = [
  { name: "connexion", path: "/connexion", public: true },
  { name: "mot-de-passe", path: "/mot-de-passe", public: true },
  { name: "mot-de-passe-nouveau", path: "/mot-de-passe/nouveau#jeton=perime", public: true },
  { name: "accueil", path: "/" },
  { name: "notifications", path: "/notifications" },
  { name: "contrat", path: "/contrat" },
  { name: "contrat-comparer", path: "/contrat/comparer" },
  { name: "indicateurs", path: "/indicateurs" },
  { name: "saisines", path: "/saisines" },
  { name: "saisine", path: "/saisines", follow: ["a[href*='/saisines/saisine?id=']"] },
  { name: "saisine-nouvelle", path: "/saisines/nouvelle" },
  { name: "bilan", path: "/saisines/bilan" },
  { name: "gouvernance", path: "/gouvernance" },
  { name: "reunion", path: "/gouvernance", follow: ["a[href*='/gouvernance/reunion?']"] },
  { name: "projets", path: "/projets" },
  { name: "projet-nouveau", path: "/projets/nouveau" },
  { name: "rapports", path: "/rapports" },
  { name: "rgpd", path: "/rgpd" },
  { name: "compte", path: "/compte" },
  { name: "introuvable", path: "/nulle-part" },
];

type Finding = { shot: string; problem: string };

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page
    .waitForFunction(() => !document.querySelector(".loading"), undefined, { timeout: 10_000 })
    .catch(() => {});
}

async function capture(page: Page, space: string, shot: Shot, width: number, found: Finding[]) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(shot.path);
  await settle(page);
  for (const selector of shot.follow ?? []) {
    const link = page.locator(selector).first();
    if ((await link.count()) === 0) {
      found.push({ shot: `${space}/${shot.name}`, problem: `aucun lien ${selector}` });
      return;
    }
    await link.click();
    await settle(page);
  }
  if (shot.act) {
    await shot.act(page);
    await settle(page);
  }
  const file = join(OUT, `${space}-${shot.name}-${width}.png`);
  // As tall as the page: a panel that stays in view (a saisine's) is shown whole.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.max(900, height) });
  await page.screenshot({ path: file, fullPage: true });
  const facts = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    // What is shown, not what the DOM holds (hidden text is no one's concern here).
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point
    text: document.body.innerText,
    // A select narrower than the option it shows cuts its words (« Registre des traitement »).
    cutSelects: Array.from(document.querySelectorAll("select")).flatMap((select) => {
      const chosen = select.selectedOptions[0]?.text ?? "";
      if (!chosen || select.offsetParent === null) return [];
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d");
      if (!context) return [];
      context.font = style.font;
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      // The arrow takes about 1.25rem of the room Chromium gives the text.
      return context.measureText(chosen).width > room - 20 ? [chosen] : [];
    }),
  }));
  const where = `${space}/${shot.name} à ${width} px`;
  if (facts.overflow > 1)
    found.push({ shot: where, problem: `défile de côté (${facts.overflow} px)` });
  for (const problem of textProblems(facts.text)) found.push({ shot: where, problem });
  for (const chosen of facts.cutSelects)
    found.push({ shot: where, problem: `liste de choix coupée : « ${chosen} »` });
}

async function signIn(page: Page, path: string, email: string) {
  await page.goto(path);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/connexion"));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const mutu = await startMutu();
const found: Finding[] = [];
let count = 0;
try {
  for (const [space, shots, home, email] of [
    ["admin", admin, "/admin/connexion", "admin@bordeaux-metropole.mutu-demo.fr"],
    ["admin-redon", conventionAdmin, "/admin/connexion", "admin@redon-agglomeration.mutu-demo.fr"],
    ["commune", commune, "/connexion", "dgs@begles.mutu-demo.fr"],
  ] as const) {
    for (const width of WIDTHS) {
      const { page } = await mutu.newPage();
      for (const shot of shots.filter((s) => s.public)) {
        await capture(page, space, shot, width, found);
        count++;
      }
      await signIn(page, home, email);
      for (const shot of shots.filter((s) => !s.public && (!ONLY || ONLY.includes(s.name)))) {
        await capture(page, space, shot, width, found);
        count++;
      }
      await page.context().close();
    }
  }
} finally {
  await mutu.stop();
}
console.log(`${count} captures dans ${OUT}`);
for (const f of found) console.log(`  ⚠ ${f.shot} : ${f.problem}`);
if (found.length) process.exitCode = 1;
