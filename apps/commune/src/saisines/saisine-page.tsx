/**
 * One saisine (/saisines/saisine?id=…) as the commune follows it. In the side panel: the key
 * facts, the contract's delays, the answer to pass on with confirming or reopening it, the
 * exceptional decision. In the main column: the description, who handles it, adding
 * information or files, attachments, the arbitration (raising one if the commune disagrees)
 * and the public timeline. Each action is confirmed where it was made.
 */
import { isFinalSaisineStatus } from "@mutu/domain";
import { type ContentsItem, PageContents } from "@mutu/ui";
import { canAny, useSession } from "@mutu/web";
import {
  AttachmentsSection,
  DescriptionSection,
  RoutingSection,
  SaisinePageFrame,
  SummarySection,
  TimelineSection,
  useConfirmation,
  useSaisinePage,
} from "@mutu/web/saisines";
import { ArbitrationSection } from "../arbitrations/arbitration-section.tsx";
import { AnswerSection } from "./detail/answer-section.tsx";
import { CompleteSection } from "./detail/complete-section.tsx";
import { DelaysSection } from "./detail/delays-section.tsx";
import { ExceptionalSection } from "./detail/exceptional-section.tsx";
import { saisinesMessages } from "./messages.ts";
import type { SaisineDetail, TimelineEvent } from "./types.ts";

const t = saisinesMessages.detail;

function contents(s: SaisineDetail, canAdd: boolean, canRaise: boolean): ContentsItem[] {
  const c = t.contents;
  return [
    { id: "saisine-description", label: c.description },
    { id: "saisine-acheminement", label: c.routing },
    ...(canAdd ? [{ id: "saisine-completer", label: c.complete }] : []),
    { id: "saisine-pieces-jointes", label: c.attachments },
    ...(s.arbitration || canRaise ? [{ id: "saisine-arbitrage", label: c.arbitration }] : []),
    { id: "saisine-historique", label: c.timeline },
  ];
}

/** What the service commun asked for when it last put the saisine on hold for the commune. */
function waitingNote(events: readonly TimelineEvent[] | undefined): string | null {
  const last = [...(events ?? [])]
    .reverse()
    .find((e) => e.kind === "paused" && e.statusAfter === "en-attente-commune");
  return last?.body ?? null;
}

export function SaisinePage() {
  const me = useSession();
  const page = useSaisinePage();
  const { timeline } = page;
  // Kept by the page: confirming or reopening changes the sections that offered it.
  const answer = useConfirmation();
  const complete = useConfirmation();
  return (
    <SaisinePageFrame page={page} wording={t}>
      {(s) => {
        const open = !isFinalSaisineStatus(s.status);
        const canAdd = canAny(me, ["saisines.create"]) && open;
        const canRaise = canAny(me, ["saisines.read"]) && open;
        return {
          side: (
            <>
              <SummarySection saisine={s} wording={t} />
              <DelaysSection saisine={s} />
              <AnswerSection saisine={s} onDone={answer.show} />
              {answer.node}
              <ExceptionalSection saisine={s} />
            </>
          ),
          main: (
            <>
              <PageContents items={contents(s, canAdd, canRaise)} />
              <DescriptionSection saisine={s} wording={t} />
              <RoutingSection saisine={s} wording={t} />
              {canAdd ? (
                <CompleteSection
                  saisine={s}
                  waitingNote={waitingNote(timeline.data?.events)}
                  onDone={complete.show}
                />
              ) : null}
              {complete.node}
              <AttachmentsSection saisine={s} />
              <ArbitrationSection saisine={s} canRaise={canRaise} />
              <TimelineSection query={timeline} wording={t} titles={saisinesMessages.events} />
            </>
          ),
        };
      }}
    </SaisinePageFrame>
  );
}
