/** A commune's projects and missions as a table; each title links to the project's page. */
import { PROJECT_SCOPE_LABELS, PROJECT_STATUS_LABELS } from "@mutu/domain";
import { type Column, DataTable, Link } from "@mutu/ui";
import { projectsMessages } from "./messages.ts";
import type { ProjectSummary } from "./types.ts";

const t = projectsMessages.list;
const { days } = projectsMessages;

export function ProjectList({
  projects,
  year,
  href,
}: {
  projects: readonly ProjectSummary[];
  year: number;
  href(id: string): string;
}) {
  const columns: readonly Column<ProjectSummary>[] = [
    {
      key: "title",
      header: t.title,
      rowHeader: true,
      cell: (p) => <Link to={href(p.id)}>{p.title}</Link>,
    },
    {
      key: "scope",
      header: t.scope,
      cell: (p) => (p.kind === "mission" ? t.mission : PROJECT_SCOPE_LABELS[p.scope]),
    },
    { key: "status", header: t.status, cell: (p) => PROJECT_STATUS_LABELS[p.status] },
    { key: "year", header: t.plannedYear, numeric: true, cell: (p) => p.plannedYear ?? "—" },
    {
      key: "estimated",
      header: t.estimated,
      numeric: true,
      cell: (p) => (p.estimatedDays === null ? "—" : days(p.estimatedDays)),
    },
    { key: "logged", header: t.logged, numeric: true, cell: (p) => days(p.loggedDays) },
  ];
  return (
    <DataTable
      layout="cards"
      caption={t.caption(year)}
      columns={columns}
      rows={projects}
      empty={t.empty}
    />
  );
}
