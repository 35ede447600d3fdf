/**
 * The demo data: Bordeaux Métropole and its 12 communes of seed 004, Redon Agglomération and a few of
 * its communes, the functions the contracts name, a few people holding them, and the contracts.
 * Idempotent: it does nothing on a database that already has organisations, except adding the demo
 * contracts to a demo database created before contracts existed.
 */
import type { MutuDb, Tx } from "../client.ts";
import { eq } from "drizzle-orm";
import { auditLog, functions, organisations, people, personFunctions } from "../schema/index.ts";
import { withSystem } from "../scope.ts";
import { seedDemoContracts } from "./contracts.ts";
import { seedDemoProjects } from "./projects.ts";
import { seedDemoRgpd } from "./rgpd.ts";
import { seedDemoSaisineSetup } from "./saisines.ts";
import { functionCatalogue } from "./functions.ts";
import { demoPeopleFor, type DemoPerson } from "./people.ts";
import { bordeauxCommunes, proximityCentreOf, redonMembers, slugify } from "./seed-facts.ts";
import { auditSeeded } from "./seed-actor.ts";

export const DEMO_PASSWORD = "demo-mutu-2026";
export { DEMO_AMENDMENT, DEMO_DELAYS } from "./demo-targets.ts";
export { DEMO_FICHE } from "./projects.ts";
export { demoProcessingTemplates } from "./rgpd-commune-records.ts";

export type SeedResult = {
  seeded: boolean;
  accounts: { email: string; displayName: string; org: string; functions: string[] }[];
};

export async function seedDemo(
  db: MutuDb,
  hashPassword: (password: string) => Promise<string>,
): Promise<SeedResult> {
  return withSystem(db, async (tx) => {
    const existing = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing.length > 0) {
      // A demo database created before contracts existed gets them; a real one (not seeded by
      // this function, so without its audit entry) is never touched.
      const [demo] = await tx
        .select({ seq: auditLog.seq })
        .from(auditLog)
        .where(eq(auditLog.action, "seed.demo"))
        .limit(1);
      if (demo) {
        await seedDemoContracts(tx, new Date());
        await seedDemoSaisineSetup(tx);
        await seedDemoProjects(tx);
        await seedDemoRgpd(tx, new Date());
      }
      return { seeded: false, accounts: [] };
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);

    const bm = await insertOrg(tx, {
      kind: "operator",
      name: "Bordeaux Métropole",
      slug: "bordeaux-metropole",
      population: null,
      proximityCentre: proximityCentreOf("Bordeaux Métropole"),
    });
    const redonAgglo = await insertOrg(tx, {
      kind: "operator",
      name: "Redon Agglomération",
      slug: "redon-agglomeration",
      population: null,
      proximityCentre: null,
    });

    const accounts: SeedResult["accounts"] = [];
    for (const operator of [bm, redonAgglo]) {
      const fnIds = await insertFunctions(tx, operator.id);
      const members =
        operator === bm
          ? bordeauxCommunes.map((c) => ({
              name: c.name,
              slug: c.slug,
              population: c.populationApprox,
              centre: proximityCentreOf(c.name),
            }))
          : redonMembers.map((m) => ({
              name: m.name,
              slug: slugify(m.name),
              population: m.populationApprox,
              centre: null,
            }));
      const communeRows = [];
      for (const m of members) {
        communeRows.push(
          await insertOrg(tx, {
            kind: "commune",
            operatorId: operator.id,
            name: m.name,
            slug: m.slug,
            population: m.population,
            proximityCentre: m.centre,
          }),
        );
      }
      for (const org of [operator, ...communeRows]) {
        for (const person of demoPeopleFor(org, operator.slug)) {
          await insertPerson(tx, org.id, person, passwordHash, fnIds);
          accounts.push({
            email: person.email,
            displayName: person.displayName,
            org: org.name,
            functions: person.functions,
          });
        }
      }
      await auditSeeded(tx, operator, "seed.demo", { members: communeRows.length });
    }
    await seedDemoContracts(tx, new Date());
    await seedDemoSaisineSetup(tx);
    await seedDemoProjects(tx);
    await seedDemoRgpd(tx, new Date());
    return { seeded: true, accounts };
  });
}

async function insertOrg(tx: Tx, values: typeof organisations.$inferInsert) {
  const [row] = await tx.insert(organisations).values(values).returning();
  if (!row) throw new Error(`Organisation non créée : ${values.name}`);
  return row;
}

async function insertFunctions(tx: Tx, operatorId: string) {
  const rows = await tx
    .insert(functions)
    .values(functionCatalogue.map((f) => ({ ...f, operatorId })))
    .returning({ id: functions.id, code: functions.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function insertPerson(
  tx: Tx,
  orgId: string,
  person: DemoPerson,
  passwordHash: string,
  fnIds: Map<string, string>,
) {
  const [row] = await tx
    .insert(people)
    .values({ orgId, email: person.email, displayName: person.displayName, passwordHash })
    .returning({ id: people.id });
  if (!row) throw new Error(`Personne non créée : ${person.email}`);
  const links = person.functions.map((code) => {
    const functionId = fnIds.get(code);
    if (!functionId) throw new Error(`Fonction inconnue dans le jeu de démonstration : ${code}`);
    return { personId: row.id, functionId, orgId };
  });
  if (links.length) await tx.insert(personFunctions).values(links);
}
