/**
 * « Mon contrat »: the commune's contract with the service commun — a contrat d'engagement
 * (Bordeaux model) with its annex and amendments, or a convention de service commun (Redon model)
 * with the member's choice and contributions. Which one, the list of the commune's contracts says.
 */
import { Info, Loaded, Page } from "@mutu/ui";
import { trpc, useSession } from "@mutu/web";
import { MembershipView } from "../memberships/membership-view.tsx";
import { contractsMessages } from "./messages.ts";
import { EngagementView } from "./engagement-view.tsx";

const t = contractsMessages;

export function ContractPage() {
  const me = useSession();
  const list = trpc.contracts.list.useQuery({});
  // Asked in the same request as the list: the contract in force and its versions, the whole
  // « Mon contrat » page. A member of a convention has none (NOT_FOUND): the list says which.
  trpc.contracts.current.useQuery({}, { retry: false });
  const engagement = list.data?.find((c) => c.kind === "engagement");
  const convention = list.data?.find((c) => c.kind === "convention");

  if (engagement) return <EngagementView contract={engagement} />;
  if (convention) return <MembershipView />;
  return (
    <Page title={t.title} lead={t.lead(me.org.name)}>
      <Loaded query={list} loadingLabel={t.loading}>
        {() => <Info>{t.none}</Info>}
      </Loaded>
    </Page>
  );
}
