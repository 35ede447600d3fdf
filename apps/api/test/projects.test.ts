/**
 * Projects through the API: a Bègles project owner files a fiche projet, the Métropole studies it,
 * the DPO gives an opinion, the steering committee's decision is recorded, effort is logged
 * against the 110 days of Bègles' contract; refusals in French with nothing written; a level-1
 * mission of Redon counted against its share of the 117 days.
 */
import { seedDemoMeetings } from "@mutu/api";
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import {
  BEGLES_PROJECT_OWNER,
  begleFiche,
  METROPOLE_REFERENT,
  type OrgProjects,
  type Project,
  REDON_ADMIN,
  sharedStudy,
  workedPayrollMission,
} from "./helpers/projects.ts";

const NOW = new Date("2026-03-16T10:00:00Z");

describe.each(drivers)("projects on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: { owner: BEGLES_PROJECT_OWNER, referent: METROPOLE_REFERENT, redon: REDON_ADMIN },
  });

  const count = async (orgSlug: string) => {
    const res = await t.h.query(
      "projects.ofOrg",
      { orgId: t.h.orgId(orgSlug), year: 2026 },
      { cookie: t.referent },
    );
    return data<OrgProjects>(res).projects.length;
  };

  /** Bègles' strategic committee of 4 December 2025 (the demo's), which arbitrates its projects. */
  const committee = async (projectId: string) =>
    data<Project>(await t.h.query("projects.get", { projectId }, { cookie: t.referent }))
      .arbitrationMeetings[0]?.id;

  test("filed, studied, DPO, arbitrated, effort against Bègles' 110 days, delivered", async () => {
    const { h, owner, referent } = t;
    await seedDemoMeetings(h.database.db, NOW);
    const filed = data<Project>(
      await h.mutate(
        "projects.file",
        { title: "Portail famille", scope: "communal", subDomain: "B", fiche: begleFiche },
        { cookie: owner },
      ),
    );
    expect(filed).toMatchObject({ status: "depose", kind: "projet", actions: [] });

    // The committee cannot decide on a project not yet studied.
    const early = await h.mutate(
      "projects.arbitrate",
      {
        projectId: filed.id,
        meetingId: filed.id,
        decision: "retenu",
        reasons: "",
        plannedYear: 2026,
      },
      { cookie: referent },
    );
    expect(early.status).toBe(409);
    expect(early.error?.message).toBe(
      "Le projet doit être étudié avant d'être présenté au comité de pilotage.",
    );

    const studied = data<Project>(
      await h.mutate(
        "projects.study",
        { projectId: filed.id, ...sharedStudy },
        { cookie: referent },
      ),
    );
    expect(studied).toMatchObject({ status: "etudie", estimatedDays: 30 });

    const decision = {
      projectId: filed.id,
      meetingId: await committee(filed.id),
      decision: "retenu",
      reasons: "Priorité du mandat.",
      plannedYear: 2026,
    };
    const noDpo = await h.mutate("projects.arbitrate", decision, { cookie: referent });
    expect(noDpo.status).toBe(400);
    expect(noDpo.error?.data.fieldErrors?.decision?.[0]).toBe(
      "Ce projet traite des données personnelles : l'avis du DPO est requis avant de le retenir.",
    );
    data(
      await h.mutate(
        "projects.dpoOpinion",
        {
          projectId: filed.id,
          opinion: "favorable-reserves",
          givenOn: "2026-03-09",
          text: "Durées de conservation à préciser.",
        },
        { cookie: referent },
      ),
    );
    const retained = data<Project>(
      await h.mutate("projects.arbitrate", decision, { cookie: referent }),
    );
    expect(retained.status).toBe("cadrage");
    expect(retained.decisions).toEqual([
      expect.objectContaining({
        decision: "retenu",
        body: "Comité numérique stratégique communal",
        decidedOn: "2025-12-04",
        plannedYear: 2026,
      }),
    ]);

    // Effort: the future and whole half days are refused, nothing written.
    const future = await h.mutate(
      "projects.logEffort",
      { projectId: filed.id, workedOn: "2026-03-17", days: 1 },
      { cookie: referent },
    );
    expect(future.error?.data.fieldErrors?.workedOn?.[0]).toBe(
      "La charge se saisit une fois le travail fait : la date ne peut pas être à venir.",
    );
    const logged = data<Project>(
      await h.mutate(
        "projects.logEffort",
        { projectId: filed.id, workedOn: "2026-03-16", days: 12.5 },
        { cookie: referent },
      ),
    );
    expect(logged.loggedDays).toBe(12.5);
    expect(logged.effort).toEqual([
      expect.objectContaining({ workedOn: "2026-03-16", days: 12.5, activity: "communale" }),
    ]);

    const overview = data<OrgProjects>(
      await h.query("projects.ofOrg", { year: 2026 }, { cookie: owner }),
    );
    expect(overview.load).toMatchObject({
      committedDays: 110,
      plannedDays: 30,
      loggedDays: 12.5,
      remainingDays: 97.5,
    });
    expect(overview.load.byActivity.communale).toEqual({ plannedDays: 30, loggedDays: 12.5 });
    expect(overview.delivery).toEqual(
      expect.objectContaining({ planned: 1, delivered: 0, rate: 0 }),
    );

    // Phases to delivery; then the project is closed: no more effort.
    let current = retained.status;
    for (const to of ["realisation", "deploiement", "livre"]) {
      const next = data<Project>(
        await h.mutate(
          "projects.advance",
          { projectId: filed.id, from: current },
          { cookie: referent },
        ),
      );
      expect(next.status).toBe(to);
      current = to;
    }
    const closed = await h.mutate(
      "projects.logEffort",
      { projectId: filed.id, workedOn: "2026-03-16", days: 1 },
      { cookie: referent },
    );
    expect(closed.error?.data.fieldErrors?.projectId?.[0]).toBe(
      "Ce projet est clos : aucune charge ne peut plus y être imputée.",
    );
    const after = data<OrgProjects>(
      await h.query("projects.ofOrg", { year: 2026 }, { cookie: owner }),
    );
    expect(after.load.loggedDays).toBe(12.5);
    expect(after.delivery).toEqual(expect.objectContaining({ planned: 1, delivered: 1, rate: 1 }));
  });

  test("the demo: Le Bouscat's plan revised in January, its projects against its 200 days", async () => {
    const { h, referent } = t;
    const bouscat = data<OrgProjects>(
      await h.query(
        "projects.ofOrg",
        { orgId: h.orgId("le-bouscat"), year: 2025 },
        { cookie: referent },
      ),
    );
    expect(bouscat.projects).toHaveLength(3);
    expect(bouscat.load).toMatchObject({ committedDays: 200, plannedDays: 20, loggedDays: 21.5 });
    expect(bouscat.load.byActivity.transverse).toEqual({ plannedDays: 20, loggedDays: 21.5 });
    expect(bouscat.delivery).toEqual(
      expect.objectContaining({ planned: 1, delivered: 1, rate: 1 }),
    );
    // Revised on 15 January 2026: up to date on 16 March 2026, to revise by 15 January 2027.
    expect(bouscat.upkeep).toEqual(
      expect.objectContaining({ upToDate: true, reviseBy: "2027-01-15" }),
    );
  });

  test("the plan projet once retained, then the project abandoned: closed to effort", async () => {
    const { h, owner, referent } = t;
    const filed = data<Project>(
      await h.mutate(
        "projects.file",
        { title: "Gestion des salles", scope: "communal", fiche: begleFiche },
        { cookie: owner },
      ),
    );
    const planProjet = {
      objectives: "Réservations en ligne des salles.",
      returnOnInvestment: "Moins d'appels à l'accueil, taux d'occupation suivi.",
      financingPlan: "Budget de fonctionnement 2026.",
      milestones: [{ label: "Recette", dueOn: "2026-06-30" }],
    };
    const early = await h.mutate(
      "projects.setPlanProjet",
      { projectId: filed.id, planProjet },
      { cookie: referent },
    );
    expect(early.error?.data.fieldErrors?.projectId?.[0]).toMatch(/une fois le projet retenu/);
    data(
      await h.mutate(
        "projects.study",
        { projectId: filed.id, ...sharedStudy, personalData: false },
        { cookie: referent },
      ),
    );
    data(
      await h.mutate(
        "projects.arbitrate",
        {
          projectId: filed.id,
          meetingId: await committee(filed.id),
          decision: "retenu",
          reasons: "",
          plannedYear: 2026,
        },
        { cookie: referent },
      ),
    );
    const planned = data<Project & { planProjet: unknown }>(
      await h.mutate(
        "projects.setPlanProjet",
        { projectId: filed.id, planProjet },
        { cookie: referent },
      ),
    );
    expect(planned.planProjet).toEqual(planProjet);
    const abandoned = data<Project>(
      await h.mutate(
        "projects.abandon",
        { projectId: filed.id, reason: "Solution régionale retenue à la place." },
        { cookie: referent },
      ),
    );
    expect(abandoned.status).toBe("abandonne");
    expect(abandoned.phases.at(-1)).toMatchObject({ from: "cadrage", to: "abandonne" });
    const effort = await h.mutate(
      "projects.logEffort",
      { projectId: filed.id, workedOn: "2026-03-13", days: 1 },
      { cookie: referent },
    );
    expect(effort.error?.data.fieldErrors?.projectId?.[0]).toMatch(/clos/);
  });

  test("a fiche without its headings is refused in French, nothing written", async () => {
    const { h, owner } = t;
    const before = await count("begles");
    const { stakes: _s, ...withoutStakes } = begleFiche;
    const res = await h.mutate(
      "projects.file",
      { title: "Projet incomplet", scope: "communal", fiche: { ...withoutStakes, budget: " " } },
      { cookie: owner },
    );
    expect(res.status).toBe(400);
    const fields = res.error?.data.fieldErrors ?? {};
    expect(Object.values(fields).flat()).toEqual(
      expect.arrayContaining([
        "Rubrique « Les enjeux » requise.",
        "Rubrique « Enveloppe financière » requise.",
      ]),
    );
    expect(await count("begles")).toBe(before);
  });

  test("a commune reads only its own projects and cannot follow them", async () => {
    const { h, owner } = t;
    const other = await h.query(
      "projects.ofOrg",
      { orgId: h.orgId("pessac"), year: 2026 },
      { cookie: owner },
    );
    expect(other.status).toBe(404);
    const filed = data<Project>(
      await h.mutate(
        "projects.file",
        { title: "Wifi des écoles", scope: "communal", fiche: begleFiche },
        { cookie: owner },
      ),
    );
    const study = await h.mutate(
      "projects.study",
      { projectId: filed.id, ...sharedStudy },
      { cookie: owner },
    );
    expect(study.status).toBe(403);
  });

  test("Redon: a level-1 mission's days against its share, half days beyond at 200 €", async () => {
    const { h, redon } = t;
    const mission = await workedPayrollMission(h, redon, {
      startOn: "2026-02-02",
      workedOn: "2026-03-13",
      days: 8,
    });
    expect(mission).toMatchObject({ kind: "mission", status: "realisation", estimatedDays: 6 });
    const use = data<OrgProjects>(
      await h.query("projects.ofOrg", { orgId: h.orgId("redon"), year: 2026 }, { cookie: redon }),
    );
    // Redon (9 500 inhabitants) is beyond the table's last tier: its 6.5 days, flagged for review.
    expect(use.level1).toMatchObject({
      allowanceDays: 6.5,
      chargedDays: 8,
      beyondHalfDays: 3,
      beyondCents: 60_000,
    });
    // The 3 half days beyond flow into the 2027 contribution (art. 7.1.1), not into 2026's.
    const membership = data<{
      contributions: { year: number; lines: { label: string; cents: number }[] }[];
    }>(await h.query("memberships.get", { orgId: h.orgId("redon") }, { cookie: redon }));
    const line = (year: number) =>
      membership.contributions
        .find((c) => c.year === year)
        ?.lines.find((l) => l.label.startsWith("Prestations ponctuelles"));
    expect(line(2026)).toBeUndefined();
    expect(line(2027)).toEqual({
      label:
        "Prestations ponctuelles en 2026 au-delà des 117 jours partagés (3 demi-journées × 200,00 €)",
      cents: 60_000,
    });
    const arbitrate = await h.mutate(
      "projects.arbitrate",
      {
        projectId: mission.id,
        meetingId: mission.id,
        decision: "non-retenu",
        reasons: "Sans objet",
      },
      { cookie: redon },
    );
    expect(arbitrate.error?.message).toMatch(/lettre de mission/);
  });
});
