/**
 * An annual report as both spaces show it: its state and steps (dated, by whom), the figures of
 * the year, the contract's indicators against their targets, the gaps and their explanations, the
 * two sides' appreciations, the action plan, and the files (PDF, XLSX, ODS).
 */
import {
  INDICATOR_VERDICT_LABELS,
  type IndicatorVerdict,
  REPORT_STATUS_LABELS,
  reportDeadline,
  meetingsDueHeld,
} from "@mutu/domain";
import {
  Alert,
  Button,
  type Column,
  DataTable,
  type Description,
  DescriptionList,
  formatCalendarDate,
  formatNumber,
  Section,
  Status,
  useDownload,
} from "@mutu/ui";
import { type RouterOutputs, trpc } from "../trpc.ts";
import { reportsMessages as t } from "./messages.ts";

export type Report = NonNullable<RouterOutputs["reports"]["get"]>;
type IndicatorRow = Extract<
  Report["content"]["sections"][number],
  { key: "indicators" }
>["rows"][number];

const VERDICT_BADGES: Record<IndicatorVerdict, string> = {
  kept: "badge badge-ok",
  missed: "badge badge-danger",
  measured: "badge",
  reference: "badge",
  "not-measured": "badge badge-warning",
};

const indicatorColumns = (year: number): Column<IndicatorRow>[] => [
  { key: "code", header: t.code, rowHeader: true, cell: (r) => r.code },
  { key: "label", header: t.indicator, cell: (r) => r.label },
  { key: "target", header: t.target, cell: (r) => r.target },
  { key: "reference", header: t.reference, cell: (r) => r.reference ?? "—" },
  { key: "previous", header: String(year - 1), cell: (r) => r.previous.text },
  { key: "current", header: String(year), cell: (r) => r.current.text },
  {
    key: "verdict",
    header: t.verdict,
    cell: (r) => (
      <span className={VERDICT_BADGES[r.verdict]}>{INDICATOR_VERDICT_LABELS[r.verdict]}</span>
    ),
  },
];

function state(report: Report): Description[] {
  const generated = report.steps.find((s) => s.key === "generated");
  return [
    { key: "status", term: t.statusTerm, description: REPORT_STATUS_LABELS[report.status] },
    { key: "agreement", term: t.agreement, description: report.content.agreement ?? "—" },
    {
      key: "generated",
      term: t.generatedOn,
      description: generated ? formatCalendarDate(generated.on) : "—",
    },
    {
      key: "deadline",
      term: t.deadline,
      description: formatCalendarDate(reportDeadline(report.year)),
    },
    ...(report.presentedOn
      ? [
          {
            key: "presented",
            term: t.presentedOn,
            description: formatCalendarDate(report.presentedOn),
          },
        ]
      : []),
    ...(report.pdfSha256
      ? [
          {
            key: "hash",
            term: t.hash,
            description: <code className="hash">{report.pdfSha256}</code>,
          },
        ]
      : []),
  ];
}

function figures(report: Report): Description[] {
  const items: Description[] = [];
  for (const section of report.content.sections) {
    if (section.key === "saisines")
      items.push({
        key: "filed",
        term: t.filed(report.year),
        description: formatNumber(section.months.reduce((n, m) => n + m.current, 0)),
      });
    if (section.key === "exceptional") {
      items.push({
        key: "exceptional",
        term: t.exceptional,
        description: formatNumber(section.exceptional.length),
      });
      items.push({
        key: "disputes",
        term: t.disputes,
        description: formatNumber(section.disputes.length),
      });
    }
    if (section.key === "projects" && section.committedDays !== null)
      items.push({
        key: "projects",
        term: t.projectDays,
        description: t.projectDaysOf(
          formatNumber(section.loggedDays),
          formatNumber(section.committedDays),
        ),
      });
    if (section.key === "meetings") {
      const { due, held } = meetingsDueHeld(section);
      if (due)
        items.push({
          key: "meetings",
          term: t.meetingsHeld,
          description: t.meetingsHeldOf(formatNumber(held), formatNumber(due)),
        });
    }
  }
  return items;
}

export function ReportSummary({ report }: { report: Report }) {
  const indicators = report.content.sections.find((s) => s.key === "indicators");
  return (
    <>
      <Section id="rapport-etat" title={t.stepsTitle}>
        <DescriptionList items={state(report)} />
        <ol className="steps">
          {report.steps.map((s) => (
            <li key={s.key}>
              {formatCalendarDate(s.on)} : {t.stepBy(s.label, s.by)}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="rapport-annee" title={t.volumesTitle}>
        <DescriptionList items={figures(report)} />
      </Section>
      {indicators?.key === "indicators" ? (
        <DataTable
          layout="cards"
          caption={t.indicatorsCaption(report.year)}
          columns={indicatorColumns(report.year)}
          rows={indicators.rows}
          rowKey={(r) => r.code}
          empty={t.noIndicators}
        />
      ) : null}
      {report.gaps.length ? (
        <Section id="rapport-manques" title={t.gapsTitle}>
          <ul>
            {report.gaps.map((g) => (
              <li key={g.code}>
                <strong>
                  {g.code} — {g.label}
                </strong>{" "}
                : {report.gapExplanations[g.code] ?? t.gapUnexplained}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section
        id="rapport-appreciations"
        title={`${t.operatorComment} et ${t.communeComment.toLowerCase()}`}
      >
        <h3>{t.operatorComment}</h3>
        <p className="prose">{report.operatorComment || t.noComment}</p>
        <h3>{t.communeComment}</h3>
        <p className="prose">{report.communeComment || t.noComment}</p>
      </Section>
      <DataTable
        layout="cards"
        caption={t.actionPlanCaption(report.year + 1)}
        columns={[
          { key: "action", header: t.action, rowHeader: true, cell: (a) => a.action },
          { key: "owner", header: t.owner, cell: (a) => a.owner },
          { key: "due", header: t.due, cell: (a) => formatCalendarDate(a.due) },
        ]}
        rows={report.actionPlan}
        rowKey={(a) => `${a.action}-${a.due}`}
        empty={t.noAction}
      />
    </>
  );
}

/** The report's files; a draft's PDF is marked « PROJET », a sent one is the PDF sent. */
export function ReportDownloads({ report, orgId }: { report: Report; orgId?: string }) {
  const utils = trpc.useUtils();
  const { busy, error, done, run } = useDownload<"pdf" | "xlsx" | "ods">(t.downloaded);
  const download = (format: "pdf" | "xlsx" | "ods") =>
    run(format, () =>
      utils.reports.download.fetch({ year: report.year, format, ...(orgId ? { orgId } : {}) }),
    );
  const draft = report.status !== "sent" && report.status !== "presented";
  return (
    <Section id="rapport-fichiers" title={t.downloadsTitle}>
      {draft ? <p>{t.draftNote}</p> : null}
      <div className="actions">
        {(
          [
            ["pdf", t.downloadPdf],
            ["xlsx", t.downloadXlsx],
            ["ods", t.downloadOds],
          ] as const
        ).map(([format, label]) => (
          <Button
            key={format}
            variant={format === "pdf" ? "primary" : "secondary"}
            busy={busy === format}
            busyLabel={t.downloading}
            onClick={() => void download(format)}
          >
            {label}
          </Button>
        ))}
      </div>
      {error ? <Alert>{error.message}</Alert> : null}
      <Status>{done}</Status>
    </Section>
  );
}
