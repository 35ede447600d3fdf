/** The priced catalogue, read-only: offers and levels, conditions, prices by tier, level-1 pool, staffing. */
import { type Column, DataTable, formatCalendarDate, formatMoney, formatNumber } from "@mutu/ui";
import { membershipsMessages } from "./messages.ts";
import type { Catalogue } from "./types.ts";

const t = membershipsMessages.catalogue;

type Tariff = Catalogue["tariff"];
type FixedRow = Tariff["socleComplet"]["rows"][number];
type PriceRow = Tariff["audit"]["rows"][number];
type PoolRow = Tariff["level1"]["rows"][number];
type Staffing = Catalogue["staffing"][number];

const fixedColumns: Column<FixedRow>[] = [
  { key: "tier", header: t.tier, rowHeader: true, cell: (r) => r.tier.label },
  { key: "fixed", header: t.fixed, numeric: true, cell: (r) => formatMoney(r.fixedCents) },
];
const priceColumns: Column<PriceRow>[] = [
  { key: "tier", header: t.tier, rowHeader: true, cell: (r) => r.tier.label },
  { key: "price", header: t.price, numeric: true, cell: (r) => formatMoney(r.priceCents) },
];
const poolColumns: Column<PoolRow>[] = [
  { key: "tier", header: t.tier, rowHeader: true, cell: (r) => r.tier.label },
  { key: "communes", header: t.communes, numeric: true, cell: (r) => formatNumber(r.communes) },
  { key: "days", header: t.days, numeric: true, cell: (r) => formatNumber(r.days) },
];
const staffingColumns: Column<Staffing>[] = [
  {
    key: "members",
    header: t.members,
    rowHeader: true,
    cell: (s) => t.membersRange(s.fromMembers, s.toMembers),
  },
  { key: "fte", header: t.fte, numeric: true, cell: (s) => formatNumber(s.extraFte) },
  { key: "condition", header: t.condition, cell: (s) => s.condition },
];

const perInhabitant = (cents: number) => formatMoney(cents);

/** A price table by population tier, and the note the convention writes under it. */
function TierTable<R extends { tier: { label: string } }>({
  caption,
  columns,
  rows,
  note,
}: {
  caption: string;
  columns: Column<R>[];
  rows: readonly R[];
  note: string;
}) {
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.tier.label} />
      <p className="prose">{note}</p>
    </>
  );
}

export function CatalogueSection({ catalogue }: { catalogue: Catalogue }) {
  const { tariff } = catalogue;
  return (
    <>
      <p>
        <strong>{t.tariff} :</strong> {tariff.title}
        {tariff.approvedOn ? `, ${t.approvedOn(formatCalendarDate(tariff.approvedOn))}` : ""}.
      </p>
      <p className="muted">
        {t.source} : {tariff.source}
      </p>

      <h3>{t.offersTitle}</h3>
      {catalogue.offers.map((offer) => (
        <div key={offer.code} className="subsection">
          <h4>{offer.label}</h4>
          <p className="prose">{offer.description}</p>
          <ul>
            {offer.levels.map((level) => (
              <li key={level.level}>
                <strong>{t.level(level.level, level.name)}</strong> : {level.content}
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h3>{t.prerequisitesTitle}</h3>
      <ul className="prose">
        {catalogue.prerequisites.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>

      <h3>{t.pricesTitle}</h3>
      <TierTable
        caption={t.socleCaption}
        columns={fixedColumns}
        rows={tariff.socleComplet.rows}
        note={t.socleNote(
          perInhabitant(tariff.socleComplet.variableCentsPerInhabitant),
          formatNumber(tariff.socleComplet.reviewAbovePopulation),
        )}
      />
      <TierTable
        caption={t.auditCaption}
        columns={priceColumns}
        rows={tariff.audit.rows}
        note={t.auditNote(tariff.audit.deductionWindowMonths)}
      />
      <TierTable
        caption={t.groupementCaption}
        columns={fixedColumns}
        rows={tariff.groupementAchats.rows}
        note={t.groupementNote(perInhabitant(tariff.groupementAchats.variableCentsPerInhabitant))}
      />
      <TierTable
        caption={t.level1Caption}
        columns={poolColumns}
        rows={tariff.level1.rows}
        note={t.level1Note(
          formatNumber(tariff.level1.poolDays),
          tariff.level1.basisCommunes,
          formatMoney(tariff.level1.halfDayCents),
        )}
      />
      <DataTable
        caption={t.staffingCaption}
        columns={staffingColumns}
        rows={catalogue.staffing}
        rowKey={(s) => String(s.fromMembers)}
        layout="cards"
      />
    </>
  );
}
