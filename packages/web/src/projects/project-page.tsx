/**
 * One project's page (/projets/projet?id=…) as both spaces show it: the record's sections, with the
 * forms each space offers slotted in after the study, the plan projet and the follow-up; the news
 * a form reports, else the notice the page before left (`LoadedPage`).
 */
import { LoadedPage, useRoute } from "@mutu/ui";
import { type ReactNode, useState } from "react";
import { trpc } from "../trpc.ts";
import { projectsMessages } from "./messages.ts";
import { PlanProjetSection } from "./plan-projet-view.tsx";
import { FicheSection, FollowUpSection, LetterSection, StudySection } from "./project-view.tsx";
import type { ProjectDetail } from "./types.ts";

const t = projectsMessages.page;

/** A space's forms for a project: what it renders, given the project and where to report. */
type ProjectForms = (project: ProjectDetail, onDone: (message: string) => void) => ReactNode;

export function ProjectPage({
  title,
  lead,
  back,
  afterStudy,
  afterPlanProjet,
  afterFollowUp,
}: {
  /** The page's title while the project loads. */
  title: string;
  lead: (project: ProjectDetail) => string;
  /** Where « Retour aux projets » goes (the project is undefined while it loads). */
  back: (project: ProjectDetail | undefined) => string;
  afterStudy?: ProjectForms;
  afterPlanProjet?: ProjectForms;
  afterFollowUp?: ProjectForms;
}) {
  const route = useRoute();
  const projectId = route.search.get("id") ?? "";
  const query = trpc.projects.get.useQuery({ projectId }, { enabled: projectId !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const p = query.data;
  return (
    <LoadedPage
      title={p?.title ?? title}
      lead={p ? lead(p) : undefined}
      back={{ to: back(p), label: t.back }}
      named={projectId !== ""}
      missing={t.missing}
      query={query}
      loadingLabel={t.loadingOne}
      status={status}
    >
      {(project) => (
        <>
          <FicheSection project={project} />
          <LetterSection project={project} />
          <StudySection project={project} />
          {afterStudy?.(project, setStatus)}
          <PlanProjetSection project={project} />
          {afterPlanProjet?.(project, setStatus)}
          <FollowUpSection project={project} />
          {afterFollowUp?.(project, setStatus)}
        </>
      )}
    </LoadedPage>
  );
}
