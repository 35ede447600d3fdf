/**
 * « Avenants et versions »: every published version with its number, subject, signature and
 * period; links to read any of them; comparing two; the version in force on a chosen date.
 */
import { CalendarDate, type Column, DataTable, Link, Loaded, Section } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { versionLabel } from "../labels.ts";
import type { VersionSummary } from "../types.ts";
import { CompareForm } from "./compare-form.tsx";
import { DateForm } from "./date-form.tsx";
import { dayBefore } from "@mutu/domain";

const t = contractsMessages.history;

function state(v: VersionSummary) {
  if (v.inForce) return <span className="badge badge-ok">{t.current}</span>;
  if (v.effectiveTo === null) return <span className="badge badge-warning">{t.future}</span>;
  return <span className="badge badge-off">{t.past}</span>;
}

export function HistorySection({
  query,
  shownId,
  date,
  dateError,
}: {
  /** `contracts.current`, which lists the versions with the one in force. */
  query: { data: { versions: VersionSummary[] } | undefined; error: unknown };
  shownId: string | null;
  date: string;
  /** `contracts.versionAt`'s refusal of the date asked, shown on the date form. */
  dateError: unknown;
}) {
  const columns: Column<VersionSummary>[] = [
    { key: "version", header: t.version, rowHeader: true, cell: (v) => versionLabel(v) },
    { key: "subject", header: t.subject, cell: (v) => v.subject ?? "" },
    {
      key: "signedOn",
      header: t.signedOn,
      cell: (v) => (v.signedOn ? <CalendarDate value={v.signedOn} /> : t.undated),
    },
    { key: "from", header: t.from, cell: (v) => <CalendarDate value={v.effectiveFrom} /> },
    {
      key: "to",
      header: t.to,
      cell: (v) => <CalendarDate value={v.effectiveTo ? dayBefore(v.effectiveTo) : null} />,
    },
    { key: "state", header: t.state, cell: state },
    {
      key: "open",
      header: <span className="visually-hidden">{t.open}</span>,
      cell: (v) =>
        v.id === shownId ? (
          <span className="muted">{t.viewing}</span>
        ) : (
          <Link to={v.inForce ? "/contrat" : `/contrat?version=${encodeURIComponent(v.id)}`}>
            {t.open}
            <span className="visually-hidden">{t.openLabel(versionLabel(v))}</span>
          </Link>
        ),
    },
  ];
  return (
    <Section id="contrat-versions" title={contractsMessages.contents.history} lead={t.lead}>
      <Loaded query={query}>
        {({ versions }) => (
          <>
            <DataTable caption={t.caption} columns={columns} rows={versions} layout="cards" />
            {versions.length > 1 ? (
              <CompareForm versions={versions} />
            ) : (
              <p className="muted">{t.single}</p>
            )}
            <DateForm date={date} refusal={dateError} />
          </>
        )}
      </Loaded>
    </Section>
  );
}
