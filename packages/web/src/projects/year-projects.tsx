/** A year's projects as both spaces list them: the form choosing the year, then its indicators and projects. */
import { parisToday, yearOf } from "@mutu/domain";
import { Loaded, Section } from "@mutu/ui";
import type { ComponentProps } from "react";
import { CommuneYearFilter } from "../commune-year-filter.tsx";
import { trpc } from "../trpc.ts";
import { projectsMessages } from "./messages.ts";
import { ProjectIndicators } from "./project-indicators.tsx";
import { ProjectList } from "./project-list.tsx";

const t = projectsMessages.page;

/**
 * The indicators' year — the two years before this one and the next — and, in the Métropole's
 * space, the commune.
 */
export function ProjectsFilter(
  props: Pick<ComponentProps<typeof CommuneYearFilter>, "year" | "commune">,
) {
  const thisYear = yearOf(parisToday());
  return (
    <CommuneYearFilter
      id="projets"
      words={{ form: t.filter, year: t.year, show: t.show }}
      years={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1]}
      {...props}
    />
  );
}

/** An organisation's indicators and projects for a year (the caller's own without `orgId`). */
export function YearProjects({ orgId, year }: { orgId?: string; year: number }) {
  const query = trpc.projects.ofOrg.useQuery(orgId ? { orgId, year } : { year });
  return (
    <Loaded query={query} loadingLabel={t.loading}>
      {(data) => (
        <>
          <ProjectIndicators data={data} idPrefix="projets" />
          <Section id="projets-liste" title={t.projects}>
            <ProjectList
              projects={data.projects}
              year={data.year}
              href={(id) => `/projets/projet?id=${id}`}
            />
          </Section>
        </>
      )}
    </Loaded>
  );
}
