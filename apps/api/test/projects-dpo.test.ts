/**
 * The commune's DPO gives the opinion on a project that processes personal data, on both drivers:
 * signed with its name and capacity, dated, seen by the commune and the Métropole, the previous
 * opinion kept in the audit; a commune agent who is not the DPO is refused, another commune's DPO
 * does not find the project, a project without personal data has no opinion — nothing written.
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import {
  BEGLES_PROJECT_OWNER,
  METROPOLE_REFERENT,
  type Project,
  studiedProject,
} from "./helpers/projects.ts";

const NOW = new Date("2026-03-16T10:00:00Z");

type WithOpinion = Project & {
  canGiveDpoOpinion: boolean;
  dpoOpinion: Record<string, unknown> | null;
};

describe.each(drivers)("the commune's DPO gives its opinion on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => NOW,
    signedIn: {
      owner: BEGLES_PROJECT_OWNER,
      referent: METROPOLE_REFERENT,
      dpo: "dpo@begles.mutu-demo.fr",
      agent: "agent@begles.mutu-demo.fr",
      pessacDpo: "dpo@pessac.mutu-demo.fr",
    },
  });
  const cookies = () => ({ filer: t.owner, follower: t.referent });
  const get = async (projectId: string, cookie: string) =>
    data<WithOpinion>(await t.h.query("projects.get", { projectId }, { cookie }));
  const opinion = {
    opinion: "favorable-reserves",
    givenOn: "2026-03-13",
    text: "Durées de conservation des données des familles à préciser au registre.",
  };

  test("signed and dated, on both sides; refused to an agent, another DPO, no personal data", async () => {
    const { h, owner, referent, dpo, agent, pessacDpo } = t;
    const filed = await studiedProject(h, cookies(), "Portail famille", true);
    // The DPO reads the project and is offered the form; the agent is not the DPO.
    expect((await get(filed.id, dpo)).canGiveDpoOpinion).toBe(true);
    expect((await get(filed.id, owner)).canGiveDpoOpinion).toBe(false);

    const byAgent = await h.mutate(
      "projects.dpoOpinion",
      { projectId: filed.id, ...opinion },
      { cookie: agent },
    );
    expect(byAgent.status).toBe(403);
    expect(byAgent.error?.message).toBe(
      "Vous n'avez pas les droits nécessaires pour cette action.",
    );
    const byOwner = await h.mutate(
      "projects.dpoOpinion",
      { projectId: filed.id, ...opinion },
      { cookie: owner },
    );
    expect(byOwner.status).toBe(403);
    const byPessac = await h.mutate(
      "projects.dpoOpinion",
      { projectId: filed.id, ...opinion },
      { cookie: pessacDpo },
    );
    expect(byPessac.status).toBe(404);
    expect(byPessac.error?.message).toBe("Projet introuvable.");
    const future = await h.mutate(
      "projects.dpoOpinion",
      { projectId: filed.id, ...opinion, givenOn: "2026-03-17" },
      { cookie: dpo },
    );
    expect(future.error?.data.fieldErrors?.givenOn?.[0]).toBe(
      "L'avis est consigné une fois rendu : la date ne peut pas être à venir.",
    );
    expect((await get(filed.id, referent)).dpoOpinion).toBeNull();

    const given = data<WithOpinion>(
      await h.mutate("projects.dpoOpinion", { projectId: filed.id, ...opinion }, { cookie: dpo }),
    );
    const signed = {
      ...opinion,
      signedAs: "délégué à la protection des données, Bègles",
      recordedBy: "dpo",
      recordedAt: NOW.toISOString(),
    };
    expect(given.dpoOpinion).toMatchObject(signed);
    expect(given.dpoOpinion?.signedBy).toEqual(expect.any(String));
    // Seen by the Métropole and by the commune's project owner, the same.
    expect((await get(filed.id, referent)).dpoOpinion).toEqual(given.dpoOpinion);
    expect((await get(filed.id, owner)).dpoOpinion).toEqual(given.dpoOpinion);

    // Revised: the earlier opinion stays in the audit trail.
    const revised = data<WithOpinion>(
      await h.mutate(
        "projects.dpoOpinion",
        { projectId: filed.id, ...opinion, opinion: "favorable", text: "Réserves levées." },
        { cookie: dpo },
      ),
    );
    expect(revised.dpoOpinion).toMatchObject({ opinion: "favorable", text: "Réserves levées." });
    const audits = await withSystem(h.database.db, (tx) =>
      tx
        .select({ before: schema.auditLog.before, after: schema.auditLog.after })
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.action, "project.dpo-opinion"),
            eq(schema.auditLog.entityId, filed.id),
          ),
        )
        .orderBy(schema.auditLog.seq),
    );
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [null, given.dpoOpinion],
      [given.dpoOpinion, revised.dpoOpinion],
    ]);

    // A project whose study found no personal data has no opinion to give.
    const plain = await studiedProject(h, cookies(), "Affichage dynamique", false);
    expect((await get(plain.id, dpo)).canGiveDpoOpinion).toBe(false);
    const none = await h.mutate(
      "projects.dpoOpinion",
      { projectId: plain.id, ...opinion },
      { cookie: dpo },
    );
    expect(none.error?.data.fieldErrors?.opinion?.[0]).toBe(
      "L'avis du DPO se consigne sur un projet dont l'étude relève des données personnelles.",
    );
    expect((await get(plain.id, referent)).dpoOpinion).toBeNull();
  });

  test("the Métropole may still record an opinion received on paper, signed as such", async () => {
    const { h, referent } = t;
    const filed = await studiedProject(h, cookies(), "Médiathèque en ligne", true);
    const recorded = data<WithOpinion>(
      await h.mutate(
        "projects.dpoOpinion",
        { projectId: filed.id, ...opinion },
        { cookie: referent },
      ),
    );
    expect(recorded.dpoOpinion).toMatchObject({
      recordedBy: "shared-service",
      signedAs: "service commun (Bordeaux Métropole), pour le délégué à la protection des données",
    });
  });
});
