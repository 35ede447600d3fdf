/** « Projets des communes » (/projets?commune=…&annee=…): a member's indicators and projects. */
import { isHandledYear, parisToday, yearOf } from "@mutu/domain";
import {
  FormPanel,
  Info,
  Page,
  SelectField,
  Status,
  useFormPanel,
  useRoute,
  yearParam,
} from "@mutu/ui";
import { PlanPanel, ProjectYearField, YearProjects } from "@mutu/web/projects";
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
  const thisYear = yearOf(parisToday());
  const year = yearParam(route.search, thisYear, isHandledYear);
  const mission = useFormPanel();
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
        <ProjectYearField year={year} thisYear={thisYear} onChange={(y) => go(orgId, y)} />
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
          <PlanPanel orgId={orgId} onDone={setStatus} />
          <YearProjects orgId={orgId} year={year} />
        </>
      )}
    </Page>
  );
}
