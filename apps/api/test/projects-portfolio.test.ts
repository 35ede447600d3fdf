/**
 * The shared service's follow-up of projects across its communes (`projects.portfolio`): every open
 * project of the communes it serves, by stage — to study, to present to the steering committee,
 * under way — the longest waiting first; a commune sees its own only, another commune nothing.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import { BEGLES_PROJECT_OWNER, begleFiche, type Project, sharedStudy } from "./helpers/projects.ts";
import { BOUSCAT_DGS } from "./helpers/reports.ts";

const NOW = new Date("2026-11-16T10:00:00Z");

type Portfolio = {
  projects: { id: string; title: string; orgName: string; stage: string; loggedDays: number }[];
};

describe.each(drivers)("the projects portfolio on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: {
      metropole: "admin@bordeaux-metropole.mutu-demo.fr",
      owner: BEGLES_PROJECT_OWNER,
      bouscat: BOUSCAT_DGS,
      pessac: "dgs@pessac.mutu-demo.fr",
    },
  });
  const portfolio = async (cookie: string) =>
    data<Portfolio>(await t.h.query("projects.portfolio", undefined, { cookie })).projects;
  const rows = (list: Portfolio["projects"]) =>
    list.map((p) => [p.stage, p.orgName, p.title, p.loggedDays]);

  // The demo: Le Bouscat's fiche of October waits for its study, its family portal is under way
  // (25.5 days logged); the dematerialised acts, delivered in 2025, are no longer followed.
  const rooms = ["a-etudier", "Le Bouscat", "Gestion partagée des salles municipales", 0];
  const portal = ["en-cours", "Le Bouscat", "Portail famille", 25.5];
  const BEGLES = "Portail famille de Bègles";

  test("the Métropole follows every open project of its communes, by stage", async () => {
    const { h, metropole, owner } = t;
    expect(rows(await portfolio(metropole))).toEqual([rooms, portal]);

    // A Bègles fiche filed now waits after Le Bouscat's older one; once studied, for the committee.
    const fiche = { title: BEGLES, scope: "communal", subDomain: "B", fiche: begleFiche };
    const filed = data<Project>(await h.mutate("projects.file", fiche, { cookie: owner }));
    expect(rows(await portfolio(metropole))).toEqual([
      rooms,
      ["a-etudier", "Bègles", BEGLES, 0],
      portal,
    ]);
    const study = { projectId: filed.id, ...sharedStudy };
    data(await h.mutate("projects.study", study, { cookie: metropole }));
    expect(rows(await portfolio(metropole))).toEqual([
      rooms,
      ["a-arbitrer", "Bègles", BEGLES, 0],
      portal,
    ]);

    // Abandoned, it is closed: followed no more.
    data(
      await h.mutate(
        "projects.abandon",
        { projectId: filed.id, reason: "Besoin couvert par la solution métropolitaine." },
        { cookie: metropole },
      ),
    );
    expect(rows(await portfolio(metropole))).toEqual([rooms, portal]);
  });

  test("a commune sees its own open projects only, another commune none", async () => {
    const { bouscat, pessac } = t;
    expect(rows(await portfolio(bouscat))).toEqual([rooms, portal]);
    expect(await portfolio(pessac)).toEqual([]);
  });
});
