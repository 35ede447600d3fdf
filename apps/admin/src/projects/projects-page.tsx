/** « Projets des communes » (/projets?commune=…&annee=…): a member's indicators and projects. */
import { parisToday } from "@mutu/domain";
import {
  FormPanel,
  Info,
  Loaded,
  Options,
  Page,
  Section,
  SelectField,
  Status,
  useFormPanel,
  useRoute,
} from "@mutu/ui";
import { trpc } from "@mutu/web";
import {
  PlanForm,
  ProjectIndicators,
  ProjectList,
  projectsMessages as shared,
} from "@mutu/web/projects";
import { useState } from "react";
import { MissionForm } from "./mission-form.tsx";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { projectsMessages } from "./messages.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = projectsMessages.list;

export function ProjectsPage() {
  const route = useRoute();
  const { communes } = useOrganisations();
  const orgId = route.search.get("commune") ?? "";
  const thisYear = Number(parisToday().slice(0, 4));
  const year = Number(route.search.get("annee")) || thisYear;
  const query = trpc.projects.ofOrg.useQuery({ orgId, year }, { enabled: orgId !== "" });
  const mission = useFormPanel();
  const plan = useFormPanel();
  const [status, setStatus] = useState<string | null>(null);
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
          <OrganisationOptions organisations={communes} empty={t.chooseCommune} />
        </SelectField>
        <SelectField
          id="projets-annee"
          label={t.year}
          value={String(year)}
          onChange={(e) => go(orgId, Number(e.currentTarget.value))}
        >
          <Options
            options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: y,
              label: y,
            }))}
          />
        </SelectField>
      </div>
      <Status>{status}</Status>
      {orgId === "" ? (
        <Info>{t.chooseCommune}.</Info>
      ) : (
        <>
          <FormPanel
            id="projets-mission"
            toggle={projectsMessages.mission.toggle}
            title={projectsMessages.mission.heading}
            state={mission}
          >
            <MissionForm orgId={orgId} onCancel={mission.close} />
          </FormPanel>
          <FormPanel
            id="projets-schema"
            toggle={shared.plan.toggle}
            title={shared.plan.heading}
            state={plan}
          >
            <PlanForm
              orgId={orgId}
              onCancel={plan.close}
              onDone={(message) => {
                plan.close();
                setStatus(message);
              }}
            />
          </FormPanel>
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
        </>
      )}
    </Page>
  );
}
