/**
 * « Conventions » (/adhesions, Redon model): the communes that adhere and joining a new one, the year's
 * contributions of every member with their exports, and the priced catalogue.
 */
import { Info, Loaded, Loading, Page, PageContents, Section, toFormError } from "@mutu/ui";
import { trpc } from "@mutu/web";
import { membershipsMessages } from "./messages.ts";
import { CatalogueSection } from "./catalogue-section.tsx";
import { ContributionsSection } from "./contributions-section.tsx";
import { MembersSection } from "./members-section.tsx";

const t = membershipsMessages;

const SECTIONS = [
  { id: "conventions-adherents", label: t.contents.members },
  { id: "conventions-contributions", label: t.contents.contributions },
  { id: "conventions-catalogue", label: t.contents.catalogue },
] as const;

export function MembershipsPage() {
  const catalogue = trpc.memberships.catalogue.useQuery(undefined, {
    staleTime: 10 * 60_000,
    retry: false,
  });
  // Asked in the same request as the catalogue (the members' section reads it from the cache).
  trpc.memberships.list.useQuery();
  const noCatalogue = toFormError(catalogue.error).code === "NOT_FOUND";
  return (
    <Page title={t.title} lead={t.lead}>
      {catalogue.error && noCatalogue ? (
        <Info>{t.noCatalogue}</Info>
      ) : !catalogue.data && !catalogue.error ? (
        <Loading label={t.loading} />
      ) : (
        <Loaded query={catalogue}>
          {(data) => (
            <>
              <PageContents items={SECTIONS} />
              <MembersSection id="conventions-adherents" catalogue={data} />
              <ContributionsSection id="conventions-contributions" />
              <Section id="conventions-catalogue" title={t.contents.catalogue}>
                <CatalogueSection catalogue={data} />
              </Section>
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
