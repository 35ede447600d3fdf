/**
 * One saisine's page (…/saisines/saisine?id=…), the frame both spaces share: the saisine and its
 * timeline loaded from the address, the link back to the list, and the page in two columns on a
 * desktop — the key facts, the clocks and the actions always in view in a side panel, the
 * description and the timeline in the main column (on a phone, the panel comes first). An
 * address whose identifier is not one says « introuvable » without asking the API.
 */
import {
  type ContentsItem,
  Info,
  Loaded,
  Page,
  PageContents,
  toFormError,
  useRoute,
} from "@mutu/ui";
import type { ReactNode } from "react";
import { trpc } from "../trpc.ts";
import { AttachmentsSection } from "./attachments-section.tsx";
import type { EventTitles } from "./labels.tsx";
import {
  DescriptionSection,
  RoutingSection,
  SummarySection,
  type SummaryWording,
} from "./summary-section.tsx";
import { TimelineSection, type TimelineWording } from "./timeline-section.tsx";
import type { SaisineDetail } from "./types.ts";

export type SaisinePageWording = {
  title(reference: string): string;
  fallbackTitle: string;
  /** The title when the address names no saisine the person may see. */
  notFoundTitle: string;
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

/**
 * What each space adds to the sections both show: the key facts, then its side panel; the table of
 * contents, the description, the routing, its own sections, the attachments, its arbitration
 * section and the timeline.
 */
export type SaisineColumns = {
  /** The side panel's sections after the key facts. */
  side: ReactNode;
  /** The main column's table of contents. */
  contents: ContentsItem[];
  /** The space's sections between the routing and the attachments. */
  afterRouting?: ReactNode;
  /** Whether the attachments say who sees each one (the service commun's page). */
  showVisibility?: boolean;
  arbitration: ReactNode;
};

export function SaisinePageFrame({
  page,
  wording: t,
  titles,
  children,
}: {
  page: SaisinePageState;
  wording: SaisinePageWording & SummaryWording & TimelineWording;
  /** Each event's title (`messages.saisines.events`). */
  titles: EventTitles;
  children(saisine: SaisineDetail): SaisineColumns;
}) {
  const { id, valid, saisine, timeline } = page;
  const notFound =
    (id !== "" && !valid) || (saisine.error && toFormError(saisine.error).code === "NOT_FOUND");
  return (
    <Page
      title={
        saisine.data
          ? t.title(saisine.data.reference)
          : notFound
            ? t.notFoundTitle
            : t.fallbackTitle
      }
      lead={saisine.data?.title}
      keepWhole={saisine.data?.reference}
      back={{ to: "/saisines", label: t.back }}
    >
      {id === "" ? (
        <Info>{t.missing}</Info>
      ) : !valid ? (
        <Info>{t.notFound}</Info>
      ) : (
        <Loaded query={saisine} loadingLabel={t.loading}>
          {(s) => {
            const columns = children(s);
            return (
              <div className="saisine-layout">
                <aside className="saisine-side" aria-label={t.sidePanel}>
                  <SummarySection saisine={s} wording={t} />
                  {columns.side}
                </aside>
                <div className="saisine-main">
                  <PageContents items={columns.contents} />
                  <DescriptionSection saisine={s} wording={t} />
                  <RoutingSection saisine={s} wording={t} />
                  {columns.afterRouting}
                  <AttachmentsSection saisine={s} showVisibility={columns.showVisibility} />
                  {columns.arbitration}
                  <TimelineSection query={timeline} wording={t} titles={titles} />
                </div>
              </div>
            );
          }}
        </Loaded>
      )}
    </Page>
  );
}
