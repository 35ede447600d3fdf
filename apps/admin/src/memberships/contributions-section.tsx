/**
 * « Contributions de l'année »: every member's amount for a calendar year (?annee=, this year by
 * default) with its basis and breakdown, the total, and the CSV and XLSX files the API builds.
 */
import {
  Actions,
  Alert,
  Button,
  type Column,
  DataTable,
  FilterBar,
  FormErrorSummary,
  fieldLayout,
  formatMoney,
  formatNumber,
  Info,
  Loaded,
  Missing,
  NumberField,
  Section,
  Status,
  useDownload,
  useFields,
  useRoute,
  withParams,
} from "@mutu/ui";
import { useEffect } from "react";
import { trpc, useSchemaForm, useYearParam } from "@mutu/web";
import { contributionYearInput, EXPORT_FORMATS, type ExportFormat } from "@mutu/domain";
import { messages } from "../messages.ts";
import { membershipsMessages } from "./messages.ts";
import type { ContributionRow } from "./types.ts";

const t = membershipsMessages.contributions;
const yearLayout = fieldLayout("contributions", { year: ["annee", t.year] });

const columns: Column<ContributionRow>[] = [
  { key: "commune", header: t.commune, rowHeader: true, cell: (r) => r.orgName },
  {
    key: "population",
    header: t.population,
    numeric: true,
    cell: (r) => (r.population === null ? <Missing /> : formatNumber(r.population)),
  },
  { key: "subscription", header: t.subscription, cell: (r) => r.subscriptionLabels.join(" puis ") },
  { key: "basis", header: t.basis, cell: (r) => t.bases[r.basis] },
  { key: "amount", header: t.amount, numeric: true, cell: (r) => formatMoney(r.cents) },
  {
    key: "detail",
    header: t.detail,
    cell: (r) => (
      <>
        {r.problem ? <p className="text-danger">{r.problem}</p> : null}
        {r.lines.length ? (
          <ul className="plain-list">
            {r.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the breakdown's order, never reordered
              <li key={i}>
                {line.label} : {formatMoney(line.cents)}
              </li>
            ))}
          </ul>
        ) : null}
        {r.needsReview ? <span className="badge badge-warning">{t.review}</span> : null}
      </>
    ),
  },
];

export function ContributionsSection({ id }: { id: string }) {
  const route = useRoute();
  const year = useYearParam();
  const table = trpc.memberships.contributions.useQuery({ year });
  const utils = trpc.useUtils();
  const form = useSchemaForm(contributionYearInput, { error: null });
  const f = useFields({ year: String(year) }, form.error, yearLayout);
  const exports = useDownload<ExportFormat>(t.exported);
  // Back and forward change the URL under the form: show the year the table shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new year resets the field
  useEffect(() => f.reset({ year: String(year) }), [year]);

  function submit() {
    const value = f.values.year.trim();
    const checked = form.check({ year: Number(value) }, (fieldErrors) => {
      // Typed as text: « 2O25 », « 25 »… our words are clearer than zod's.
      if (!/^\d{4}$/.test(value)) fieldErrors.year = [messages.badYear];
    });
    if (!checked) return;
    route.navigate(withParams(route.path, route.search, { annee: String(checked.year) }), {
      keepFocus: true,
    });
  }

  const download = (format: ExportFormat) =>
    exports.run(format, () => utils.memberships.exportContributions.fetch({ year, format }));

  return (
    <Section id={id} title={membershipsMessages.contents.contributions} lead={t.lead}>
      <FormErrorSummary error={form.error} fields={yearLayout} headingLevel={3} />
      <FilterBar label={t.showLabel} submit={t.show} onApply={submit}>
        <NumberField {...f.field("year")} hint={t.yearHint} />
      </FilterBar>
      <Loaded query={table}>
        {(data) => (
          <>
            <DataTable
              caption={t.caption(data.year, data.totals.members)}
              columns={columns}
              rows={data.rows}
              rowKey={(r) => r.orgId}
              empty={t.empty}
              layout="cards"
              footer={
                <tr>
                  <th scope="row" colSpan={4}>
                    {t.total(data.year, data.totals.members)}
                  </th>
                  <td className="numeric">{formatMoney(data.totals.cents)}</td>
                  <td />
                </tr>
              }
            />
            {data.totals.problems ? <Alert>{t.problems(data.totals.problems)}</Alert> : null}
            {data.staffing.socleCompletMembers > 0 ? (
              <Info>
                {t.staffing(
                  data.staffing.socleCompletMembers,
                  data.staffing.extraFte,
                  data.staffing.condition,
                )}
              </Info>
            ) : null}
            <Actions>
              {EXPORT_FORMATS.map((format) => (
                <Button
                  key={format}
                  variant="secondary"
                  busy={exports.busy === format}
                  busyLabel={t.exporting}
                  disabled={exports.busy !== null}
                  onClick={() => void download(format)}
                >
                  {t.exportAs[format]}
                </Button>
              ))}
            </Actions>
            {exports.error ? <Alert>{exports.error.message}</Alert> : null}
            <Status>{exports.done}</Status>
          </>
        )}
      </Loaded>
    </Section>
  );
}
