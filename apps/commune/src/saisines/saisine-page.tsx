/**
 * One saisine (/saisines/saisine?id=…) as the commune follows it: what it is, who handles it, the
 * contract's delays, the answer to pass on (confirm or reopen), adding information or files,
 * the exceptional decision and arbitration if any, and the public timeline.
 */
import { type ContentsItem, PageContents } from "@mutu/ui";
import { canAny, useSession } from "@mutu/web";
import {
  AttachmentsSection,
  RoutingSection,
  SaisinePageFrame,
  SummarySection,
  TimelineSection,
  useSaisinePage,
} from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import { AnswerSection } from "./detail/answer-section.tsx";
import { ArbitrationSection } from "../arbitrations/arbitration-section.tsx";
import { CompleteSection } from "./detail/complete-section.tsx";
import { DelaysSection } from "./detail/delays-section.tsx";
import { ExceptionalSection } from "./detail/exceptional-section.tsx";
import type { SaisineDetail, TimelineEvent } from "./types.ts";
import { isFinalSaisineStatus } from "@mutu/domain";

const t = saisinesMessages.detail;

function contents(s: SaisineDetail, canAdd: boolean): ContentsItem[] {
  const c = t.contents;
  return [
    { id: "saisine-resume", label: c.summary },
    { id: "saisine-acheminement", label: c.routing },
    { id: "saisine-delais", label: c.delays },
    ...(s.nature === "exceptionnelle" || s.exceptionalDecision
      ? [{ id: "saisine-exceptionnelle", label: c.exceptional }]
      : []),
    ...(s.resolution ? [{ id: "saisine-reponse", label: c.answer }] : []),
    ...(canAdd ? [{ id: "saisine-completer", label: c.complete }] : []),
    { id: "saisine-pieces-jointes", label: c.attachments },
    ...(s.arbitration ? [{ id: "saisine-arbitrage", label: c.arbitration }] : []),
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
  const { done, timeline } = page;
  return (
    <SaisinePageFrame page={page} wording={t}>
      {(s) => {
        const canAdd = canAny(me, ["saisines.create"]) && !isFinalSaisineStatus(s.status);
        return (
          <>
            <PageContents items={contents(s, canAdd)} />
            <SummarySection saisine={s} wording={t} />
            <RoutingSection saisine={s} wording={t} />
            <DelaysSection saisine={s} />
            <ExceptionalSection saisine={s} />
            <AnswerSection saisine={s} onDone={done} />
            {canAdd ? (
              <CompleteSection
                saisine={s}
                waitingNote={waitingNote(timeline.data?.events)}
                onDone={done}
              />
            ) : null}
            <AttachmentsSection saisine={s} />
            <ArbitrationSection saisine={s} />
            <TimelineSection query={timeline} wording={t} titles={saisinesMessages.events} />
          </>
        );
      }}
    </SaisinePageFrame>
  );
}
