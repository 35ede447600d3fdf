/** « Projets des communes » (/projets?commune=…&annee=…): a member's indicators and projects. */
import { parisToday } from "@mutu/domain";
import { Info, Loaded, Page, Section, SelectField, useRoute } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { ProjectIndicators, ProjectList } from "@mutu/web/projects";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.list;

export function ProjectsPage() {
  const route = useRoute();
  const { list } = useOrganisations();
  const communes = list.filter((o) => o.kind === "commune");
  const orgId = route.search.get("commune") ?? "";
  const thisYear = Number(parisToday().slice(0, 4));
  const year = Number(route.search.get("annee")) || thisYear;
  const query = trpc.projects.ofOrg.useQuery({ orgId, year }, { enabled: orgId !== "" });
  const go = (commune: string, y: number) =>
    route.navigate(`/projets?commune=${commune}&annee=${y}`, { replace: true, keepFocus: true });
  return (
    <Page title={t.title} lead={t.lead}>
      <div className="field-row">
        <SelectField
          id="projets-commune"
          label={t.commune}
          value={orgId}
          onChange={(e) => go(e.currentTarget.value, year)}
        >
          <option value="">{t.chooseCommune}</option>
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="projets-annee"
          label={t.year}
          value={String(year)}
          onChange={(e) => go(orgId, Number(e.currentTarget.value))}
        >
          {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {orgId === "" ? (
        <Info>{t.chooseCommune}.</Info>
      ) : (
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
      )}
    </Page>
  );
}
