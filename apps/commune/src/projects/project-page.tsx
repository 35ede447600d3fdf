/**
 * One project (/projets/projet?id=…) as the commune follows it: fiche, study, decisions, effort —
 * and, for the commune's DPO, the opinion on a project that processes personal data.
 */
import { PROJECT_STATUS_LABELS } from "@mutu/domain";
import { Info, Link, Loaded, Page, Status, useRoute } from "@mutu/ui";
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
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.detail;

export function ProjectPage() {
  const route = useRoute();
  const projectId = route.search.get("id") ?? "";
  const query = trpc.projects.get.useQuery({ projectId }, { enabled: projectId !== "" });
  const notice = (route.state as { notice?: unknown } | null)?.notice;
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page
      title={query.data?.title ?? projectsMessages.list.title}
      lead={query.data ? PROJECT_STATUS_LABELS[query.data.status] : undefined}
    >
      <p>
        <Link to="/projets">{t.back}</Link>
      </p>
      <Status>{status ?? (typeof notice === "string" ? notice : null)}</Status>
      {projectId === "" ? (
        <Info>{t.missing}</Info>
      ) : (
        <Loaded query={query} loadingLabel={t.loading}>
          {(project) => (
            <>
              <FicheSection project={project} />
              <LetterSection project={project} />
              <StudySection project={project} />
              {project.canGiveDpoOpinion ? (
                <DpoOpinionForm project={project} onDone={setStatus} />
              ) : null}
              <PlanProjetSection project={project} />
              <FollowUpSection project={project} />
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
