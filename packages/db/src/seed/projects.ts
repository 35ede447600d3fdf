/**
 * Demo projects: Le Bouscat's digital plan (three years from 2025, revised in January 2026) and a
 * few projects at every step — delivered in 2025, retained and carried out in 2026 with effort
 * against the 200 days of its contract, filed and waiting for its study. Idempotent: nothing is
 * added once any project exists.
 */
import { ACTIVITY_OF_SCOPE } from "@mutu/domain";
import { and, eq } from "drizzle-orm";
import type { Tx } from "../client.ts";
import {
  digitalPlans,
  organisations,
  projectDecisions,
  projectEffort,
  projectPhaseChanges,
  projects,
} from "../schema/index.ts";
import { SEED_LABEL } from "./seed-actor.ts";

/** A fiche projet as a commune files it (seed 002 annex 3), used by the demo and the tests. */
export const DEMO_FICHE = {
  leadDepartment: "Direction de l'éducation",
  projectType: "sectoriel",
  origin: "Renouvellement du logiciel de restauration scolaire, en fin de support.",
  requester: "Le service enfance, avec l'accord de l'élue déléguée.",
  stakes: "Inscriptions en ligne pour les familles, facturation fiabilisée.",
  nature: "Projet isolé, formation des agents d'accueil.",
  description: "Portail famille et logiciel de gestion de la restauration.",
  planning: "Mise en service souhaitée à la rentrée de septembre.",
  budget: "40 000 € inscrits au PPI, sans financement extérieur.",
  objectives: "Usagers : inscription en ligne ; direction : traçabilité des paiements.",
  constraints: "Règlement intérieur de la restauration, marché public.",
  successConditions: "Un référent métier disponible un jour par semaine.",
  followUpIndicators: "Part des inscriptions faites en ligne.",
};

const actor = { actorLabel: SEED_LABEL, actorSide: "operator" } as const;
const COMMITTEE = "Comité numérique stratégique communal";

type DemoProject = {
  title: string;
  scope: "communal" | "collectif" | "metropolitain";
  status: "depose" | "realisation" | "livre";
  filedOn: string;
  fiche: Partial<typeof DEMO_FICHE>;
  /** Retained on that day for that year, with its estimate in days. */
  retained?: { on: string; year: number; days: number };
  deliveredOn?: string;
  effort?: { on: string; days: number }[];
};

const LE_BOUSCAT: DemoProject[] = [
  {
    title: "Dématérialisation des actes administratifs",
    scope: "metropolitain",
    status: "livre",
    filedOn: "2024-11-04",
    fiche: {
      leadDepartment: "Direction générale des services",
      description: "Transmission des actes au contrôle de légalité par voie électronique.",
    },
    retained: { on: "2024-12-10", year: 2025, days: 20 },
    deliveredOn: "2025-06-30",
    effort: [
      { on: "2025-03-14", days: 9 },
      { on: "2025-06-27", days: 12.5 },
    ],
  },
  {
    title: "Portail famille",
    scope: "communal",
    status: "realisation",
    filedOn: "2025-10-06",
    fiche: {},
    retained: { on: "2025-12-09", year: 2026, days: 45 },
    effort: [
      { on: "2026-02-13", days: 8 },
      { on: "2026-04-17", days: 11.5 },
      { on: "2026-09-25", days: 6 },
    ],
  },
  {
    title: "Gestion partagée des salles municipales",
    scope: "collectif",
    status: "depose",
    filedOn: "2026-10-12",
    fiche: {
      leadDepartment: "Direction de la vie associative",
      description: "Réservation des salles par les associations, besoin partagé avec Eysines.",
    },
  },
];

const at = (day: string) => new Date(`${day}T09:00:00Z`);

export async function seedDemoProjects(tx: Tx): Promise<boolean> {
  const [existing] = await tx.select({ id: projects.id }).from(projects).limit(1);
  if (existing) return false;
  const [org] = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.slug, "le-bouscat"), eq(organisations.kind, "commune")));
  if (!org?.operatorId) return false;
  for (const [startYear, adoptedOn] of [
    [2025, "2025-01-20"],
    [2026, "2026-01-15"],
  ] as const)
    await tx.insert(digitalPlans).values({
      orgId: org.id,
      title: `Schéma numérique communal ${startYear}-${startYear + 2}`,
      startYear,
      adoptedOn,
      summary:
        "Relation à l'usager dématérialisée, écoles numériques, mutualisation des outils avec les communes voisines.",
      ...actor,
      createdAt: at(adoptedOn),
    });
  for (const p of LE_BOUSCAT) await insertProject(tx, org.id, org.operatorId, p);
  return true;
}

async function insertProject(tx: Tx, orgId: string, operatorId: string, p: DemoProject) {
  const [row] = await tx
    .insert(projects)
    .values({
      orgId,
      operatorId,
      kind: "projet",
      title: p.title,
      scope: p.scope,
      subDomain: "B",
      status: p.status,
      fiche: { ...DEMO_FICHE, ...p.fiche },
      estimatedHalfDays: p.retained ? p.retained.days * 2 : null,
      personalData: p.retained ? false : null,
      plannedYear: p.retained?.year ?? null,
      deliveredOn: p.deliveredOn ?? null,
      filedAt: at(p.filedOn),
      ...actor,
      updatedAt: at(p.deliveredOn ?? p.retained?.on ?? p.filedOn),
      createdAt: at(p.filedOn),
    })
    .returning({ id: projects.id });
  if (!row) throw new Error(`Projet non créé : ${p.title}`);
  if (!p.retained) return;
  const activity = ACTIVITY_OF_SCOPE[p.scope];
  await tx.insert(projectDecisions).values({
    projectId: row.id,
    orgId,
    decision: "retenu",
    decidedOn: p.retained.on,
    body: COMMITTEE,
    reasons: "Priorité du schéma numérique.",
    plannedYear: p.retained.year,
    ...actor,
  });
  await tx.insert(projectPhaseChanges).values({
    projectId: row.id,
    orgId,
    fromStatus: "etudie",
    toStatus: "cadrage",
    changedOn: p.retained.on,
    ...actor,
  });
  if (p.effort?.length)
    await tx.insert(projectEffort).values(
      p.effort.map((e) => ({
        projectId: row.id,
        orgId,
        workedOn: e.on,
        halfDays: e.days * 2,
        activity,
        ...actor,
      })),
    );
}
