import { DEMO_FICHE } from "@mutu/db/seed";
import { data, type TrpcResult } from "../harness.ts";

/** A fiche projet as a Bègles department files it, and the people who follow projects. */
export const BEGLES_PROJECT_OWNER = "referent@begles.mutu-demo.fr";
export const METROPOLE_REFERENT = "referent-sud@bordeaux-metropole.mutu-demo.fr";
export const REDON_ADMIN = "admin@redon-agglomeration.mutu-demo.fr";

export const begleFiche = DEMO_FICHE;

export const sharedStudy = {
  coveredByExisting: false,
  sharedNeed: false,
  scope: "communal",
  personalData: true,
  estimatedDays: 30,
  proposedYear: 2026,
  conclusion:
    "Aucune solution du portefeuille ne couvre le besoin ; données des familles : avis du DPO.",
};

export type Project = {
  id: string;
  status: string;
  kind: string;
  loggedDays: number;
  estimatedDays: number | null;
  actions: string[];
  arbitrationMeetings: { id: string; label: string; day: string }[];
  decisions: {
    decision: string;
    body: string;
    decidedOn: string;
    plannedYear: number | null;
    meetingId: string | null;
  }[];
  phases: { from: string; to: string; changedOn: string }[];
  effort: { workedOn: string; days: number; activity: string }[];
};

export type OrgProjects = {
  year: number;
  projects: { id: string; title: string; status: string }[];
  load: {
    committedDays: number | null;
    plannedDays: number;
    loggedDays: number;
    remainingDays: number | null;
    byActivity: Record<string, { plannedDays: number; loggedDays: number }>;
  };
  delivery: { planned: number; delivered: number; rate: number | null };
  level1: null | {
    allowanceDays: number;
    chargedDays: number;
    beyondHalfDays: number;
    beyondCents: number;
  };
  upkeep: { upToDate: boolean; reviseBy: string | null };
};

/** Redon's level-1 mission to set up its payroll software, opened on `startOn`. */
export const payrollMission = (orgId: string, startOn: string) => ({
  orgId,
  title: "Paramétrage de la paie",
  letter: {
    object: "Paramétrer le nouveau logiciel de paie.",
    dsiContacts: "Chef de projet applications",
    memberContacts: "Responsable des ressources humaines",
    startOn,
    duration: "Deux mois",
    plannedDays: 6,
    deliverables: "Paramétrage recetté, guide utilisateur.",
  },
});

type Calls = {
  mutate(path: string, input: unknown, init: { cookie: string }): Promise<TrpcResult>;
};

/**
 * Redon's payroll mission opened on `startOn` by the person signed in with `cookie`, then `days`
 * logged on `workedOn`; the mission as it was opened.
 */
export async function workedPayrollMission(
  h: Calls & { orgId(slug: string): string },
  cookie: string,
  effort: { startOn: string; workedOn: string; days: number },
) {
  const mission = data<Project>(
    await h.mutate("projects.createMission", payrollMission(h.orgId("redon"), effort.startOn), {
      cookie,
    }),
  );
  data(
    await h.mutate(
      "projects.logEffort",
      { projectId: mission.id, workedOn: effort.workedOn, days: effort.days },
      { cookie },
    ),
  );
  return mission;
}

/** A project filed by `filer` for its commune and studied by `follower` (personal data or not). */
export async function studiedProject(
  h: Calls,
  cookies: { filer: string; follower: string },
  title: string,
  personalData: boolean,
) {
  const filed = data<Project>(
    await h.mutate(
      "projects.file",
      { title, scope: "communal", fiche: begleFiche },
      { cookie: cookies.filer },
    ),
  );
  return data<Project>(
    await h.mutate(
      "projects.study",
      { projectId: filed.id, ...sharedStudy, personalData },
      { cookie: cookies.follower },
    ),
  );
}
