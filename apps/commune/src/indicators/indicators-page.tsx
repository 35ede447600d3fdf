/**
 * « Indicateurs du contrat »: every indicator of the commune's annex for a period — its target,
 * its status, the delays of its saisines or the measure the Métropole entered with its evidence —
 * and their exports.
 */
import { Loaded, Page } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { ExportButtons, PeriodForm, usePeriod } from "@mutu/web/dashboards";
import { IndicatorsView } from "@mutu/web/indicators";
import { listHref } from "../dashboards/dashboard-page.tsx";
import { indicatorsMessages } from "./messages.ts";

const t = indicatorsMessages;

export function IndicatorsPage() {
  const period = usePeriod();
  const utils = trpc.useUtils();
  const read = trpc.indicators.list.useQuery({ period: period.key });
  return (
    <Page title={t.title} lead={t.lead} back={{ to: "/", label: t.back }}>
      <PeriodForm period={period} />
      <Loaded query={read} loadingLabel={t.loading}>
        {(data) => <IndicatorsView read={data} listHref={listHref} />}
      </Loaded>
      <ExportButtons
        id="indicateurs-export"
        fetchFile={(format) => utils.indicators.export.fetch({ period: period.key, format })}
      />
    </Page>
  );
}
