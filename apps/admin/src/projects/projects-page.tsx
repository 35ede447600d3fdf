/**
 * « Projets des communes » (/projets?commune=…&annee=…): the open projects of every commune, or a
 * member's indicators and projects once one is chosen.
 */
import { FormPanel, Page, Status, useFormPanel, useRoute } from "@mutu/ui";
import { useYearParam } from "@mutu/web";
import { PlanPanel, ProjectsFilter, YearProjects } from "@mutu/web/projects";
import { useState } from "react";
import { MissionForm } from "./mission-form.tsx";
import { ProjectsPortfolio } from "./portfolio.tsx";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { projectsMessages } from "./messages.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = projectsMessages.list;

export function ProjectsPage() {
  const route = useRoute();
  const { communes } = useOrganisations();
  const orgId = route.search.get("commune") ?? "";
  const year = useYearParam();
  const mission = useFormPanel();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page title={t.title} lead={t.lead}>
      <ProjectsFilter
        year={year}
        commune={{
          current: orgId,
          label: t.commune,
          options: <OrganisationOptions organisations={communes} empty={t.chooseCommune} />,
        }}
      />
      <Status>{status}</Status>
      {orgId === "" ? (
        <ProjectsPortfolio />
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
          <PlanPanel orgId={orgId} onDone={setStatus} />
          <YearProjects orgId={orgId} year={year} />
        </>
      )}
    </Page>
  );
}
