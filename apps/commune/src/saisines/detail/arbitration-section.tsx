/** The arbitration of a disagreement on this saisine: its subject and each level held. */
import { Section } from "@mutu/ui";
import { ArbitrationRecord } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import type { SaisineDetail } from "../types.ts";

export function ArbitrationSection({ saisine }: { saisine: SaisineDetail }) {
  const a = saisine.arbitration;
  if (!a) return null;
  return (
    <Section id="saisine-arbitrage" title={messages.saisines.detail.contents.arbitration}>
      <ArbitrationRecord arbitration={a} showSides={false} />
    </Section>
  );
}
