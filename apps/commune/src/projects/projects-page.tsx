/** « Projets » (/projets): this commune's indicators for a year, its projects, filing a fiche. */
import { Link, Page, Status } from "@mutu/ui";
import { canAny, useSession, useYearParam } from "@mutu/web";
import { PlanPanel, ProjectsFilter, YearProjects } from "@mutu/web/projects";
import { useState } from "react";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.list;

export function ProjectsPage() {
  const me = useSession();
  const year = useYearParam();
  const [status, setStatus] = useState<string | null>(null);
  const canFile = canAny(me, ["projects.file"]);
  return (
    <Page title={t.title} lead={t.lead}>
      <Status>{status}</Status>
      {canFile ? (
        <PlanPanel
          onDone={setStatus}
          beside={
            <Link to="/projets/nouveau" className="button button-primary">
              {t.file}
            </Link>
          }
        />
      ) : null}
      <ProjectsFilter year={year} />
      <YearProjects year={year} />
    </Page>
  );
}
