/**
 * The audit journal in French for the modules that came after it, on both drivers: a breach
 * opened and assessed, a meeting planned and a calendar subscribed to, a project filed and
 * studied, an indicator measured, a report drawn up — each read back through `audit.list` with
 * its action, its kind of object, its object's name and the names of its fields in French, and
 * found by the journal's « Action » filter, one action or a whole module.
 */
import { drivers } from "@mutu/db/testing";
import { AUDIT_FIELD_LABELS } from "@mutu/domain";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import { studiedProject } from "./helpers/projects.ts";
import { schoolListAssessment, schoolRegistrations } from "./helpers/rgpd.ts";

type Entry = {
  action: string;
  actionLabel: string;
  entity: string | null;
  entityKindLabel: string | null;
  entityLabel: string | null;
  before: unknown;
  after: unknown;
};

/** Tuesday 10 February 2026, 10:00 in Paris: 2025 is over, its indicators and report are due. */
const NOW = new Date("2026-02-10T09:00:00Z");

const fieldsOf = (value: unknown): string[] =>
  value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];

describe.each(drivers)("the audit journal on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: {
      admin: "admin@bordeaux-metropole.mutu-demo.fr",
      rssi: "rssi@bordeaux-metropole.mutu-demo.fr",
      director: "dip@bordeaux-metropole.mutu-demo.fr",
      follower: "referent-sud@bordeaux-metropole.mutu-demo.fr",
      filer: "referent@begles.mutu-demo.fr",
      communeDpo: "dpo@begles.mutu-demo.fr",
    },
  });
  const journal = async (filters: Record<string, unknown> = {}) =>
    data<{ entries: Entry[] }>(
      await t.h.query("audit.list", { limit: 200, ...filters }, { cookie: t.admin }),
    ).entries;

  test("the later modules' entries read in French, fields and objects included", async () => {
    const { h } = t;
    const begles = h.orgId("begles");
    // RGPD: a processing recorded by the commune's DPO; a breach opened, then assessed.
    data(
      await h.mutate(
        "rgpd.processing.create",
        { content: schoolRegistrations() },
        { cookie: t.communeDpo },
      ),
    );
    const breach = data<{ id: string }>(
      await h.mutate(
        "rgpd.breaches.open",
        {
          orgId: begles,
          awareAt: "2026-02-09T16:30",
          title: "Envoi d'un tableau d'inscriptions à une liste externe",
          description: "Le tableau des inscriptions a été envoyé à une liste de diffusion externe.",
          natures: ["confidentiality"],
        },
        { cookie: t.rssi },
      ),
    );
    data(
      await h.mutate("rgpd.breaches.assess", schoolListAssessment(breach.id), { cookie: t.rssi }),
    );
    // Governance: Bègles' comité de suivi planned; the administrator subscribes to its meetings.
    data(
      await h.mutate(
        "meetings.plan",
        {
          orgId: begles,
          body: "comite-suivi",
          date: "2026-03-05",
          startTime: "14:00",
          endTime: "16:00",
          place: "Mairie de Bègles, salle du conseil",
          agenda: ["Indicateurs du trimestre"],
        },
        { cookie: t.admin },
      ),
    );
    data(await h.mutate("meetings.createFeed", undefined, { cookie: t.admin }));
    // Projects: filed by the commune, studied by the Métropole.
    await studiedProject(h, { filer: t.filer, follower: t.follower }, "Portail famille", true);
    // Indicators: a restore test of 2025, its evidence a link.
    data(
      await h.mutate(
        "indicators.enter",
        {
          orgId: begles,
          indicator: "4.2.1",
          period: "2025",
          measuredOn: "2025-11-20",
          value: { restoredMinutes: 150, scope: "Serveur de fichiers de l'hôtel de ville" },
          evidence: { kind: "link", url: "https://ged.bordeaux-metropole.fr/pra/begles-2025.pdf" },
        },
        { cookie: t.director },
      ),
    );
    // Reports: Bègles' 2025 report drawn up.
    data(await h.mutate("reports.generate", { orgId: begles, year: 2025 }, { cookie: t.director }));

    const entries = await journal();
    const said = (action: string) => entries.find((e) => e.action === action);
    expect(said("rgpd.processing-recorded")).toMatchObject({
      actionLabel: "Traitement inscrit au registre",
      entityKindLabel: "Traitement (registre RGPD)",
      entityLabel: expect.stringMatching(/^Traitement n°\s\d+$/),
    });
    expect(said("rgpd.breach-opened")).toMatchObject({
      actionLabel: "Violation de données enregistrée",
      entityKindLabel: "Violation de données",
      entityLabel: expect.stringMatching(/^Violation n°\s\d+$/),
    });
    expect(said("rgpd.breach-assessed")?.actionLabel).toBe(
      "Risque d'une violation de données évalué",
    );
    expect(said("meeting.plan")).toMatchObject({
      actionLabel: "Réunion planifiée",
      entityKindLabel: "Réunion",
      entityLabel: expect.stringMatching(/ du 5 mars 2026$/),
    });
    expect(said("calendar-feed.create")).toMatchObject({
      actionLabel: "Abonnement à l'agenda créé",
      entityKindLabel: "Personne",
    });
    expect(said("project.file")).toMatchObject({
      actionLabel: "Projet déposé",
      entityKindLabel: "Projet",
      entityLabel: "Portail famille",
    });
    expect(said("project.study")?.actionLabel).toBe("Étude d'un projet enregistrée");
    expect(said("indicator.enter")).toMatchObject({
      actionLabel: "Mesure d'un indicateur enregistrée",
      entityKindLabel: "Mesure d'indicateur",
    });
    expect(said("report.generate")).toMatchObject({
      actionLabel: "Rapport annuel établi",
      entityKindLabel: "Rapport annuel",
      entityLabel: "Rapport 2025",
    });
    // Nothing in the journal reads as code: not these entries, not the demo seed's before them.
    for (const e of entries) {
      expect(e.actionLabel, e.action).not.toBe("Autre action");
      if (e.entity) expect(e.entityKindLabel, e.entity).not.toBe("Autre objet");
    }
    const unnamed = entries.flatMap((e) =>
      [...fieldsOf(e.before), ...fieldsOf(e.after)]
        .filter((field) => !Object.hasOwn(AUDIT_FIELD_LABELS, field))
        .map((field) => `${e.action} : ${field}`),
    );
    expect([...new Set(unnamed)]).toEqual([]);
  });

  test("the « Action » filter takes one action, or a module", async () => {
    const planned = await journal({ action: "meeting.plan" });
    expect(planned.map((e) => e.actionLabel)).toEqual(["Réunion planifiée"]);
    const rgpd = await journal({ action: "rgpd." });
    expect(rgpd.map((e) => e.actionLabel)).toEqual([
      "Risque d'une violation de données évalué",
      "Violation de données enregistrée",
      "Traitement inscrit au registre",
    ]);
    // « Connexion » is the sign-ins, not the failures its string begins.
    const failed = await t.h.mutate("auth.signIn", {
      email: "admin@bordeaux-metropole.mutu-demo.fr",
      password: "pas le bon mot de passe",
    });
    expect(failed.status).not.toBe(200);
    const signIns = await journal({ action: "auth.sign-in" });
    expect(signIns.length).toBeGreaterThan(0);
    expect(new Set(signIns.map((e) => e.actionLabel))).toEqual(new Set(["Connexion"]));
    const all = await journal({ action: "auth." });
    expect(all.map((e) => e.actionLabel)).toContain("Échec de connexion");
  });
});
