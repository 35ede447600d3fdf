/**
 * The « plan projet » of a sub-domain B project (004 §IV) once recorded: its objectives, the gains
 * and return on investment, the financing plan, who takes part, and its milestones by due date.
 */
import { type Column, DataTable, DescriptionList, formatCalendarDate, Section } from "@mutu/ui";
import { projectsMessages } from "./messages.ts";
import { text } from "./project-view.tsx";
import type { ProjectDetail } from "./types.ts";

const t = projectsMessages.planProjet;

type Milestone = { label: string; dueOn: string };

const block = (value: unknown) => <span className="text-block">{text(value)}</span>;

/** The milestones as stored, in date order; anything not shaped like one is left out. */
function milestonesOf(value: unknown): Milestone[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (m): m is Milestone =>
        typeof m === "object" &&
        m !== null &&
        typeof (m as Milestone).label === "string" &&
        typeof (m as Milestone).dueOn === "string",
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

const columns: readonly Column<Milestone>[] = [
  { key: "label", header: t.milestone, rowHeader: true, cell: (m) => m.label },
  { key: "dueOn", header: t.dueOn, cell: (m) => formatCalendarDate(m.dueOn) },
];

export function PlanProjetSection({ project }: { project: ProjectDetail }) {
  const plan = project.planProjet;
  if (!plan) return null;
  const milestones = milestonesOf(plan.milestones);
  return (
    <Section id="projet-plan" title={t.title}>
      <DescriptionList
        items={[
          { term: t.objectives, description: block(plan.objectives) },
          { term: t.returnOnInvestment, description: block(plan.returnOnInvestment) },
          { term: t.financingPlan, description: block(plan.financingPlan) },
          ...(plan.stakeholders
            ? [{ term: t.stakeholders, description: block(plan.stakeholders) }]
            : []),
        ]}
      />
      <DataTable
        layout="cards"
        caption={t.milestonesCaption}
        columns={columns}
        rows={milestones}
        rowKey={(m) => `${m.dueOn}-${m.label}`}
        empty={projectsMessages.view.notGiven}
      />
    </Section>
  );
}
