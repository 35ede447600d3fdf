/**
 * What demo saisines need around them: the operators' teams (with a manager, who receives SLA
 * warnings) and delay targets for the Bordeaux communes. The annexes say « à définir
 * conjointement »: these targets are demonstration values, labelled as such, not the contracts'.
 * Demo saisines themselves are filed through the API's services (apps/api), so they are routed
 * and timed exactly as real ones.
 */
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { organisations, people, teamMembers, teams } from "../schema/index.ts";
import { auditSeeded } from "./seed-actor.ts";

type TeamSeed = {
  code: string;
  name: string;
  manager: string;
  members: string[];
  olaMinutes: number | null;
};

const TEAMS: Record<string, TeamSeed[]> = {
  "bordeaux-metropole": [
    {
      code: "centre-appel",
      name: "Centre d'appel",
      manager: "chef-can",
      members: ["can", "chef-can"],
      olaMinutes: 480,
    },
    {
      code: "proximite-sud",
      name: "Centre proximité numérique Sud",
      manager: "referent-sud",
      members: ["referent-sud"],
      olaMinutes: 960,
    },
    {
      code: "infrastructures",
      name: "Direction des infrastructures et de la production",
      manager: "dip",
      members: ["dip"],
      olaMinutes: null,
    },
  ],
  "redon-agglomeration": [
    {
      code: "service-informatique",
      name: "Service informatique mutualisé",
      manager: "admin",
      members: ["can", "admin"],
      olaMinutes: 960,
    },
  ],
};

/** Seeds teams once: does nothing when any team exists. */
export async function seedDemoSaisineSetup(tx: Tx): Promise<boolean> {
  const [existing] = await tx.select({ id: teams.id }).from(teams).limit(1);
  if (existing) return false;
  const operators = await tx
    .select()
    .from(organisations)
    .where(inArray(organisations.slug, Object.keys(TEAMS)));
  for (const operator of operators) {
    const staff = await tx
      .select({ id: people.id, email: people.email })
      .from(people)
      .where(eq(people.orgId, operator.id));
    const byLocal = new Map(staff.map((p) => [p.email.split("@")[0] ?? "", p.id]));
    for (const seed of TEAMS[operator.slug] ?? []) {
      const [team] = await tx
        .insert(teams)
        .values({
          operatorId: operator.id,
          code: seed.code,
          name: seed.name,
          managerId: byLocal.get(seed.manager) ?? null,
          olaMinutes: seed.olaMinutes,
        })
        .returning({ id: teams.id });
      if (!team) throw new Error(`Équipe non créée : ${seed.name}`);
      const members = seed.members
        .map((local) => byLocal.get(local))
        .filter((id): id is string => id !== undefined);
      if (members.length)
        await tx
          .insert(teamMembers)
          .values(
            members.map((personId) => ({ teamId: team.id, personId, operatorId: operator.id })),
          );
    }
    await auditSeeded(tx, operator, "seed.saisines", {
      teams: (TEAMS[operator.slug] ?? []).length,
    });
  }
  return true;
}
