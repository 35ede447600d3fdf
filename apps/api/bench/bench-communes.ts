/**
 * The communes the benchmarks add to the demo's, numbered after its twelve, members of its operator,
 * each with its contrat d'engagement.
 */
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";

/** Bordeaux Métropole (the demo's operator) and its communes, as the demo seed leaves them. */
export async function demoOperatorAndCommunes(tx: Tx) {
  const { organisations } = schema;
  const [operator] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.slug, "bordeaux-metropole"));
  if (!operator) throw new Error("demo seed missing");
  const communes = (await tx.select().from(organisations)).filter(
    (o) => o.operatorId === operator.id,
  );
  return { operator, communes };
}

/**
 * What a bench's added communes start from: the demo's operator, the seed's function `functionCode`
 * (given to each commune's person) and the seed's first person (whose password hash they share).
 */
export async function demoOperatorAndFunction(tx: Tx, functionCode: string) {
  const { functions, people } = schema;
  const { operator } = await demoOperatorAndCommunes(tx);
  const [fn] = await tx.select().from(functions).where(eq(functions.code, functionCode));
  const [someone] = await tx.select().from(people).limit(1);
  if (!fn || !someone) throw new Error("demo seed missing");
  return { operator, fn, passwordHash: someone.passwordHash };
}

/** Commune slugs in bench order: the twelve of the demo, then « commune-banc-13 »… */
export const benchCommuneSlug = (n: number) => `commune-banc-${n}`;

/** The organisation row of bench commune n; each bench adds its own population and details. */
export const benchCommune = (n: number, operatorId: string) => ({
  kind: "commune" as const,
  operatorId,
  name: `Commune de banc ${n}`,
  slug: benchCommuneSlug(n),
});

/** A bench commune's contrat d'engagement, signed and in force from the demo's date. */
export const benchContract = (org: { id: string; name: string }, operatorId: string) => ({
  orgId: org.id,
  operatorId,
  kind: "engagement" as const,
  title: `Contrat d'engagement – ${org.name}`,
  signedOn: "2016-02-15",
  effectiveFrom: "2016-02-15",
});

/**
 * Adds bench commune n: its organisation, one person holding a function there (`local@<slug>`, who
 * signs in for the bench) and its contrat d'engagement.
 */
export async function addBenchCommune(
  tx: Tx,
  n: number,
  operatorId: string,
  details: {
    population: number;
    person: { local: string; displayName: string; functionId: string; passwordHash: string };
  },
) {
  const { contracts, organisations, people, personFunctions } = schema;
  const [org] = await tx
    .insert(organisations)
    .values({ ...benchCommune(n, operatorId), population: details.population })
    .returning();
  if (!org) throw new Error("insert");
  const { local, displayName, functionId, passwordHash } = details.person;
  const [person] = await tx
    .insert(people)
    .values({
      orgId: org.id,
      email: `${local}@${benchCommuneSlug(n)}.mutu-demo.fr`,
      displayName,
      passwordHash,
    })
    .returning();
  if (!person) throw new Error("insert");
  await tx.insert(personFunctions).values({ personId: person.id, functionId, orgId: org.id });
  const [contract] = await tx.insert(contracts).values(benchContract(org, operatorId)).returning();
  if (!contract) throw new Error("insert");
  return { org, contract };
}

/**
 * Bench communes numbered `range.from` to `range.to`, each with its contract and one person
 * (`local@slug`, named « label n ») holding the demo's function; `basePopulation` + 100 per number.
 */
export async function addBenchCommunes(
  tx: Tx,
  demo: Awaited<ReturnType<typeof demoOperatorAndFunction>>,
  range: { from: number; to: number },
  person: { local: string; label: string; basePopulation: number },
) {
  const added = [];
  for (let n = range.from; n <= range.to; n++)
    added.push(
      await addBenchCommune(tx, n, demo.operator.id, {
        population: person.basePopulation + n * 100,
        person: {
          local: person.local,
          displayName: `${person.label} ${n}`,
          functionId: demo.fn.id,
          passwordHash: demo.passwordHash,
        },
      }),
    );
  return added;
}
