/**
 * The 2025 annual report of Bègles in Chromium: the Métropole generates it from the data, writes
 * its appreciation, explains each indicator not measured and sets the 2026 action plan; the
 * commune reviews it; the Métropole validates and sends it; the commune downloads the PDF sent and
 * records its presentation to the council. No axe violation on any page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { noViolations, openFromNav, shot, signIn, unexpected, useMutu } from "./harness.ts";
import { BEGLES_DGS, DIRECTOR } from "./demo-people.ts";

/** The main navigation (the home lists the same pages as cards). */
const uiNav = "Navigation principale";
const mutu = useMutu();

test("the 2025 report of Bègles: generated, reviewed by the commune, validated and sent", async () => {
  const { page: admin, errors } = await mutu.newPage();
  await signIn(admin, "/admin/connexion", DIRECTOR);
  await admin.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  await openFromNav(admin, "Rapports annuels");
  await admin.getByRole("heading", { level: 1, name: "Rapports annuels d'évaluation" }).waitFor();
  await admin.getByRole("link", { name: "2025", exact: true }).click();
  const list = admin.getByRole("table", { name: "Rapports 2025 des communes membres" });
  await list
    .getByRole("row", { name: /Bègles/ })
    .getByText("À générer")
    .waitFor();
  await noViolations(admin, "reports of 2025");
  await shot(admin, "admin-reports");

  await list.getByRole("link", { name: "Bègles" }).click();
  await admin.getByRole("heading", { level: 1, name: "Rapport annuel 2025 — Bègles" }).waitFor();
  await admin.getByRole("button", { name: "Générer le rapport à partir des données" }).click();
  await admin.getByText("Rapport généré à partir des données.").waitFor();
  await admin
    .getByText("La commune relit le rapport : la validation suivra sa relecture.")
    .waitFor();
  await admin.getByRole("table", { name: "Indicateurs du contrat en 2025" }).waitFor();

  // The Métropole's part: its appreciation, each gap explained, one action for 2026.
  const edition = admin.getByRole("region", { name: "Appréciation, plan d'actions et manques" });
  await edition
    .getByRole("textbox", { name: /^Appréciation du service commun/ })
    .fill("Une année de consolidation : le centre d'appel a tenu ses délais.");
  for (const gap of await edition.getByRole("textbox", { name: /^Pourquoi l'indicateur/ }).all())
    await gap.fill("Pas de mesure outillée en 2025 ; la cible sera définie conjointement en 2026.");
  await edition.getByRole("button", { name: "Ajouter une action" }).click();
  await edition
    .getByRole("textbox", { name: /^Action 1/ })
    .fill("Tester le plan de reprise d'activité");
  await edition
    .getByRole("textbox", { name: /^Responsable de l'action 1/ })
    .fill("Direction des infrastructures");
  // A due date outside 2026 is refused, in French, on its field.
  await edition.getByLabel(/^Échéance de l'action 1/).fill("2027-01-15");
  await edition.getByRole("button", { name: "Enregistrer" }).click();
  await admin.getByText("L'échéance d'une action du plan 2026 tombe en 2026.").first().waitFor();
  await edition.getByLabel(/^Échéance de l'action 1/).fill("2026-05-15");
  await edition.getByRole("button", { name: "Enregistrer" }).click();
  await admin.getByText("Rapport enregistré.").waitFor();
  await noViolations(admin, "report draft");
  await shot(admin, "admin-report-draft");

  // The commune reviews it.
  const { page: commune, errors: communeErrors } = await mutu.newPage();
  await signIn(commune, "/connexion", BEGLES_DGS);
  await commune
    .getByRole("navigation", { name: uiNav })
    .getByRole("link", { name: "Rapports annuels" })
    .click();
  await commune.getByRole("heading", { level: 1, name: "Rapports annuels d'évaluation" }).waitFor();
  await commune.getByRole("link", { name: "2025", exact: true }).click();
  await commune.getByRole("heading", { level: 1, name: "Rapport annuel 2025" }).waitFor();
  const review = commune.getByRole("region", { name: "Relecture par la commune" });
  await review.getByRole("button", { name: "Enregistrer la relecture" }).click();
  await commune.getByText("Donnez l'appréciation de la commune sur l'année.").first().waitFor();
  await review
    .getByRole("textbox", { name: /^Appréciation de la commune/ })
    .fill("Des délais tenus ; le plan de reprise reste la priorité de 2026 !");
  await review.getByRole("button", { name: "Enregistrer la relecture" }).click();
  await commune
    .getByText("Relecture enregistrée : le service commun peut valider le rapport.")
    .waitFor();
  await noViolations(commune, "commune report reviewed");
  await shot(commune, "commune-report-reviewed");

  // The Métropole validates and sends it.
  await admin.reload();
  await admin.getByRole("button", { name: "Valider le rapport" }).click();
  await admin.getByText("Rapport validé.", { exact: true }).waitFor();
  await admin.getByRole("button", { name: "Envoyer le rapport à la commune" }).click();
  await admin.getByText("Rapport envoyé : il ne peut plus être modifié.").waitFor();
  await admin.getByText(/^Empreinte SHA-256 du PDF envoyé/).waitFor();
  expect(
    await admin.getByRole("region", { name: "Appréciation, plan d'actions et manques" }).count(),
  ).toBe(0);
  await noViolations(admin, "report sent");
  await shot(admin, "admin-report-sent");

  // The commune downloads the PDF sent and records the council's sitting.
  await commune.reload();
  const [download] = await Promise.all([
    commune.waitForEvent("download"),
    commune.getByRole("button", { name: "Rapport (PDF)" }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), "mutu-report-")), download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe("rapport-annuel-2025-begles.pdf");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(
    /[\u00a0\u202f]/g,
    " ",
  );
  for (const expected of [
    "Rapport annuel d’évaluation",
    "Bègles",
    "Bordeaux Métropole",
    "Plan d’actions 2026",
    "Tester le plan de reprise d’activité",
    "Des délais tenus ; le plan de reprise reste la priorité de 2026 !",
  ])
    expect(text).toContain(expected);
  const council = commune.getByRole("region", { name: "Présentation au conseil municipal" });
  await council.getByRole("button", { name: "Enregistrer la présentation" }).click();
  await commune.getByText("Présentation au conseil municipal enregistrée.").waitFor();
  await noViolations(commune, "commune report presented");
  await shot(commune, "commune-report-presented");

  expect(unexpected(errors)).toEqual([]);
  expect(unexpected(communeErrors)).toEqual([]);
});
