/** What the projects procedures answer, as both spaces read it. */
import type { RouterOutputs } from "../trpc.ts";

export type OrgProjects = RouterOutputs["projects"]["ofOrg"];
export type ProjectDetail = RouterOutputs["projects"]["get"];
export type ProjectSummary = OrgProjects["projects"][number];
