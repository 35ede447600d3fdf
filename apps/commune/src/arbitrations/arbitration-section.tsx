/**
 * The arbitration of a disagreement on this saisine, once one is raised: its subject and each
 * level held. Raising one is an action of the side panel (saisines/detail/actions-section.tsx).
 */
import { Section } from "@mutu/ui";
import { ArbitrationRecord } from "@mutu/web/arbitrations";
import { saisinesMessages } from "../saisines/messages.ts";
import type { SaisineDetail } from "../saisines/types.ts";

export function ArbitrationSection({ saisine }: { saisine: SaisineDetail }) {
  const a = saisine.arbitration;
  if (!a) return null;
  return (
    <Section id="saisine-arbitrage" title={saisinesMessages.detail.contents.arbitration}>
      <ArbitrationRecord arbitration={a} showSides={false} />
    </Section>
  );
}
