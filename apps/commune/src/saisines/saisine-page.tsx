/**
 * One saisine (/saisines/saisine?id=…) as the commune follows it. In the side panel, always in
 * view on a desktop (as on the service commun's page): the key facts, the actions (adding
 * information or files, withdrawing, raising an arbitration), the answer to pass on with
 * confirming or reopening it, the exceptional decision and the contract's delays. In the main
 * column: the description, who handles it, attachments, the arbitration held and the public
 * timeline. Each action is confirmed in the panel, where it was made.
 */
import { isFinalSaisineStatus } from "@mutu/domain";
import type { ContentsItem } from "@mutu/ui";
import { canAny, useSession } from "@mutu/web";
import { SaisinePageFrame, useConfirmation, useSaisinePage } from "@mutu/web/saisines";
import { ArbitrationSection } from "../arbitrations/arbitration-section.tsx";
import { AnswerSection } from "./detail/answer-section.tsx";
import { ActionsSection } from "./detail/actions-section.tsx";
import { DelaysSection } from "./detail/delays-section.tsx";
import { ExceptionalSection } from "./detail/exceptional-section.tsx";
import { saisinesMessages } from "./messages.ts";
import type { SaisineDetail, TimelineEvent } from "./types.ts";

const t = saisinesMessages.detail;

function contents(s: SaisineDetail): ContentsItem[] {
  const c = t.contents;
  return [
    { id: "saisine-description", label: c.description },
    { id: "saisine-acheminement", label: c.routing },
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
  const { timeline } = page;
  // Kept by the page: confirming or reopening changes the sections that offered it.
  const answer = useConfirmation();
  const acted = useConfirmation();
  return (
    <SaisinePageFrame page={page} wording={t} titles={saisinesMessages.events}>
      {(s) => {
        const open = !isFinalSaisineStatus(s.status);
        const canAdd = canAny(me, ["saisines.create"]) && open;
        const canRaise = canAny(me, ["saisines.read"]) && open;
        return {
          side: (
            <>
              <ActionsSection
                saisine={s}
                canAdd={canAdd}
                canRaise={canRaise}
                waitingNote={waitingNote(timeline.data?.events)}
                onDone={acted.show}
              />
              {acted.node}
              <AnswerSection saisine={s} onDone={answer.show} />
              {answer.node}
              <ExceptionalSection saisine={s} />
              <DelaysSection saisine={s} />
            </>
          ),
          contents: contents(s),
          arbitration: <ArbitrationSection saisine={s} />,
        };
      }}
    </SaisinePageFrame>
  );
}
