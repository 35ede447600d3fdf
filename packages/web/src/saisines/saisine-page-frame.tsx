/**
 * One saisine's page (…/saisines/saisine?id=…), the frame both spaces share: the saisine and its
 * timeline loaded from the address, the link back to the list, and the page in two columns on a
 * desktop — the key facts, the clocks and the actions always in view in a side panel, the
 * description and the timeline in the main column (on a phone, the panel comes first). An
 * address whose identifier is not one says « introuvable » without asking the API.
 */
import { Info, Link, Loaded, Page, useRoute } from "@mutu/ui";
import type { ReactNode } from "react";
import { trpc } from "../trpc.ts";
import type { SaisineDetail } from "./types.ts";

export type SaisinePageWording = {
  title(reference: string): string;
  fallbackTitle: string;
  back: string;
  missing: string;
  loading: string;
  notFound: string;
  sidePanel: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The saisine of the address and its timeline. */
export function useSaisinePage() {
  const { search } = useRoute();
  const id = search.get("id") ?? "";
  const valid = UUID.test(id);
  const saisine = trpc.saisines.get.useQuery({ saisineId: id }, { enabled: valid });
  const timeline = trpc.saisines.timeline.useQuery({ saisineId: id }, { enabled: valid });
  return { id, valid, saisine, timeline };
}

export type SaisinePageState = ReturnType<typeof useSaisinePage>;

/** What each space puts in the side panel and in the main column. */
export type SaisineColumns = { side: ReactNode; main: ReactNode };

export function SaisinePageFrame({
  page,
  wording: t,
  children,
}: {
  page: SaisinePageState;
  wording: SaisinePageWording;
  children(saisine: SaisineDetail): SaisineColumns;
}) {
  const { id, valid, saisine } = page;
  return (
    <Page
      title={saisine.data ? t.title(saisine.data.reference) : t.fallbackTitle}
      lead={saisine.data?.title}
      keepWhole={saisine.data?.reference}
    >
      <p>
        <Link to="/saisines">{t.back}</Link>
      </p>
      {id === "" ? (
        <Info>{t.missing}</Info>
      ) : !valid ? (
        <Info>{t.notFound}</Info>
      ) : (
        <Loaded query={saisine} loadingLabel={t.loading}>
          {(s) => {
            const { side, main } = children(s);
            return (
              <div className="saisine-layout">
                <aside className="saisine-side" aria-label={t.sidePanel}>
                  {side}
                </aside>
                <div className="saisine-main">{main}</div>
              </div>
            );
          }}
        </Loaded>
      )}
    </Page>
  );
}
