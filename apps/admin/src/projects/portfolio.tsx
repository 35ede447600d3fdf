/**
 * « Projets à suivre »: every open project of the communes the shared service follows, one table
 * per stage (to study, to present to the steering committee, under way).
 */
import {
  PROJECT_SCOPE_LABELS,
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  PROJECT_STATUS_LABELS,
} from "@mutu/domain";
import { type Column, DataTable, DateTime, Link, Loaded, Section } from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { projectsMessages as shared } from "@mutu/web/projects";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.portfolio;
const { list, days } = shared;

type OpenProject = RouterOutputs["projects"]["portfolio"]["projects"][number];

const columns: readonly Column<OpenProject>[] = [
  {
    key: "title",
    header: list.title,
    rowHeader: true,
    cell: (p) => <Link to={`/projets/projet?id=${p.id}`}>{p.title}</Link>,
  },
  { key: "commune", header: t.commune, cell: (p) => p.orgName },
  {
    key: "scope",
    header: list.scope,
    cell: (p) => (p.kind === "mission" ? list.mission : PROJECT_SCOPE_LABELS[p.scope]),
  },
  { key: "status", header: list.status, cell: (p) => PROJECT_STATUS_LABELS[p.status] },
  { key: "filedAt", header: t.filedAt, cell: (p) => <DateTime value={p.filedAt} format="date" /> },
  {
    key: "estimated",
    header: list.estimated,
    numeric: true,
    cell: (p) => (p.estimatedDays === null ? "—" : days(p.estimatedDays)),
  },
  { key: "logged", header: list.logged, numeric: true, cell: (p) => days(p.loggedDays) },
];

export function ProjectsPortfolio() {
  const query = trpc.projects.portfolio.useQuery();
  return (
    <Section id="projets-a-suivre" title={t.title} lead={t.lead}>
      <Loaded query={query} loadingLabel={t.loading}>
        {({ projects }) =>
          PROJECT_STAGES.map((stage) => {
            const rows = projects.filter((p) => p.stage === stage);
            return (
              <DataTable
                key={stage}
                layout="cards"
                caption={t.caption(PROJECT_STAGE_LABELS[stage], rows.length)}
                columns={columns}
                rows={rows}
                empty={t.empty}
              />
            );
          })
        }
      </Loaded>
    </Section>
  );
}
