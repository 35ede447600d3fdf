/**
 * « Indicateurs des contrats » (/indicateurs?commune=&periode=): a member commune's indicators for
 * a period, as the commune reads them, with « Saisir la mesure » on each ended period of an
 * indicator measured by the service commun, and their exports.
 */
import { isEnteredIndicator } from "@mutu/domain";
import { Button, Info, Link, Loaded, Page, Status, useRoute, withParams } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { ExportButtons, PeriodForm, usePeriod } from "@mutu/web/dashboards";
import { IndicatorsView } from "@mutu/web/indicators";
import { useState } from "react";
import { communeDashboardHref, queueHref } from "../dashboards/hrefs.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { EntryDialog, type EntryTarget } from "./entry-dialog.tsx";
import { indicatorsMessages } from "./messages.ts";
import { OrganisationPicker } from "../organisations/organisation-picker.tsx";

const t = indicatorsMessages;

function CommuneForm({ orgId }: { orgId: string }) {
  const { navigate, search } = useRoute();
  const orgs = useOrganisations();
  return (
    <OrganisationPicker
      id="indicateurs-commune"
      words={{ form: t.commune, label: t.commune, choose: t.chooseCommune, show: t.show }}
      organisations={orgs.communes}
      current={orgId}
      boxed
      onApply={(draft) =>
        navigate(withParams("/indicateurs", search, { commune: draft }), { keepFocus: true })
      }
    />
  );
}

function CommuneIndicators({ orgId }: { orgId: string }) {
  const period = usePeriod();
  const utils = trpc.useUtils();
  const read = trpc.indicators.list.useQuery({ orgId, period: period.key });
  const [entering, setEntering] = useState<EntryTarget | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <p>
        <Link to={communeDashboardHref(orgId, period.key)}>{t.dashboard}</Link>
      </p>
      <PeriodForm period={period} />
      <Status>{saved}</Status>
      <Loaded query={read} loadingLabel={t.loading}>
        {(data) => (
          <IndicatorsView
            read={data}
            listHref={queueHref({ orgId })}
            entryAction={(indicator, measure) =>
              isEnteredIndicator(indicator.code) ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSaved(null);
                    setEntering({
                      orgId,
                      code: indicator.code as EntryTarget["code"],
                      label: indicator.label,
                      period: measure.period,
                    });
                  }}
                >
                  {measure.entry ? t.replace(measure.period.label) : t.enter(measure.period.label)}
                </Button>
              ) : null
            }
          />
        )}
      </Loaded>
      <ExportButtons
        id="indicateurs-export"
        fetchFile={(format) => utils.indicators.export.fetch({ orgId, period: period.key, format })}
      />
      {entering ? (
        <EntryDialog
          target={entering}
          onClose={() => setEntering(null)}
          onSaved={(message) => {
            setEntering(null);
            setSaved(message);
          }}
        />
      ) : null}
    </>
  );
}

export function IndicatorsPage() {
  const { search } = useRoute();
  const orgId = search.get("commune") ?? "";
  return (
    <Page title={t.title} lead={t.lead}>
      <CommuneForm orgId={orgId} />
      {orgId ? <CommuneIndicators key={orgId} orgId={orgId} /> : <Info>{t.choose}</Info>}
    </Page>
  );
}
