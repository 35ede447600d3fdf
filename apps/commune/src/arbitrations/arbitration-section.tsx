/**
 * The arbitration of a disagreement on this saisine: its subject and each level held — or, when
 * the commune disagrees with the shared service, raising one (the form opens on demand).
 */
import { Section } from "@mutu/ui";
import { ArbitrationRecord, arbitrationMessages, RaiseArbitration } from "@mutu/web/arbitrations";
import { useConfirmation } from "@mutu/web/saisines";
import { saisinesMessages } from "../saisines/messages.ts";
import type { SaisineDetail } from "../saisines/types.ts";

export function ArbitrationSection({
  saisine,
  canRaise,
}: {
  saisine: SaisineDetail;
  canRaise: boolean;
}) {
  const confirmation = useConfirmation();
  const a = saisine.arbitration;
  if (!a && !canRaise) return null;
  return (
    <Section id="saisine-arbitrage" title={saisinesMessages.detail.contents.arbitration}>
      {a ? (
        <ArbitrationRecord arbitration={a} showSides={false} />
      ) : (
        <>
          <p className="muted">{arbitrationMessages.none}</p>
          <RaiseArbitration saisine={saisine} onDone={confirmation.show} />
        </>
      )}
      {confirmation.node}
    </Section>
  );
}
