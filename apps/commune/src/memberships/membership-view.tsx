/**
 * A member's convention de service commun (Redon model): its choice and periods, renewal and
 * notice, this year's and next year's contributions with their breakdown, and a simulation.
 */
import { Loaded, Page, PageContents } from "@mutu/ui";
import { trpc, useSession } from "@mutu/web";
import { contractsMessages } from "../contracts/messages.ts";
import { membershipsMessages } from "./messages.ts";
import { ContributionsSection } from "./contributions-section.tsx";
import { MembershipSection } from "./membership-section.tsx";
import { SimulationSection } from "./simulation-section.tsx";

const t = membershipsMessages;

const SECTIONS = [
  { id: "convention-adhesion", label: t.contents.membership },
  { id: "convention-contributions", label: t.contents.contributions },
  { id: "convention-simulation", label: t.contents.simulation },
] as const;

export function MembershipView() {
  const me = useSession();
  const membership = trpc.memberships.get.useQuery({});
  return (
    <Page title={contractsMessages.title} lead={contractsMessages.leadConvention(me.org.name)}>
      <Loaded query={membership} loadingLabel={t.loading}>
        {(m) => (
          <>
            <PageContents items={SECTIONS} />
            <MembershipSection id="convention-adhesion" membership={m} />
            <ContributionsSection id="convention-contributions" membership={m} />
            <SimulationSection id="convention-simulation" population={m.member.population} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
