/**
 * A commune's indicators for a period, as both spaces show them: the annex's date and the reference
 * year, first-contact resolution and volume, then every indicator of the annex with its status and
 * what measures it. The Métropole adds its « Saisir la mesure » buttons through `entryAction`.
 */
import { formatCalendarDate, Info, type DownloadableFile, downloadBase64File } from "@mutu/ui";
import type { ReactNode } from "react";
import type { DrillDown } from "../saisines/drill-down.tsx";
import { trpc } from "../trpc.ts";
import {
  ContextFigures,
  type EntryRead,
  IndicatorCard,
  type IndicatorRead,
  type IndicatorsRead,
  type MeasureRead,
} from "./indicator-card.tsx";
import { indicatorMessages } from "./messages.ts";

const t = indicatorMessages;

export function IndicatorsView({
  read,
  listHref,
  entryAction,
}: {
  read: IndicatorsRead;
  listHref: (d: DrillDown) => string;
  entryAction?: (indicator: IndicatorRead, measure: MeasureRead) => ReactNode;
}) {
  const utils = trpc.useUtils();
  const annexCodes = new Set(read.indicators.map((i) => i.code));
  async function download(entry: EntryRead) {
    const file: DownloadableFile = await utils.indicators.evidence.fetch({ entryId: entry.id });
    downloadBase64File(file);
  }
  return (
    <>
      <p className="muted">{t.judgedOn(formatCalendarDate(read.judgedOn))}</p>
      {read.reference && read.referenceYear ? (
        <Info>
          {t.referenceNote(
            formatCalendarDate(read.referenceYear.from),
            formatCalendarDate(read.referenceYear.to),
          )}
        </Info>
      ) : null}
      <ContextFigures read={read} listHref={listHref} />
      <div className="indicators">
        {read.indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.code}
            indicator={indicator}
            annexCodes={annexCodes}
            periodKey={read.period.key}
            listHref={listHref}
            onEvidence={(entry) => void download(entry)}
            {...(entryAction ? { entryAction } : {})}
          />
        ))}
      </div>
    </>
  );
}
