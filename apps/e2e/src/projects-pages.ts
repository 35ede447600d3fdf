/** What the projects' browser tests share: a fiche projet's headings (annex 3 of seed 002), each with its text. */
import { DEMO_FICHE } from "@mutu/db/seed";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { DEMO_PASSWORD, type Mutu, signIn } from "./harness.ts";
import { arrowUntil, expectFocus, pageHeading, signInByKeyboard, tabTo } from "./keyboard.ts";
import { METROPOLE_ADMIN, PROJECT_OWNER } from "./demo-people.ts";

export const FICHE: [RegExp, string][] = [
  [/^Origine de la demande/, "Logiciel de restauration scolaire en fin de support."],
  [/^Le demandeur/, "Le service enfance, avec l'accord de l'élue déléguée."],
  [/^Les enjeux/, "Inscriptions en ligne pour les familles."],
  [/^La nature du projet/, "Projet isolé, formation des agents d'accueil."],
  [/^La description du projet/, "Portail famille et gestion de la restauration."],
  [/^Planification du projet/, "Mise en service à la rentrée de septembre."],
  [/^Enveloppe financière/, "40 000 € inscrits au PPI."],
  [/^Objectifs attendus/, "Inscription en ligne, traçabilité des paiements."],
  [/^Contraintes/, "Règlement intérieur de la restauration."],
  [/^Conditions de réussite/, "Un référent métier un jour par semaine."],
  [/^Indicateurs de suivi du projet/, "Part des inscriptions faites en ligne."],
];

/** Signs the Métropole's admin in by keyboard and shows `commune`'s projects (chosen by arrows). */
export async function showCommuneProjects(page: Page, commune: string) {
  await signInByKeyboard(page, "/admin/connexion", METROPOLE_ADMIN, DEMO_PASSWORD);
  await pageHeading(page, "Tableau de bord").waitFor();
  await page.goto("/admin/projets");
  await pageHeading(page, "Projets des communes").waitFor();
  const select = page.getByLabel("Commune");
  await tabTo(page, select, "projects: the commune", { max: 60 });
  await arrowUntil(
    page,
    () =>
      select.evaluate((s: HTMLSelectElement, name) => s.selectedOptions[0]?.text === name, commune),
    `commune: ${commune}`,
    { max: 40 },
  );
  const show = page
    .getByRole("form", { name: "Projets à afficher" })
    .getByRole("button", { name: "Afficher" });
  await tabTo(page, show, "projects: Afficher", { max: 4 });
  await page.keyboard.press("Enter");
  await expectFocus(page, show, "shown: the focus stays on « Afficher »");
}

/** `commune`'s project `title` opened from the list with the keyboard: its heading has the focus. */
export async function openProjectByKeyboard(page: Page, commune: string, title: string) {
  await showCommuneProjects(page, commune);
  await tabTo(page, page.getByRole("link", { name: title }), "the project", { max: 60 });
  await page.keyboard.press("Enter");
  await expectFocus(page, pageHeading(page, title), "the project's page");
}

/**
 * A Bègles project filed by its project owner and studied by the Métropole (no personal data: no
 * DPO's opinion awaited), through the API as the SPAs call it: ready for the committee's decision.
 */
export async function studiedBeglesProject(mutu: Pick<Mutu, "newPage">, title: string) {
  const call = async (page: Page, path: string, input: unknown) => {
    const res = await page.request.post(`/trpc/${path}`, {
      data: input,
      headers: { origin: new URL(page.url()).origin },
    });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
    return ((await res.json()) as { result: { data: { id: string } } }).result.data;
  };
  const owner = await mutu.newPage();
  await signIn(owner.page, "/connexion", PROJECT_OWNER);
  await owner.page.getByRole("button", { name: "Se déconnecter" }).waitFor();
  const filed = await call(owner.page, "projects.file", {
    title,
    scope: "communal",
    fiche: DEMO_FICHE,
  });
  await owner.page.context().close();
  const metropole = await mutu.newPage();
  await signIn(metropole.page, "/admin/connexion", METROPOLE_ADMIN);
  await pageHeading(metropole.page, "Tableau de bord").waitFor();
  await call(metropole.page, "projects.study", {
    projectId: filed.id,
    coveredByExisting: false,
    sharedNeed: false,
    scope: "communal",
    personalData: false,
    estimatedDays: 20,
    proposedYear: new Date().getFullYear() + 1,
    conclusion: "Aucune solution du portefeuille ne couvre le besoin.",
  });
  await metropole.page.context().close();
  return filed.id;
}
