/**
 * « Bilan annuel »: for one commune or all, the year's exceptional saisines, the disputes and the
 * solutions chosen — as presented at the Conférence territoriale — with a CSV export.
 */
import { DISAGREEMENT_KIND_LABELS, EXCEPTIONAL_OUTCOME_LABELS } from "@mutu/domain";
import {
  Alert,
  Button,
  CalendarDate,
  type Column,
  DataTable,
  type Description,
  DescriptionList,
  type FormError,
  FilterBar,
  FormErrorSummary,
  fieldLayout,
  formatNumber,
  Link,
  Loaded,
  Missing,
  NumberField,
  Options,
  Page,
  SelectField,
  Status,
  useDownload,
  useFields,
  useRoute,
} from "@mutu/ui";
import { useState } from "react";
import { useYearParam } from "../commune-year-filter.tsx";
import type { RouterOutputs } from "../trpc.ts";
import { trpc } from "../trpc.ts";
import { saisineHref } from "./labels.tsx";
import { saisineMessages } from "./messages.ts";

type Recap = RouterOutputs["saisines"]["yearlyRecap"]["recap"];

const t = saisineMessages.recap;

type Exceptional = Recap["exceptional"][number];
type Dispute = Recap["disputes"][number];

const layout = fieldLayout("bilan", { year: ["annee", t.year] });

const exceptionalColumns: Column<Exceptional>[] = [
  {
    key: "saisine",
    header: t.saisine,
    rowHeader: true,
    cell: (e) => <Link to={saisineHref(e.saisineId)}>{e.title}</Link>,
  },
  { key: "commune", header: t.commune_, cell: (e) => e.orgName },
  { key: "filed", header: t.filedOn, cell: (e) => <CalendarDate value={e.filedOn} /> },
  {
    key: "outcome",
    header: t.outcome,
    cell: (e) => (e.outcome === "en-attente" ? t.pending : EXCEPTIONAL_OUTCOME_LABELS[e.outcome]),
  },
  { key: "decided", header: t.decidedOn, cell: (e) => <CalendarDate value={e.decidedOn} /> },
  {
    key: "reasons",
    header: t.reasons,
    cell: (e) =>
      e.reasons || e.adaptedMeans ? (
        <span className="cell-stack">
          {e.reasons ? <span>{e.reasons}</span> : null}
          {e.adaptedMeans ? <span>{e.adaptedMeans}</span> : null}
        </span>
      ) : (
        <Missing />
      ),
  },
];

const disputeColumns: Column<Dispute>[] = [
  {
    key: "saisine",
    header: t.saisine,
    rowHeader: true,
    cell: (d) => <Link to={saisineHref(d.saisineId)}>{d.title}</Link>,
  },
  { key: "commune", header: t.commune_, cell: (d) => d.orgName },
  { key: "kind", header: t.kind, cell: (d) => DISAGREEMENT_KIND_LABELS[d.kind] },
  { key: "level", header: t.highestLevel, numeric: true, cell: (d) => d.highestLevel },
  {
    key: "solution",
    header: t.solution,
    cell: (d) => (
      <span className="cell-stack">
        <span className={d.settled ? "badge badge-ok" : "badge badge-warning"}>
          {d.settled ? t.settled : t.notSettled}
        </span>
        {d.solution ? <span>{d.solution}</span> : null}
        {d.settledOn ? <CalendarDate value={d.settledOn} /> : null}
      </span>
    ),
  },
];

function totals(recap: Recap): Description[] {
  const n = recap.totals;
  const x = t.totals;
  return [
    { key: "exceptional", term: x.exceptional, description: formatNumber(n.exceptional) },
    { key: "accepted", term: x.accepted, description: formatNumber(n.accepted) },
    { key: "declined", term: x.declined, description: formatNumber(n.declined) },
    { key: "pending", term: x.pending, description: formatNumber(n.pending) },
    { key: "disputes", term: x.disputes, description: formatNumber(n.disputes) },
    { key: "settled", term: x.settled, description: formatNumber(n.settled) },
    { key: "unsettled", term: x.unsettled, description: formatNumber(n.unsettled) },
    ...([1, 2, 3] as const).map((level) => ({
      key: `level-${level}`,
      term: x.byLevel(level),
      description: formatNumber(n.byHighestLevel[level]),
    })),
  ];
}

/**
 * `communes`: the Métropole chooses one (or all of them); a commune has none to choose, the API
 * answers for its own.
 */
export function RecapPage({
  communes,
  back,
}: {
  communes?: readonly { id: string; name: string }[];
  back: { to: string; label: string };
}) {
  const { search, navigate } = useRoute();
  const year = useYearParam();
  const orgId = search.get("commune") ?? "";
  const input = { year, ...(orgId ? { orgId } : {}) };
  const recap = trpc.saisines.yearlyRecap.useQuery(input);
  const utils = trpc.useUtils();
  const [formError, setFormError] = useState<FormError | null>(null);
  const f = useFields({ year: String(year), orgId }, formError, layout);
  const exports = useDownload(t.exported);

  function submit() {
    const draftYear = f.values.year.trim();
    if (!/^\d{4}$/.test(draftYear)) {
      setFormError({ message: t.badYear, fieldErrors: { year: [t.badYear] }, code: null });
      return;
    }
    setFormError(null);
    const query = new URLSearchParams({ annee: draftYear });
    if (f.values.orgId) query.set("commune", f.values.orgId);
    navigate(`/saisines/bilan?${query}`, { keepFocus: true });
  }

  const exportCsv = () =>
    exports.run(true, () =>
      utils.saisines.yearlyRecap.fetch({ ...input, format: "csv" }).then((answer) => answer.file),
    );

  return (
    <Page title={t.title} lead={t.lead} back={back}>
      <FilterBar
        panel
        label={t.formLabel}
        submit={t.show}
        onApply={submit}
        above={<FormErrorSummary error={formError} fields={layout} headingLevel={2} />}
      >
        {communes ? (
          <SelectField id="bilan-commune" label={t.commune} {...f.text("orgId")}>
            <Options
              empty={t.allCommunes}
              options={communes.map((c) => ({ value: c.id, label: c.name }))}
            />
          </SelectField>
        ) : null}
        <NumberField {...f.field("year")} hint={t.yearHint} />
      </FilterBar>
      <Loaded query={recap} loadingLabel={t.loading}>
        {({ recap: r }) => (
          <>
            <section className="section" aria-labelledby="bilan-totaux">
              <h2 id="bilan-totaux">{t.totalsTitle(r.year)}</h2>
              <DescriptionList items={totals(r)} />
              <Button
                variant="secondary"
                busy={exports.busy !== null}
                busyLabel={t.exporting}
                onClick={() => void exportCsv()}
              >
                {t.exportCsv}
              </Button>
              {exports.error ? <Alert>{exports.error.message}</Alert> : null}
            </section>
            <DataTable
              caption={t.exceptionalCaption(r.exceptional.length)}
              columns={exceptionalColumns}
              rows={r.exceptional}
              rowKey={(e) => e.saisineId}
              empty={t.none}
              layout="cards"
            />
            <DataTable
              caption={t.disputesCaption(r.disputes.length)}
              columns={disputeColumns}
              rows={r.disputes}
              rowKey={(d) => d.saisineId}
              empty={t.none}
              layout="cards"
            />
          </>
        )}
      </Loaded>
      <Status>{exports.done}</Status>
    </Page>
  );
}
