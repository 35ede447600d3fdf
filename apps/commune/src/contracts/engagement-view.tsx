/**
 * The contrat d'engagement as the commune reads it: the version in force today, or — from the
 * history — another version (`?version=`) or the one in force on a date (`?date=`).
 */
import {
  Alert,
  Info,
  Link,
  Loading,
  Page,
  formatCalendarDate,
  toFormError,
  useRoute,
} from "@mutu/ui";
import { trpc, useSession } from "@mutu/web";
import { contractsMessages } from "./messages.ts";
import { AnnexView } from "@mutu/web/contracts";
import { HistorySection } from "./history/history-section.tsx";
import { versionLabel } from "./labels.ts";
import type { ContractSummary, VersionDetail } from "./types.ts";

const t = contractsMessages;

function useShownVersion(contract: ContractSummary, versionId: string, date: string) {
  // The version in force comes with the list of versions, which the history section needs
  // whatever version is shown.
  const today = trpc.contracts.current.useQuery({}, { retry: false });
  const byId = trpc.contracts.version.useQuery({ versionId }, { enabled: versionId !== "" });
  const onDate = trpc.contracts.versionAt.useQuery(
    { contractId: contract.id, date },
    { enabled: versionId === "" && date !== "" },
  );
  if (versionId) return { today, query: byId, version: byId.data?.version ?? null };
  if (date) return { today, query: onDate, version: onDate.data?.version ?? null };
  return { today, query: today, version: today.data?.version ?? null };
}

export function EngagementView({ contract }: { contract: ContractSummary }) {
  const me = useSession();
  const { search } = useRoute();
  const versionId = search.get("version") ?? "";
  const date = search.get("date") ?? "";
  const shown = useShownVersion(contract, versionId, date);
  // A date refused by the API (30 February…) is shown on the date form, not instead of the page.
  const dateError = date && shown.query.error ? shown.query.error : null;

  return (
    <Page title={t.title} lead={t.lead(me.org.name)}>
      {shown.query.error && !dateError ? (
        <Alert>{toFormError(shown.query.error).message}</Alert>
      ) : shown.query.data === undefined && !dateError ? (
        <Loading label={t.loading} />
      ) : (
        <>
          <Viewing version={shown.version} versionId={versionId} date={dateError ? "" : date} />
          {shown.version ? <AnnexView contract={contract} version={shown.version} /> : null}
        </>
      )}
      <HistorySection
        query={shown.today}
        shownId={shown.version?.id ?? null}
        date={date}
        dateError={dateError}
      />
    </Page>
  );
}

/** Which version is on screen, when it is not simply the one in force today. */
function Viewing({
  version,
  versionId,
  date,
}: {
  version: VersionDetail | null;
  versionId: string;
  date: string;
}) {
  const back = (
    <p>
      <Link to="/contrat">{t.viewing.backToCurrent}</Link>
    </p>
  );
  if (date) {
    const day = formatCalendarDate(date);
    if (!version)
      return (
        <Info>
          <p>{t.viewing.noneAtDate(day)}</p>
          {back}
        </Info>
      );
    return (
      <Info>
        <p>
          {version.inForce
            ? t.viewing.atDateIsCurrent(day)
            : t.viewing.atDate(day, versionLabel(version))}
        </p>
        {back}
      </Info>
    );
  }
  if (!version) return <Info>{t.viewing.noneToday}</Info>;
  if (versionId && !version.inForce)
    return (
      <Info>
        <p>{t.viewing.version(versionLabel(version))}</p>
        {back}
      </Info>
    );
  return null;
}
