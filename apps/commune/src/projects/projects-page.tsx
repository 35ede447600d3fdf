/** « Projets » (/projets): this commune's indicators for a year, its projects, filing a fiche. */
import {
  FormPanel,
  Link,
  Loaded,
  Page,
  Section,
  SelectField,
  Status,
  useFormPanel,
  useRoute,
} from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import {
  PlanForm,
  ProjectIndicators,
  ProjectList,
  projectsMessages as shared,
} from "@mutu/web/projects";
import { useState } from "react";
import { parisToday } from "@mutu/domain";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.list;

export function ProjectsPage() {
  const me = useSession();
  const route = useRoute();
  const thisYear = Number(parisToday().slice(0, 4));
  const year = Number(route.search.get("annee")) || thisYear;
  const query = trpc.projects.ofOrg.useQuery({ year });
  const plan = useFormPanel();
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
      {canFile ? (
        <FormPanel
          id="projets-schema"
          toggle={shared.plan.toggle}
          title={shared.plan.heading}
          state={plan}
        >
          <PlanForm
            onCancel={plan.close}
            onDone={(message) => {
              plan.close();
              setStatus(message);
            }}
          />
        </FormPanel>
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
