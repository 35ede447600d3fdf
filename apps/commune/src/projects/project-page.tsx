/** One project (/projets/projet?id=…) as the commune follows it: fiche, study, decisions, effort. */
import { PROJECT_STATUS_LABELS } from "@mutu/domain";
import { Info, Link, Loaded, Page, Status, useRoute } from "@mutu/ui";
import { trpc } from "@mutu/web";
import {
  FicheSection,
  FollowUpSection,
  LetterSection,
  PlanProjetSection,
  StudySection,
} from "@mutu/web/projects";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.detail;

export function ProjectPage() {
  const route = useRoute();
  const projectId = route.search.get("id") ?? "";
  const query = trpc.projects.get.useQuery({ projectId }, { enabled: projectId !== "" });
  const notice = (route.state as { notice?: unknown } | null)?.notice;
  return (
    <Page
      title={query.data?.title ?? projectsMessages.list.title}
      lead={query.data ? PROJECT_STATUS_LABELS[query.data.status] : undefined}
    >
      <p>
        <Link to="/projets">{t.back}</Link>
      </p>
      <Status>{typeof notice === "string" ? notice : null}</Status>
      {projectId === "" ? (
        <Info>{t.missing}</Info>
      ) : (
        <Loaded query={query} loadingLabel={t.loading}>
          {(project) => (
            <>
              <FicheSection project={project} />
              <LetterSection project={project} />
              <StudySection project={project} />
              <PlanProjetSection project={project} />
              <FollowUpSection project={project} />
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
