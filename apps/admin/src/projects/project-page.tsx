/**
 * One project (/projets/projet?id=…) as the shared service follows it: its record, and the forms
 * its status allows (the domain's `availableProjectActions`): study, DPO's opinion, the committee's
 * decision, the plan projet, the next phase, effort, the abandonment.
 */
import { isClosedProject, PROJECT_STATUS_LABELS, planProjetRefusal } from "@mutu/domain";
import { LoadedPage, useRoute } from "@mutu/ui";
import { trpc } from "@mutu/web";
import {
  DpoOpinionForm,
  FicheSection,
  FollowUpSection,
  LetterSection,
  PlanProjetSection,
  StudySection,
} from "@mutu/web/projects";
import { useState } from "react";
import { AbandonForm } from "./abandon-form.tsx";
import { AdvanceForm, DecisionForm, EffortForm } from "./follow-forms.tsx";
import { projectsMessages } from "./messages.ts";
import { PlanProjetForm } from "./plan-projet-form.tsx";
import { StudyForm } from "./study-forms.tsx";

const t = projectsMessages.detail;

export function ProjectPage() {
  const route = useRoute();
  const projectId = route.search.get("id") ?? "";
  const query = trpc.projects.get.useQuery({ projectId }, { enabled: projectId !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const p = query.data;
  return (
    <LoadedPage
      title={p?.title ?? projectsMessages.list.title}
      lead={p ? t.lead(p.orgName, PROJECT_STATUS_LABELS[p.status]) : undefined}
      back={{ to: p ? `/projets?commune=${p.orgId}` : "/projets", label: t.back }}
      named={projectId !== ""}
      missing={t.missing}
      query={query}
      loadingLabel={t.loading}
      status={status}
    >
      {(project) => {
        const can = (action: string) => project.actions.some((a) => a === action);
        const inPhase =
          !isClosedProject(project.status) && (project.kind === "mission" || can("avancer"));
        return (
          <>
            <FicheSection project={project} />
            <LetterSection project={project} />
            <StudySection project={project} />
            {can("etudier") ? <StudyForm project={project} onDone={setStatus} /> : null}
            {can("arbitrer") && project.canGiveDpoOpinion && !project.dpoOpinion ? (
              <DpoOpinionForm project={project} onDone={setStatus} />
            ) : null}
            {can("arbitrer") ? <DecisionForm project={project} onDone={setStatus} /> : null}
            <PlanProjetSection project={project} />
            {planProjetRefusal(project.kind, project.status) === null ? (
              <PlanProjetForm project={project} onDone={setStatus} />
            ) : null}
            <FollowUpSection project={project} />
            {inPhase ? <EffortForm project={project} onDone={setStatus} /> : null}
            {can("avancer") ? <AdvanceForm project={project} onDone={setStatus} /> : null}
            {can("abandonner") ? <AbandonForm project={project} onDone={setStatus} /> : null}
          </>
        );
      }}
    </LoadedPage>
  );
}
