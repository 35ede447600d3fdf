/** The projects procedures' own schemas (their other inputs are the domain's). */
import {
  instantOutput,
  PROJECT_ACTIONS,
  PROJECT_ACTIVITIES,
  PROJECT_DECISIONS,
  PROJECT_KINDS,
  PROJECT_SCOPES,
  PROJECT_STAGES,
  PROJECT_STATUSES,
  projectIdSchema,
} from "@mutu/domain";
import { z } from "zod";

export const getProjectInput = z.object({ projectId: projectIdSchema });

const document = z.record(z.string(), z.unknown()).nullable();
const status = z.enum(PROJECT_STATUSES);

export const projectSummaryOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  kind: z.enum(PROJECT_KINDS),
  title: z.string(),
  scope: z.enum(PROJECT_SCOPES),
  status,
  plannedYear: z.number().nullable(),
  deliveredOn: z.string().nullable(),
  estimatedDays: z.number().nullable(),
  loggedDays: z.number(),
  personalData: z.boolean().nullable(),
  filedAt: instantOutput,
  filedBy: z.string(),
});

/** Every open project of the communes the caller sees, by stage, the longest waiting first. */
export const portfolioOutput = z.object({
  projects: z.array(
    projectSummaryOutput.extend({ orgName: z.string(), stage: z.enum(PROJECT_STAGES) }),
  ),
});

export const projectOutput = projectSummaryOutput.extend({
  orgName: z.string(),
  subDomain: z.string().nullable(),
  fiche: document,
  study: document,
  dpoOpinion: document,
  planProjet: document,
  missionLetter: document,
  actions: z.array(z.enum(PROJECT_ACTIONS)),
  /** The caller may give (or record) the DPO's opinion on this project. */
  canGiveDpoOpinion: z.boolean(),
  /** The held meetings an arbitration may name (only while the project awaits one). */
  arbitrationMeetings: z.array(z.object({ id: z.string(), label: z.string(), day: z.string() })),
  decisions: z.array(
    z.object({
      decision: z.enum(PROJECT_DECISIONS),
      decidedOn: z.string(),
      body: z.string(),
      reasons: z.string(),
      plannedYear: z.number().nullable(),
      /** The meeting that took it; null for a decision recorded before meetings were in mutu. */
      meetingId: z.string().nullable(),
      /** A free reference to the minutes, kept for those earlier decisions. */
      meetingRef: z.string().nullable(),
      recordedBy: z.string(),
    }),
  ),
  phases: z.array(
    z.object({
      from: status,
      to: status,
      changedOn: z.string(),
      note: z.string().nullable(),
      by: z.string(),
    }),
  ),
  effort: z.array(
    z.object({
      workedOn: z.string(),
      days: z.number(),
      activity: z.enum(PROJECT_ACTIVITIES),
      note: z.string().nullable(),
      by: z.string(),
    }),
  ),
});

const planVersion = z.object({ startYear: z.number(), adoptedOn: z.string() });
const activityLoad = z.object({ plannedDays: z.number(), loggedDays: z.number() });

export const planOutput = z.object({
  id: z.string(),
  title: z.string(),
  startYear: z.number(),
  adoptedOn: z.string(),
  summary: z.string(),
});

export const projectsOfOrgOutput = z.object({
  orgId: z.string(),
  year: z.number(),
  projects: z.array(projectSummaryOutput),
  plans: z.array(planOutput),
  upkeep: z.object({
    latest: planVersion.nullable(),
    upToDate: z.boolean(),
    reviseBy: z.string().nullable(),
  }),
  load: z.object({
    year: z.number(),
    committedDays: z.number().nullable(),
    plannedDays: z.number(),
    loggedDays: z.number(),
    byActivity: z.object({
      communale: activityLoad,
      transverse: activityLoad,
      mutualisee: activityLoad,
    }),
    consumedRate: z.number().nullable(),
    remainingDays: z.number().nullable(),
  }),
  delivery: z.object({
    year: z.number(),
    planned: z.number(),
    delivered: z.number(),
    rate: z.number().nullable(),
    deliveredOutsidePlan: z.number(),
  }),
  level1: z
    .object({
      year: z.number(),
      tierLabel: z.string(),
      allowanceDays: z.number(),
      chargedDays: z.number(),
      remainingDays: z.number(),
      beyondHalfDays: z.number(),
      beyondCents: z.number(),
      needsReview: z.boolean(),
    })
    .nullable(),
});
