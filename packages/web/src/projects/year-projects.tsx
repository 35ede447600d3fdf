/** A year's projects as both spaces list them: the year's field, then its indicators and projects. */
import { Loaded, Section, SelectField } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { projectsMessages } from "./messages.ts";
import { ProjectIndicators } from "./project-indicators.tsx";
import { ProjectList } from "./project-list.tsx";

const t = projectsMessages.page;

/** The indicators' year (« projets-annee »): the two years before this one and the next. */
export function ProjectYearField({
  year,
  thisYear,
  onChange,
}: {
  year: number;
  thisYear: number;
  onChange(year: number): void;
}) {
  return (
    <SelectField
      id="projets-annee"
      label={t.year}
      value={String(year)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
    >
      {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </SelectField>
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
