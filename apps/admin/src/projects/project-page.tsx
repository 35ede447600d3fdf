/**
 * One project (/projets/projet?id=…) as the shared service follows it: its record, and the forms
 * its status allows (the domain's `availableProjectActions`): study, DPO's opinion, the committee's
 * decision, the plan projet, the next phase, effort, the abandonment.
 */
import { isClosedProject, PROJECT_STATUS_LABELS, planProjetRefusal } from "@mutu/domain";
import { DpoOpinionForm, ProjectPage as SharedProjectPage } from "@mutu/web/projects";
import type { ProjectDetail } from "@mutu/web/projects";
import { AbandonForm } from "./abandon-form.tsx";
import { AdvanceForm, DecisionForm, EffortForm } from "./follow-forms.tsx";
import { projectsMessages } from "./messages.ts";
import { PlanProjetForm } from "./plan-projet-form.tsx";
import { StudyForm } from "./study-forms.tsx";

const can = (project: ProjectDetail, action: string) => project.actions.some((a) => a === action);

export function ProjectPage() {
  return (
    <SharedProjectPage
      title={projectsMessages.list.title}
      lead={(p) => projectsMessages.detail.lead(p.orgName, PROJECT_STATUS_LABELS[p.status])}
      back={(p) => (p ? `/projets?commune=${p.orgId}` : "/projets")}
      afterStudy={(project, onDone) => (
        <>
          {can(project, "etudier") ? <StudyForm project={project} onDone={onDone} /> : null}
          {can(project, "arbitrer") && project.canGiveDpoOpinion && !project.dpoOpinion ? (
            <DpoOpinionForm project={project} onDone={onDone} />
          ) : null}
          {can(project, "arbitrer") ? <DecisionForm project={project} onDone={onDone} /> : null}
        </>
      )}
      afterPlanProjet={(project, onDone) =>
        planProjetRefusal(project.kind, project.status) === null ? (
          <PlanProjetForm project={project} onDone={onDone} />
        ) : null
      }
      afterFollowUp={(project, onDone) => (
        <>
          {!isClosedProject(project.status) &&
          (project.kind === "mission" || can(project, "avancer")) ? (
            <EffortForm project={project} onDone={onDone} />
          ) : null}
          {can(project, "avancer") ? <AdvanceForm project={project} onDone={onDone} /> : null}
          {can(project, "abandonner") ? <AbandonForm project={project} onDone={onDone} /> : null}
        </>
      )}
    />
  );
}
