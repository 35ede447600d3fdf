/**
 * One saisine (/saisines/saisine?id=…) as the service commun works it. In the side panel, always
 * in view on a desktop: the key facts, the actions its status allows (qualify, assign, hold,
 * resume, resolve, close, refuse), the exceptional decision, and the clocks. In the main column:
 * the description, the routing, the answer, commenting, attachments, arbitration and the full
 * timeline with the internal events.
 */
import { isFinalSaisineStatus } from "@mutu/domain";
import type { ContentsItem } from "@mutu/ui";
import { can, useSession } from "@mutu/web";
import { SaisinePageFrame, useConfirmation, useSaisinePage } from "@mutu/web/saisines";
import { ArbitrationSection } from "../arbitrations/arbitration-section.tsx";
import { AnswerSection } from "./detail/answer-section.tsx";
import { ClocksSection } from "./detail/clocks-section.tsx";
import { CommentForm } from "./detail/comment-form.tsx";
import { ExceptionalSection } from "./detail/exceptional-section.tsx";
import { detailMessages } from "./detail/messages.ts";
import { WorkSection } from "./detail/work-section.tsx";
import type { SaisineDetail } from "./types.ts";
import { BreachFromIncident } from "../rgpd/breach-link.tsx";

const t = detailMessages;

function contents(s: SaisineDetail, canWork: boolean): ContentsItem[] {
  const c = t.contents;
  return [
    { id: "saisine-description", label: c.description },
    { id: "saisine-acheminement", label: c.routing },
    ...(s.resolution ? [{ id: "saisine-reponse", label: c.answer }] : []),
    ...(canWork ? [{ id: "commentaire-titre", label: c.comment }] : []),
    { id: "saisine-pieces-jointes", label: c.attachments },
    { id: "saisine-arbitrage", label: c.arbitration },
    { id: "saisine-historique", label: c.timeline },
  ];
}

export function SaisinePage() {
  const me = useSession();
  const page = useSaisinePage();
  const canManage = can(me, "saisines.manage");
  // Kept by the page: closing a saisine removes the section where it was closed.
  const work = useConfirmation();
  return (
    <SaisinePageFrame page={page} wording={t} titles={detailMessages.events}>
      {(s) => {
        const canWork = canManage && !isFinalSaisineStatus(s.status);
        return {
          side: (
            <>
              <WorkSection saisine={s} canManage={canManage} confirmation={work} />
              {work.node}
              <ExceptionalSection saisine={s} />
              <ClocksSection saisine={s} />
            </>
          ),
          contents: contents(s, canWork),
          afterRouting: (
            <>
              <BreachFromIncident saisine={s} />
              <AnswerSection saisine={s} />
              {canWork ? <CommentForm saisineId={s.id} /> : null}
            </>
          ),
          showVisibility: true,
          arbitration: <ArbitrationSection saisine={s} canManage={canManage} />,
        };
      }}
    </SaisinePageFrame>
  );
}
