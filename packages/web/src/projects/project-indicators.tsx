/**
 * A commune's projects for a year as both spaces show them: indicator 2.1.1 (load planned and
 * logged by activity, against the contract's days), indicator 2.1.2 (projects of the plan
 * delivered), the digital plan's upkeep, and a member's use of its level-1 share.
 */
import { PROJECT_ACTIVITIES, PROJECT_ACTIVITY_LABELS, type ProjectActivity } from "@mutu/domain";
import {
  type Column,
  DataTable,
  DescriptionList,
  formatCalendarDate,
  formatMoney,
  Info,
  Section,
} from "@mutu/ui";
import { projectsMessages } from "./messages.ts";
import type { OrgProjects } from "./types.ts";

const t = projectsMessages.indicators;
const { days } = projectsMessages;

type LoadRow = { key: ProjectActivity | "total"; label: string; planned: number; logged: number };

const loadColumns: readonly Column<LoadRow>[] = [
  { key: "activity", header: t.activity, rowHeader: true, cell: (r) => r.label },
  { key: "planned", header: t.planned, numeric: true, cell: (r) => days(r.planned) },
  { key: "logged", header: t.logged, numeric: true, cell: (r) => days(r.logged) },
];

export function ProjectIndicators({ data, idPrefix }: { data: OrgProjects; idPrefix: string }) {
  const { load, delivery, upkeep, level1, plans } = data;
  const rows: LoadRow[] = [
    ...PROJECT_ACTIVITIES.map((a) => ({
      key: a,
      label: PROJECT_ACTIVITY_LABELS[a],
      planned: load.byActivity[a].plannedDays,
      logged: load.byActivity[a].loggedDays,
    })),
    { key: "total", label: t.total, planned: load.plannedDays, logged: load.loggedDays },
  ];
  const latest = plans[0];
  return (
    <Section id={`${idPrefix}-indicateurs`} title={t.title(data.year)}>
      <DataTable
        caption={t.loadCaption(data.year)}
        columns={loadColumns}
        rows={rows}
        rowKey={(r) => r.key}
      />
      <DescriptionList
        items={[
          {
            term: t.committed,
            description: load.committedDays === null ? t.noCommitment : days(load.committedDays),
          },
          ...(load.consumedRate === null || load.remainingDays === null
            ? []
            : [
                { term: t.consumed, description: projectsMessages.percent(load.consumedRate) },
                {
                  term: t.remaining,
                  description:
                    load.remainingDays < 0
                      ? t.exceeded(-load.remainingDays)
                      : days(load.remainingDays),
                },
              ]),
          {
            term: t.delivery,
            description:
              delivery.rate === null
                ? t.nothingPlanned
                : `${t.deliveryValue(delivery.delivered, delivery.planned)} (${projectsMessages.percent(delivery.rate)})${
                    delivery.deliveredOutsidePlan > 0
                      ? ` ; ${t.outsidePlan(delivery.deliveredOutsidePlan)}`
                      : ""
                  }`,
          },
          {
            term: t.plan,
            description: latest ? (
              <>
                {t.planVersion(latest.title, latest.startYear)}
                <br />
                {upkeep.reviseBy
                  ? upkeep.upToDate
                    ? t.upToDate(formatCalendarDate(upkeep.reviseBy))
                    : t.outOfDate(formatCalendarDate(upkeep.reviseBy))
                  : null}
              </>
            ) : (
              t.noPlan
            ),
          },
        ]}
      />
      {level1 ? (
        <>
          <h3>{t.level1}</h3>
          <DescriptionList
            items={[
              { term: t.level1Share(level1.tierLabel), description: days(level1.allowanceDays) },
              { term: t.level1Charged, description: days(level1.chargedDays) },
              {
                term: t.level1Beyond,
                description: t.level1BeyondValue(
                  level1.beyondHalfDays,
                  formatMoney(level1.beyondCents),
                ),
              },
            ]}
          />
          {level1.needsReview ? <Info>{t.level1Review}</Info> : null}
        </>
      ) : null}
    </Section>
  );
}
