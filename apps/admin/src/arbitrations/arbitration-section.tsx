/** « Arbitrage »: the disagreement on this saisine, each level held, and the next step. */
import { Section } from "@mutu/ui";
import { ArbitrationRecord } from "@mutu/web/arbitrations";
import { arbitrationsMessages } from "./messages.ts";
import { detailMessages } from "../saisines/detail/messages.ts";
import type { SaisineDetail } from "../saisines/types.ts";
import { RaiseArbitrationForm, RecordLevelForm } from "./arbitration-forms.tsx";

const t = arbitrationsMessages.saisine;

export function ArbitrationSection({
  saisine: s,
  canManage,
  onDone,
}: {
  saisine: SaisineDetail;
  canManage: boolean;
  onDone(message: string): void;
}) {
  const a = s.arbitration;
  return (
    <Section id="saisine-arbitrage" title={detailMessages.contents.arbitration}>
      {a ? (
        <>
          <ArbitrationRecord arbitration={a} showSides />
          {canManage ? <RecordLevelForm key={a.levels.length} saisine={s} onDone={onDone} /> : null}
        </>
      ) : (
        <>
          <p className="muted">{t.none}</p>
          <RaiseArbitrationForm saisine={s} onDone={onDone} />
        </>
      )}
    </Section>
  );
}
