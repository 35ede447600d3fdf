/**
 * The steering committee's arbitration of a project is a decision of one of its meetings, on both
 * drivers: the project names a held meeting of its commune's strategic committee (or, for a Redon
 * member, of the enlarged steering commission), takes its day and name, and the meeting's page
 * lists the project among its decisions. A meeting still planned, cancelled, of another body or
 * of another commune is refused in French, nothing written.
 */
import { seedDemoMeetings } from "@mutu/api";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import type { Meeting } from "./helpers/meetings.ts";
import {
  BEGLES_PROJECT_OWNER,
  METROPOLE_REFERENT,
  type Project,
  REDON_ADMIN,
  studiedProject,
} from "./helpers/projects.ts";

// Monday 16 March 2026, 11:00 in Paris: the demo's meetings held before it are recorded.
const NOW = new Date("2026-03-16T10:00:00Z");

type MeetingPage = Meeting & {
  label: string;
  day: string;
  projectDecisions: {
    projectId: string;
    projectTitle: string;
    orgName: string;
    decision: string;
    plannedYear: number | null;
  }[];
};

describe.each(drivers)("a project arbitrated at a meeting on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: {
      owner: BEGLES_PROJECT_OWNER,
      referent: METROPOLE_REFERENT,
      admin: "admin@bordeaux-metropole.mutu-demo.fr",
      redon: REDON_ADMIN,
      redonDgs: "dgs@redon.mutu-demo.fr",
      pessacDgs: "dgs@pessac.mutu-demo.fr",
    },
  });

  const studied = async (title: string) => {
    const { id } = await studiedProject(
      t.h,
      { filer: t.owner, follower: t.referent },
      title,
      false,
    );
    return data<Project>(
      await t.h.query("projects.get", { projectId: id }, { cookie: t.referent }),
    );
  };
  const plan = async (org: string, body: string, date: string) =>
    data<{ id: string }>(
      await t.h.mutate(
        "meetings.plan",
        {
          orgId: t.h.orgId(org),
          body,
          date,
          startTime: "14:00",
          endTime: "16:00",
          place: "Mairie, salle du conseil",
          agenda: ["Schéma numérique"],
        },
        { cookie: t.admin },
      ),
    ).id;
  const decisionsOf = (projectId: string) =>
    withSystem(t.h.database.db, (tx) =>
      tx
        .select()
        .from(schema.projectDecisions)
        .where(eq(schema.projectDecisions.projectId, projectId)),
    );
  const audits = (projectId: string) =>
    withSystem(t.h.database.db, (tx) =>
      tx
        .select({ after: schema.auditLog.after })
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.action, "project.decision"),
            eq(schema.auditLog.entityId, projectId),
          ),
        ),
    );

  test("Bègles: held strategic committee offered, decision listed on the meeting's page", async () => {
    const { h, referent, owner, admin } = t;
    expect(await seedDemoMeetings(h.database.db, NOW)).toBeGreaterThan(0);
    const project = await studied("Portail des associations");
    // Only the held meetings of the body that arbitrates for Bègles: its strategic committee of
    // 4 December 2025 — not its follow-up committees, not Redon's commission.
    expect(project.arbitrationMeetings).toEqual([
      expect.objectContaining({
        label: "Comité numérique stratégique communal",
        day: "2025-12-04",
      }),
    ]);
    const committee = project.arbitrationMeetings[0]?.id ?? "";
    const retained = data<Project>(
      await h.mutate(
        "projects.arbitrate",
        {
          projectId: project.id,
          meetingId: committee,
          decision: "retenu",
          reasons: "Inscrit aux priorités du schéma numérique.",
          plannedYear: 2026,
        },
        { cookie: referent },
      ),
    );
    expect(retained.status).toBe("cadrage");
    expect(retained.arbitrationMeetings).toEqual([]);
    expect(retained.decisions).toEqual([
      expect.objectContaining({
        decision: "retenu",
        decidedOn: "2025-12-04",
        body: "Comité numérique stratégique communal",
        meetingId: committee,
        plannedYear: 2026,
      }),
    ]);
    expect((await audits(project.id))[0]?.after).toMatchObject({
      meetingId: committee,
      decidedOn: "2025-12-04",
      status: "cadrage",
    });
    // The meeting's page, on both sides, lists the project among its decisions.
    for (const cookie of [admin, owner]) {
      const page = data<MeetingPage>(
        await h.query("meetings.get", { meetingId: committee }, { cookie }),
      );
      expect(page.decisions).toEqual([
        "Priorités : PRA, site internet, migration de la téléphonie.",
      ]);
      expect(page.projectDecisions).toEqual([
        expect.objectContaining({
          projectId: project.id,
          projectTitle: "Portail des associations",
          orgName: "Bègles",
          decision: "retenu",
          plannedYear: 2026,
        }),
      ]);
    }
  });

  test("a meeting still planned, cancelled, of another body or commune: refused, nothing written", async () => {
    const { h, referent } = t;
    const project = await studied("Gestion des salles municipales");
    const planned = await plan("begles", "comite-strategique", "2026-04-10");
    const cancelled = await plan("begles", "comite-strategique", "2026-05-12");
    data(
      await h.mutate(
        "meetings.cancel",
        { meetingId: cancelled, reason: "Élections : report à l'automne." },
        { cookie: t.admin },
      ),
    );
    const pessac = await plan("pessac", "comite-strategique", "2026-04-14");
    const overview = data<{ meetings: { id: string; status: string; label: string }[] }>(
      await h.query(
        "meetings.overview",
        { orgId: h.orgId("begles"), year: 2026 },
        { cookie: referent },
      ),
    );
    const followUp = overview.meetings.find(
      (m) => m.status === "tenue" && m.label.startsWith("Comité de suivi"),
    )?.id;
    expect(followUp).toBeDefined();
    const cases: [string | undefined, string][] = [
      [
        planned,
        "Cette réunion ne s'est pas encore tenue : consignez d'abord son compte rendu, puis l'arbitrage.",
      ],
      [cancelled, "Cette réunion a été annulée : elle n'a rien décidé."],
      [
        followUp,
        "Les projets sont arbitrés par le comité numérique stratégique ou la commission de pilotage élargie : choisissez une réunion de l'une de ces instances.",
      ],
      [
        pessac,
        "Cette réunion ne concerne pas la commune du projet : choisissez une réunion de son comité.",
      ],
    ];
    for (const [meetingId, message] of cases) {
      const res = await h.mutate(
        "projects.arbitrate",
        { projectId: project.id, meetingId, decision: "non-retenu", reasons: "Hors priorités." },
        { cookie: referent },
      );
      expect(res.status).toBe(400);
      expect(res.error?.data.fieldErrors?.meetingId?.[0]).toBe(message);
    }
    // A meeting the caller cannot see (Redon's commission, another operator) is unknown.
    const redonCommission = data<{ meetings: { id: string; body: string }[] }>(
      await h.query("meetings.overview", { year: 2025 }, { cookie: t.redon }),
    ).meetings.find((m) => m.body === "commission-pilotage")?.id;
    const unseen = await h.mutate(
      "projects.arbitrate",
      {
        projectId: project.id,
        meetingId: redonCommission,
        decision: "non-retenu",
        reasons: "Hors priorités.",
      },
      { cookie: referent },
    );
    expect(unseen.status).toBe(404);
    const missing = await h.mutate(
      "projects.arbitrate",
      { projectId: project.id, decision: "retenu", reasons: "", plannedYear: 2026 },
      { cookie: referent },
    );
    expect(missing.error?.data.fieldErrors?.meetingId?.[0]).toBe(
      "Choisissez la réunion du comité qui a arbitré le projet.",
    );
    expect(await decisionsOf(project.id)).toEqual([]);
    const still = data<Project>(
      await h.query("projects.get", { projectId: project.id }, { cookie: referent }),
    );
    expect(still.status).toBe("etudie");
  });

  test("Redon: a member's project arbitrated by the enlarged steering commission", async () => {
    const { h, redon, redonDgs } = t;
    const filed = await studiedProject(
      h,
      { filer: redonDgs, follower: redon },
      "Site internet de la commune",
      false,
    );
    const project = data<Project>(
      await h.query("projects.get", { projectId: filed.id }, { cookie: redon }),
    );
    expect(project.arbitrationMeetings).toEqual([
      expect.objectContaining({ label: "Commission de pilotage élargie", day: "2025-10-14" }),
    ]);
    const commission = project.arbitrationMeetings[0]?.id ?? "";
    data(
      await h.mutate(
        "projects.arbitrate",
        {
          projectId: project.id,
          meetingId: commission,
          decision: "ajourne",
          reasons: "À revoir avec le groupe de travail intercommunal.",
        },
        { cookie: redon },
      ),
    );
    // The member reads its own project on the shared meeting's page.
    const page = data<MeetingPage>(
      await h.query("meetings.get", { meetingId: commission }, { cookie: redonDgs }),
    );
    expect(page.projectDecisions.map((d) => [d.projectTitle, d.orgName, d.decision])).toEqual([
      ["Site internet de la commune", "Redon", "ajourne"],
    ]);
  });
});
