/**
 * Demo contracts, from the facts extracted from the seeds: every Bordeaux commune's IT annex as the
 * 2018 RGPD amendment left it, Bègles with its 2016 original first (so its history has a real
 * diff), then a demo amendment agreeing the saisines' delay targets (demo-targets.ts), and Redon Agglomération's convention with the Ville de Redon's membership (purchasing
 * groups from 2024-01-01). Annexes go through `parseAnnexImport` as a JSON file would: the demo
 * uses the import path, so a flaw in the seed facts fails here, not in front of a user.
 */
import { type Annex, parseAnnexImport, redonTariff2022, type Subscription } from "@mutu/domain";
import { annexFromSeedFacts } from "@mutu/domain/seed-facts";
import type { Tx } from "../client.ts";
import {
  contracts,
  contractVersions,
  memberships,
  organisations,
  tariffs,
} from "../schema/index.ts";
import { auditSeeded, type Org } from "./seed-actor.ts";
import { demoTargetsAmendment } from "./demo-targets.ts";
import { redonMembers, seedFacts } from "./seed-facts.ts";

/** Seeds the demo contracts once: does nothing when any contract exists or the demo operators do not. */
export async function seedDemoContracts(tx: Tx, now: Date): Promise<boolean> {
  const [existing] = await tx.select({ id: contracts.id }).from(contracts).limit(1);
  if (existing) return false;
  const orgs = await tx.select().from(organisations);
  const bySlug = new Map(orgs.map((o) => [o.slug, o]));
  const bordeaux = bySlug.get("bordeaux-metropole");
  const redonAgglo = bySlug.get("redon-agglomeration");
  if (!bordeaux && !redonAgglo) return false;
  if (bordeaux) await seedBordeaux(tx, bordeaux, bySlug, now);
  if (redonAgglo) await seedRedon(tx, redonAgglo, bySlug);
  return true;
}

/** A JSON file's round trip, then the import validation: what an uploaded annex goes through. */
function imported(annex: Annex, commune: string): Annex {
  const result = parseAnnexImport(JSON.parse(JSON.stringify(annex)));
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.path} : ${p.message}`).join(" ; ");
    throw new Error(`Annexe de démonstration invalide pour ${commune} : ${problems}`);
  }
  return result.annex;
}

async function seedBordeaux(tx: Tx, operator: Org, bySlug: Map<string, Org>, now: Date) {
  const { sourceIssues } = seedFacts;
  let count = 0;
  for (const ref of seedFacts.communes) {
    const org = bySlug.get(ref.slug);
    if (!org || org.operatorId !== operator.id) continue;
    const annexes =
      ref.slug === "begles"
        ? [annexFromSeedFacts(ref, "original", { sourceIssues }), annexFromSeedFacts(ref)]
        : [annexFromSeedFacts(ref, "current", { sourceIssues })];
    const signed = annexes.map((annex) => imported(annex, ref.name));
    const last = signed[signed.length - 1];
    // The demo's delay targets come from a signed amendment, as real ones do.
    const versions = last ? [...signed, imported(demoTargetsAmendment(last), ref.name)] : signed;
    const first = versions[0];
    if (!first) continue;
    const [contract] = await tx
      .insert(contracts)
      .values({
        orgId: org.id,
        operatorId: operator.id,
        kind: "engagement",
        title: `Contrat d'engagement – ${org.name}`,
        signedOn: first.contractSignedOn,
        effectiveFrom: first.contractSignedOn,
      })
      .returning({ id: contracts.id });
    if (!contract) throw new Error(`Contrat non créé : ${org.name}`);
    await tx.insert(contractVersions).values(
      versions.map((annex, index) => ({
        contractId: contract.id,
        orgId: org.id,
        seq: index + 1,
        kind: annex.origin.kind === "contract" ? ("original" as const) : ("amendment" as const),
        amendmentNumber: annex.origin.kind === "amendment" ? annex.origin.number : null,
        subject:
          annex.origin.kind === "amendment"
            ? annex.origin.subject
            : "Contrat d'engagement et son annexe « Numérique et systèmes d'information »",
        status: "signed" as const,
        signedOn: annex.signedOn,
        effectiveFrom: annex.effectiveFrom,
        annex,
        publishedAt: now,
      })),
    );
    count++;
  }
  await auditSeeded(tx, operator, "seed.contracts", { contracts: count });
}

async function seedRedon(tx: Tx, operator: Org, bySlug: Map<string, Org>) {
  const { redon } = seedFacts;
  await tx.insert(tariffs).values({
    operatorId: operator.id,
    code: redonTariff2022.id,
    title: `${redon.convention.title} – tarifs (version 1)`,
    approvedOn: "2022-03-28",
  });
  const deliberation = redon.deliberation;
  const member = redonMembers.find((m) => m.name === "Redon") as
    | { name: string; subscription?: Subscription; effectiveOn?: string }
    | undefined;
  const org = bySlug.get("redon");
  if (!org || org.operatorId !== operator.id || !member?.subscription) return;
  const effectiveFrom = member.effectiveOn ?? deliberation.effectiveOn;
  const [contract] = await tx
    .insert(contracts)
    .values({
      orgId: org.id,
      operatorId: operator.id,
      kind: "convention",
      title: redon.convention.title,
      // The convention takes effect on both parties' signature; the seed dates only its effect.
      signedOn: null,
      effectiveFrom,
      tariffCode: redonTariff2022.id,
    })
    .returning({ id: contracts.id });
  if (!contract) throw new Error("Convention non créée : Redon");
  await tx.insert(memberships).values({
    contractId: contract.id,
    orgId: org.id,
    subscription: member.subscription,
    effectiveFrom,
    decisionRef: `Délibération n° ${deliberation.number} du ${deliberation.body}`,
    decidedOn: deliberation.sessionDate,
  });
  await auditSeeded(tx, operator, "seed.contracts", { conventions: 1, tariff: redonTariff2022.id });
}
