/**
 * One project (/projets/projet?id=…) as the commune follows it: fiche, study, decisions, effort —
 * and, for the commune's DPO, the opinion on a project that processes personal data.
 */
import { PROJECT_STATUS_LABELS } from "@mutu/domain";
import { DpoOpinionForm, ProjectPage as SharedProjectPage } from "@mutu/web/projects";
import { projectsMessages } from "./messages.ts";

export function ProjectPage() {
  return (
    <SharedProjectPage
      title={projectsMessages.list.title}
      lead={(p) => PROJECT_STATUS_LABELS[p.status]}
      back={() => "/projets"}
      afterStudy={(project, onDone) =>
        project.canGiveDpoOpinion ? <DpoOpinionForm project={project} onDone={onDone} /> : null
      }
    />
  );
}
