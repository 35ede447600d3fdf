/**
 * Projects: the commune's digital plan and its projects — filing a fiche projet, the study, the
 * DPO's opinion, the steering committee's decision, the phases, the plan projet, effort, level-1
 * missions — and a commune's projects with its indicators for a year.
 */
import {
  abandonProjectInput,
  adoptPlanInput,
  advanceProjectInput,
  arbitrateProjectInput,
  createMissionInput,
  fileProjectInput,
  logEffortInput,
  projectsOfOrgInput,
  recordDpoOpinionInput,
  recordStudyInput,
  setPlanProjetInput,
} from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { logEffort } from "../services/projects/effort.ts";
import { createMission, fileProject } from "../services/projects/file.ts";
import {
  abandonProject,
  advanceProject,
  arbitrateProject,
  recordDpoOpinion,
  recordStudy,
  setPlanProjet,
} from "../services/projects/instruct.ts";
import { adoptPlan } from "../services/projects/plans.ts";
import { projectsPortfolio } from "../services/projects/portfolio.ts";
import { getProject, projectsOfOrg } from "../services/projects/read.ts";
import {
  getProjectInput,
  planOutput,
  portfolioOutput,
  projectOutput,
  projectsOfOrgOutput,
} from "../services/projects/schemas.ts";

import { requireAnyPermission, requirePermission } from "../trpc.ts";

const read = requirePermission("projects.read");
const manage = requirePermission("projects.manage");
/** Filing a fiche or recording the plan: the commune's filers, or the service commun for a member. */
const fileOrManage = requireAnyPermission("projects.file", "projects.manage");

export const projectsRouter = {
  ofOrg: read
    .input(projectsOfOrgInput)
    .output(projectsOfOrgOutput)
    .query(({ ctx, input }) => projectsOfOrg(ctx, input)),
  portfolio: read
    .meta({
      description:
        "Every open project of the communes the caller sees (its own for a commune), with the stage it waits in, the longest waiting first.",
    })
    .output(portfolioOutput)
    .query(({ ctx }) => projectsPortfolio(ctx)),
  get: read
    .input(getProjectInput)
    .output(projectOutput)
    .query(({ ctx, input }) => getProject(ctx, input)),
  file: fileOrManage
    .meta({
      description:
        "Files a fiche projet: a commune's agent with `projects.file` for their commune, the service commun with `projects.manage` for a member.",
    })
    .input(fileProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => fileProject(ctx, input)),
  adoptPlan: fileOrManage
    .meta({
      description:
        "Records a version of the digital plan: a commune for itself, the service commun for a member.",
    })
    .input(adoptPlanInput)
    .output(planOutput)
    .mutation(({ ctx, input }) => adoptPlan(ctx, input)),
  study: manage
    .input(recordStudyInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => recordStudy(ctx, input)),
  // The DPO gives it (commune or Métropole); the shared service may record it for the DPO.
  dpoOpinion: requireAnyPermission("rgpd.opinion", "projects.manage")
    .input(recordDpoOpinionInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => recordDpoOpinion(ctx, input)),
  arbitrate: manage
    .input(arbitrateProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => arbitrateProject(ctx, input)),
  advance: manage
    .input(advanceProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => advanceProject(ctx, input)),
  abandon: manage
    .input(abandonProjectInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => abandonProject(ctx, input)),
  setPlanProjet: manage
    .input(setPlanProjetInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => setPlanProjet(ctx, input)),
  logEffort: manage
    .input(logEffortInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => logEffort(ctx, input)),
  createMission: manage
    .input(createMissionInput)
    .output(projectOutput)
    .mutation(({ ctx, input }) => createMission(ctx, input)),
} satisfies TRPCRouterRecord;
