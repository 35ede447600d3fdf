/** @mutu/web/projects — what both spaces show of projects (loaded with the projects pages). */
export { DpoOpinionForm } from "./dpo-opinion-form.tsx";
export { projectsMessages } from "./messages.ts";
export { ProjectIndicators } from "./project-indicators.tsx";
export { PlanPanel } from "./plan-form.tsx";
export { PlanProjetSection } from "./plan-projet-view.tsx";
export { ProjectList } from "./project-list.tsx";
export { ProjectPage } from "./project-page.tsx";
export { FicheSection, FollowUpSection, LetterSection, StudySection } from "./project-view.tsx";
export { ProjectsFilter, YearProjects } from "./year-projects.tsx";
export type { OrgProjects, ProjectDetail, ProjectSummary } from "./types.ts";
