/**
 * The RGPD registers in Chromium, end to end: a Bègles DPO records a processing and asks the DPO's
 * opinion, which the Métropole's DPO gives with a reservation; it is then put in force. An incident
 * filed by Bègles becomes a breach the RSSI opens from it, notifies late — refused until its reasons
 * are given — after the commune's services are consulted. A request is extended and answered after
 * consulting the commune. An erasure waits for the commune's confirmation. A new version of a shared
 * processing waits for each commune's decision, saying what it would change. No axe violation on any
 * page, forms and refusals included.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { noViolations, parisWallClock, signIn, unexpected, useMutu } from "./harness.ts";
import { BEGLES_DPO, METROPOLE_DPO, RSSI } from "./demo-people.ts";

const mutu = useMutu();

/** The request's answer recorded as satisfied, through its dialog (sent, not yet confirmed). */
async function answerSatisfied(page: Page) {
  await page.getByRole("button", { name: "Consigner la réponse" }).click();
  await page.getByRole("radio", { name: "Satisfaite", exact: true }).check();
  await page
    .getByRole("textbox", { name: /^Réponse faite à la personne/ })
    .fill("Copie des données transmise par courriel sécurisé.");
  await page.getByRole("button", { name: "Consigner la réponse", exact: true }).last().click();
}
const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name }).waitFor();

/** The Paris wall clock `hours` before now, as a datetime-local field takes it. */
function parisLocal(hoursAgo: number) {
  const { day, time } = parisWallClock(new Date(Date.now() - hoursAgo * 3_600_000));
  return `${day}T${time}`;
}

test("a commune's DPO records a processing and asks an opinion; the Métropole's DPO gives it", async () => {
  const { page: c, errors } = await mutu.newPage();
  await signIn(c, "/connexion", BEGLES_DPO);
  await heading(c, "Accueil");
  await c.getByRole("navigation").getByRole("link", { name: "RGPD" }).click();
  await heading(c, "RGPD — Bègles");
  await noViolations(c, "commune RGPD home");
  await c.getByRole("link", { name: "Registre des traitements" }).first().click();
  await heading(c, "Registre des traitements");
  await noViolations(c, "register");
  await c.getByRole("link", { name: "Inscrire un traitement" }).click();
  await heading(c, "Inscrire un traitement");

  // Sent empty: every missing field is named, nothing is written.
  await c.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  const summary = c.getByRole("alert").filter({ hasText: "La fiche n'a pas été enregistrée" });
  await summary.waitFor();
  await summary.getByRole("link", { name: /Nom du traitement/ }).waitFor();
  await noViolations(c, "processing form, refused");

  await c
    .getByRole("textbox", { name: /^Nom du traitement/ })
    .fill("Portail des démarches en ligne");
  await c
    .getByRole("textbox", { name: "Service qui le met en œuvre" })
    .fill("Relation aux usagers");
  await c.getByRole("radio", { name: /saisine directe du DPO/ }).check();
  await c
    .getByRole("textbox", { name: /^Finalité/ })
    .fill("Recevoir et suivre les démarches des usagers");
  await c.getByRole("radio", { name: /^Mission d'intérêt public/ }).check();
  await c.getByRole("textbox", { name: /^Catégorie de personnes 1/ }).fill("Usagers");
  await c
    .getByRole("textbox", { name: /^Catégorie/, exact: false })
    .nth(1)
    .fill("Identité, coordonnées");
  // A sensitive category asks for its Art. 9 condition.
  await c.getByRole("checkbox", { name: "Donnée sensible (art. 9)" }).check();
  await c.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await c
    .getByText(
      "Donnée sensible : indiquez la condition de l'article 9 qui en permet le traitement.",
    )
    .first()
    .waitFor();
  await c.getByRole("checkbox", { name: "Donnée sensible (art. 9)" }).uncheck();
  await c.getByRole("textbox", { name: /^Données concernées/ }).fill("Dossiers des démarches");
  await c.getByRole("textbox", { name: /^Durée \(en mois\)/ }).fill("36");
  await c.getByRole("textbox", { name: /^À compter de/ }).fill("clôture de la démarche");
  await c
    .getByRole("group", { name: /^À la fin de la durée/ })
    .getByRole("radio", { name: /^Effacement/ })
    .check();
  await c.getByRole("checkbox", { name: /Contrôle d'accès/ }).check();
  await noViolations(c, "processing form, filled");
  await c.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await heading(c, /— Portail des démarches en ligne$/);
  await c.getByText(/inscrit au registre, en brouillon/).waitFor();
  await c
    .getByText(
      "Le DPO n'a pas rendu d'avis sur cette version du traitement : demandez-le avant la mise en œuvre.",
    )
    .waitFor();
  const recordUrl = new URL(c.url());

  await c.getByRole("button", { name: "Demander l'avis du DPO" }).click();
  await c
    .getByRole("textbox", { name: "Message au DPO" })
    .fill("Ouverture prévue au 1er du mois prochain.");
  await c.getByRole("button", { name: "Demander l'avis", exact: true }).click();
  await c.getByText("Avis demandé au DPO.").waitFor();
  await c.getByText("En attente de l'avis du DPO").first().waitFor();
  await noViolations(c, "processing awaiting opinion");

  // The Métropole's DPO (shared with Bègles) gives the opinion, with a reservation.
  const { page: a, errors: adminErrors } = await mutu.newPage();
  await signIn(a, "/admin/connexion", METROPOLE_DPO);
  await heading(a, "Tableau de bord");
  await a.goto(`/admin/rgpd/traitements/traitement${recordUrl.search}`);
  await heading(a, /— Portail des démarches en ligne$/);
  await a.getByRole("button", { name: "Rendre l'avis" }).click();
  await a.getByRole("radio", { name: "Favorable avec réserves" }).check();
  await a.getByRole("button", { name: "Rendre l'avis", exact: true }).last().click();
  await a.getByText("Rédigez la réserve ou retirez-la.").first().waitFor();
  await a
    .getByRole("textbox", { name: "Réserve 1" })
    .fill("Journaliser les accès des agents aux dossiers");
  await noViolations(a, "opinion form");
  await a.getByRole("button", { name: "Rendre l'avis", exact: true }).last().click();
  await a.getByText("Avis enregistré.").waitFor();
  await a.getByRole("heading", { name: "Favorable avec réserves" }).waitFor();

  // Back at Bègles: the opinion is kept, the processing can be put in force.
  await c.reload();
  await c.getByRole("heading", { name: "Favorable avec réserves" }).waitFor();
  await c.getByText("Journaliser les accès des agents aux dossiers").first().waitFor();
  await c.getByRole("button", { name: "Mettre en œuvre" }).click();
  await c.getByRole("button", { name: "Mettre en œuvre" }).last().click();
  await c.getByText("Traitement mis en œuvre.").waitFor();
  await c.getByText("En vigueur").first().waitFor();
  await c
    .getByRole("table", { name: "Opérations de fin de conservation" })
    .getByText("Dossiers des démarches")
    .waitFor();
  await noViolations(c, "processing in force");
  expect(unexpected(errors)).toEqual([]);
  expect(unexpected(adminErrors)).toEqual([]);
});

test("a breach opened from an incident, notified late with its reasons after consulting the commune", async () => {
  const { page: c } = await mutu.newPage();
  await signIn(c, "/connexion", "agent@begles.mutu-demo.fr");
  await heading(c, "Accueil");
  await c.goto("/saisines/nouvelle");
  await heading(c, "Nouvelle saisine");
  await c.getByRole("radio", { name: "Incident", exact: true }).check();
  await c.getByRole("radio", { name: /^C\. / }).check();
  await c.getByRole("radio", { name: "Bloquant", exact: true }).check();
  await c
    .getByRole("textbox", { name: /^Objet/ })
    .fill("Fichier des inscrits envoyé à une liste externe");
  await c.getByRole("button", { name: "Déposer la saisine" }).click();
  const filed = c.getByRole("region", { name: /^Saisine déposée\s: BEG-/ });
  await filed.waitFor();
  const reference = ((await filed.getByRole("heading").textContent()) ?? "").replace(
    "Saisine déposée : ",
    "",
  );
  const saisineHref =
    (await filed
      .getByRole("link", { name: /Ouvrir|Voir/ })
      .first()
      .getAttribute("href")) ?? "";

  const { page: r, errors } = await mutu.newPage();
  await signIn(r, "/admin/connexion", RSSI);
  await heading(r, "Tableau de bord");
  await r.goto(`/admin${saisineHref}`);
  await heading(r, `Saisine ${reference}`);
  await r
    .getByRole("link", { name: "Déclarer une violation de données à partir de cet incident" })
    .click();
  await heading(r, "Ouvrir une violation de données");
  await expect(
    r.getByRole("textbox", { name: /^Référence de la saisine/ }).inputValue(),
  ).resolves.toBe(reference);
  // Aware 80 hours ago: the 72 hours have run out.
  await r.getByRole("textbox", { name: /^Prise de connaissance/ }).fill(parisLocal(80));
  await r
    .getByRole("textbox", { name: /^Intitulé/ })
    .fill("Envoi du fichier des inscrits à une liste externe");
  await r
    .getByRole("textbox", { name: /^Ce qui s'est passé/ })
    .fill("Le fichier des inscrits a été joint à une lettre d'information.");
  await r.getByRole("checkbox", { name: /^Confidentialité/ }).check();
  await noViolations(r, "new breach form");
  await r.getByRole("button", { name: "Ouvrir la violation" }).click();
  await heading(r, /^Violation n°\s\d+ — Envoi du fichier des inscrits/);
  await r
    .getByText(/Délai dépassé de/)
    .first()
    .waitFor();
  await r.getByText(`${reference} — Fichier des inscrits envoyé à une liste externe`).waitFor();

  // Notified late without its reasons: refused in the form, nothing sent.
  await r.getByRole("button", { name: "Consigner la notification à la CNIL" }).click();
  await r.getByRole("textbox", { name: /^Référence de la notification/ }).fill("CNIL-2026-7781");
  await r
    .getByText("Cette notification dépasse les 72 heures : indiquez les motifs du retard.")
    .waitFor();
  await r.getByRole("button", { name: "Consigner la notification", exact: true }).click();
  await r
    .getByText(/Notification au-delà de 72 heures\s: indiquez les motifs du retard/)
    .first()
    .waitFor();
  await noViolations(r, "late notification refused");
  await r
    .getByRole("textbox", { name: /^Motifs du retard/ })
    .fill("L'ampleur n'a été connue qu'après l'analyse des journaux de messagerie.");
  // The commune's services were not consulted yet: the server refuses.
  await r.getByRole("button", { name: "Consigner la notification", exact: true }).click();
  await r
    .getByText(/doivent être consultés avant tout envoi/)
    .first()
    .waitFor();

  await r.getByRole("button", { name: "Consigner une consultation" }).click();
  await r.getByRole("textbox", { name: /^Date et heure de la consultation/ }).fill(parisLocal(1));
  await r
    .getByRole("textbox", { name: /^Service de la commune consulté/ })
    .fill("Direction de la communication de Bègles");
  await r
    .getByRole("textbox", { name: /^Observations ou consignes/ })
    .fill("Accord pour notifier ; prévenir les inscrits par courriel.");
  await r.getByRole("button", { name: "Consigner", exact: true }).click();
  await r.getByText("Consultation consignée.").waitFor();
  // The breach's page lists the consultation once it has read the breach again.
  await r.getByText("Direction de la communication de Bègles").first().waitFor();
  // The notification's form stayed open with what was typed: sent again, it goes through.
  await r.getByRole("button", { name: "Consigner la notification", exact: true }).click();
  await r.getByText("Notification à la CNIL consignée.").waitFor();
  await r.getByText("(hors délai)").first().waitFor();
  await noViolations(r, "breach notified late");
  expect(unexpected(errors)).toEqual([]);
});

test("a request extended and answered after consulting the commune; an erasure waits for its confirmation", async () => {
  const { page: a, errors } = await mutu.newPage();
  await signIn(a, "/admin/connexion", METROPOLE_DPO);
  await heading(a, "Tableau de bord");
  await a.goto("/admin/rgpd/demandes");
  await heading(a, "Demandes des personnes");
  await noViolations(a, "requests");
  await a.getByRole("link", { name: "Accès (art. 15)" }).first().click();
  await heading(a, /^Demande n°\s\d+ — Accès/);
  await a.getByRole("button", { name: "Prolonger de deux mois" }).click();
  await a
    .getByRole("textbox", { name: /^Motif de la prolongation/ })
    .fill("Données réparties dans trois applications du service scolaire.");
  await a.getByRole("textbox", { name: /^Personne informée le/ }).fill(parisLocal(2));
  await a.getByRole("button", { name: "Prolonger", exact: true }).click();
  await a.getByText("Délai prolongé de deux mois.").waitFor();

  // No answer before the commune is consulted.
  await answerSatisfied(a);
  await a
    .getByText(/La commune doit être consultée avant la réponse/)
    .first()
    .waitFor();
  await noViolations(a, "answer refused");
  await a.getByRole("button", { name: "Annuler" }).last().click();
  await a.getByRole("button", { name: "Consigner une consultation" }).click();
  await a.getByRole("textbox", { name: /^Date et heure de la consultation/ }).fill(parisLocal(1));
  await a.getByRole("textbox", { name: /^Service de la commune consulté/ }).fill("Vie associative");
  await a.getByRole("textbox", { name: /^Observations ou consignes/ }).fill("Rien à ajouter.");
  await a.getByRole("button", { name: "Consigner", exact: true }).click();
  await a.getByText("Consultation consignée.").waitFor();
  await answerSatisfied(a);
  await a.getByText("Réponse consignée.").waitFor();
  await a.getByText("Répondue dans le délai").first().waitFor();

  // The erasure Bègles was told of cannot be carried out before it confirms.
  await a.goto("/admin/rgpd/conservation");
  await heading(a, "Fin de conservation");
  const waiting = a
    .getByRole("row")
    .filter({ hasText: "Commune informée, confirmation attendue" })
    .first();
  await waiting.waitFor();
  expect(await waiting.getByRole("button").count()).toBe(0);

  // Bègles confirms it; then the Métropole carries it out.
  const { page: c } = await mutu.newPage();
  await signIn(c, "/connexion", BEGLES_DPO);
  await heading(c, "Accueil");
  await c.goto("/rgpd/conservation");
  await heading(c, "Fin de conservation");
  await noViolations(c, "retention schedule");
  await c
    .getByRole("button", { name: /^Confirmer l'effacement/ })
    .first()
    .click();
  await c.getByRole("dialog").getByRole("button", { name: "Confirmer l'effacement" }).click();
  await c.getByText("Opération confirmée par la commune.").waitFor();

  await a.goto("/admin/rgpd/conservation");
  await heading(a, "Fin de conservation");
  await a
    .getByRole("button", { name: /^Enregistrer la réalisation/ })
    .first()
    .waitFor();
  const confirmed = a.getByRole("row").filter({ hasText: "Confirmée par la commune" }).first();
  await confirmed.getByRole("button", { name: /^Enregistrer la réalisation/ }).click();
  const dialog = a.getByRole("dialog");
  await dialog.getByRole("button", { name: "Enregistrer la réalisation" }).click();
  await dialog
    .getByText(/Décrivez ce qui a été fait/)
    .first()
    .waitFor();
  await noViolations(a, "carry out dialog, refused");
  await dialog
    .getByRole("textbox")
    .fill("Purge des comptes lecteurs sans prêt depuis deux ans : 214 comptes effacés.");
  await dialog.getByRole("button", { name: "Enregistrer la réalisation" }).click();
  await a.getByText("Opération enregistrée comme réalisée.").waitFor();
  expect(unexpected(errors)).toEqual([]);
});

test("a shared processing's new version: the commune sees what it changes, then accepts it", async () => {
  const { page: c, errors } = await mutu.newPage();
  await signIn(c, "/connexion", BEGLES_DPO);
  await heading(c, "Accueil");
  await c.goto("/rgpd");
  await heading(c, "RGPD — Bègles");
  await c.getByRole("link", { name: /nouvelle version d'un traitement partagé/ }).click();
  await c
    .getByRole("link", { name: /Système d'information des ressources humaines/ })
    .first()
    .click();
  await heading(c, /— Système d'information des ressources humaines/);
  await c.getByRole("heading", { name: /^Examiner la version/ }).waitFor();
  // Side by side: each changed field, the record's words and the version's.
  const comparison = c.getByRole("table", {
    name: /^Ce que la version \d+ changerait dans la fiche/,
  });
  await comparison.waitFor();
  await comparison
    .getByRole("columnheader", { name: /^La fiche aujourd'hui \(version \d+\)$/ })
    .waitFor();
  expect(await comparison.getByRole("rowheader").count()).toBeGreaterThan(0);
  expect(await comparison.locator("ins, del").count()).toBeGreaterThan(0);
  await noViolations(c, "shared proposal");
  // Kept without a reason: refused, nothing written.
  await c.getByRole("radio", { name: "Garder la version de la commune" }).check();
  await c.getByRole("button", { name: "Enregistrer la décision" }).click();
  await c
    .getByText(/pourquoi/)
    .first()
    .waitFor();
  await c.getByRole("radio", { name: "Accepter la nouvelle version" }).check();
  await c.getByRole("button", { name: "Enregistrer la décision" }).click();
  await c.getByText("Nouvelle version acceptée : la fiche a été mise à jour.").waitFor();
  await c
    .getByText(/Acceptée/)
    .first()
    .waitFor();
  expect(unexpected(errors)).toEqual([]);
});
