/**
 * Governance, the commune's side (/gouvernance?annee=…): the calendar of its contract's bodies, the
 * year's meetings and the actions in progress — read only; the service commun plans and records.
 */
import { Loaded, Page } from "@mutu/ui";
import { trpc, useYearParam } from "@mutu/web";
import { GovernanceFilter, GovernanceView, meetingsMessages } from "@mutu/web/meetings";

export function MeetingsPage() {
  const year = useYearParam();
  const overview = trpc.meetings.overview.useQuery({ year });
  return (
    <Page title={meetingsMessages.title} lead={meetingsMessages.lead}>
      <GovernanceFilter year={year} />
      <Loaded query={overview}>{(o) => <GovernanceView overview={o} />}</Loaded>
    </Page>
  );
}
