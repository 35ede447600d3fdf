/** « Projets » (/projets): this commune's indicators for a year, its projects, filing a fiche. */
import { isHandledYear, parisToday, yearOf } from "@mutu/domain";
import { Link, Page, Status, useRoute, yearParam } from "@mutu/ui";
import { canAny, useSession } from "@mutu/web";
import { PlanPanel, ProjectYearField, YearProjects } from "@mutu/web/projects";
import { useState } from "react";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.list;

export function ProjectsPage() {
  const me = useSession();
  const route = useRoute();
  const thisYear = yearOf(parisToday());
  const year = yearParam(route.search, thisYear, isHandledYear);
  const [status, setStatus] = useState<string | null>(null);
  const canFile = canAny(me, ["projects.file"]);
  return (
    <Page title={t.title} lead={t.lead}>
      <Status>{status}</Status>
      {canFile ? (
        <p>
          <Link to="/projets/nouveau" className="button button-primary">
            {t.file}
          </Link>
        </p>
      ) : null}
      {canFile ? <PlanPanel onDone={setStatus} /> : null}
      <ProjectYearField
        year={year}
        thisYear={thisYear}
        onChange={(y) => route.navigate(`/projets?annee=${y}`, { replace: true, keepFocus: true })}
      />
      <YearProjects year={year} />
    </Page>
  );
}
