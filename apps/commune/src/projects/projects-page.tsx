/** « Projets » (/projets): this commune's indicators for a year, its projects, filing a fiche. */
import { Link, Loaded, Page, Section, SelectField, useRoute } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import { ProjectIndicators, ProjectList } from "@mutu/web/projects";
import { parisToday } from "@mutu/domain";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.list;

export function ProjectsPage() {
  const me = useSession();
  const route = useRoute();
  const thisYear = Number(parisToday().slice(0, 4));
  const year = Number(route.search.get("annee")) || thisYear;
  const query = trpc.projects.ofOrg.useQuery({ year });
  return (
    <Page title={t.title} lead={t.lead}>
      {canAny(me, ["projects.file"]) ? (
        <p>
          <Link to="/projets/nouveau" className="button button-primary">
            {t.file}
          </Link>
        </p>
      ) : null}
      <SelectField
        id="projets-annee"
        label={t.year}
        value={String(year)}
        onChange={(e) =>
          route.navigate(`/projets?annee=${e.currentTarget.value}`, {
            replace: true,
            keepFocus: true,
          })
        }
      >
        {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
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
    </Page>
  );
}
