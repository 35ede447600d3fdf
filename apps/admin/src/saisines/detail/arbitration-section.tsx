/** « Arbitrage »: the disagreement on this saisine, each level held, and the next step. */
import { Section } from "@mutu/ui";
import { ArbitrationRecord } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import type { SaisineDetail } from "../types.ts";
import { RaiseArbitrationForm, RecordLevelForm } from "./arbitration-forms.tsx";

const t = messages.saisines.detail.arbitration;

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
    <Section id="saisine-arbitrage" title={messages.saisines.detail.contents.arbitration}>
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
