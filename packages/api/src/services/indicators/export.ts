/**
 * `indicators.export`: a commune's indicators for a period as a spreadsheet (CSV, XLSX or ODS):
 * one row per indicator and period measured, with its target, status, figures and evidence, then
 * the first-contact resolution rate and the volume beside the year before.
 */
import { type ExportFormat, INDICATOR_STATUS_LABELS, type IndicatorStatus } from "@mutu/domain";
import { fileSlug, type Sheet, spreadsheetFile } from "../exports/spreadsheets.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { periodAsked, readIndicators } from "./list.ts";

const COLUMNS: Sheet["columns"] = [
  { header: "Indicateur", width: 11 },
  { header: "Libellé", width: 48 },
  { header: "Période", width: 18 },
  { header: "Cible du contrat", width: 40 },
  { header: "Statut", width: 22 },
  { header: "Résultat", width: 48 },
  { header: "Saisines mesurées", kind: "integer" },
  { header: "Médiane (minutes ouvrées)", kind: "integer" },
  { header: "90e centile (minutes ouvrées)", kind: "integer" },
  { header: "Dans le délai (%)", kind: "percent" },
  { header: "Preuve", width: 40 },
  { header: "Saisi par", width: 28 },
  { header: "Saisi le", width: 12 },
];

const status = (s: IndicatorStatus) => INDICATOR_STATUS_LABELS[s];

export async function exportIndicators(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; period: string; format: ExportFormat },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const asked = periodAsked(input.period);
  const read = await inTenant(ctx, (tx) => readIndicators(tx, ctx.caller, orgId, asked, ctx.now()));
  const rows: Sheet["rows"][number][] = [];
  for (const indicator of read.indicators) {
    const head = [indicator.code, indicator.label] as const;
    if (indicator.delay) {
      const d = indicator.delay;
      rows.push([
        ...head,
        read.period.label,
        indicator.target,
        status(d.status),
        d.rules.map((r) => `${r.description} : ${r.percent ?? "—"} %`).join(" ; ") || "",
        d.count,
        d.statistics?.median ?? null,
        d.statistics?.p90 ?? null,
        d.compliance.percent,
        "Calculé à partir des saisines",
        null,
        null,
      ]);
    } else if (indicator.measures.length) {
      for (const m of indicator.measures)
        rows.push([
          ...head,
          m.period.label,
          indicator.target,
          status(m.result.status),
          m.result.headline,
          null,
          null,
          null,
          null,
          m.entry
            ? m.entry.evidence.kind === "link"
              ? m.entry.evidence.url
              : m.entry.evidence.fileName
            : null,
          m.entry ? m.entry.authorLabel : null,
          m.entry ? m.entry.measuredOn : null,
        ]);
    } else {
      rows.push([
        ...head,
        read.period.label,
        indicator.target,
        status("not-measured"),
        "Non suivi dans mutu",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  }
  const fc = read.firstContact;
  rows.push([
    "",
    "Incidents résolus au premier contact avec le centre d'appel",
    read.period.label,
    "",
    fc.total ? "Mesuré" : status("not-measured"),
    fc.total ? `${fc.met} sur ${fc.total}` : "Non mesuré",
    fc.total,
    null,
    null,
    fc.percent,
    "Calculé à partir des saisines",
    null,
    null,
  ]);
  const v = read.volumes;
  rows.push([
    "",
    "Saisines déposées (et l'an passé, même période)",
    read.period.label,
    "",
    "Mesuré",
    `${v.current} (${v.previous} un an plus tôt${v.changePercent === null ? "" : `, ${v.changePercent > 0 ? "+" : ""}${v.changePercent} %`})`,
    v.current,
    null,
    null,
    null,
    "Calculé à partir des saisines",
    null,
    null,
  ]);
  const file = await spreadsheetFile(
    [{ name: `Indicateurs ${read.period.key}`, columns: COLUMNS, rows }],
    input.format,
    `indicateurs-${fileSlug(read.orgName)}-${read.period.key}`,
  );
  return file;
}
