/**
 * « Arbitrage », on a saisine's page: the disagreement and each level held; « Signaler un
 * désaccord » opens the form only for whoever raises one; the next level is recorded by the
 * shared service, once it opens its form. The confirmation shows here.
 */
import { Section, useFormPanel, FormPanel } from "@mutu/ui";
import { ArbitrationRecord, arbitrationMessages, RaiseArbitration } from "@mutu/web/arbitrations";
import { useConfirmation } from "@mutu/web/saisines";
import { detailMessages } from "../saisines/detail/messages.ts";
import type { SaisineDetail } from "../saisines/types.ts";
import { arbitrationsMessages } from "./messages.ts";
import { RecordLevelForm } from "./arbitration-forms.tsx";

const t = arbitrationsMessages.saisine;

function RecordLevel({ saisine: s, onDone }: { saisine: SaisineDetail; onDone(m: string): void }) {
  const panel = useFormPanel();
  return (
    <FormPanel
      id="arbitrage-niveau"
      toggle={t.openRecord}
      title={t.openRecord}
      headingLevel={3}
      state={panel}
    >
      {panel.open ? (
        <RecordLevelForm
          key={s.arbitration?.levels.length}
          saisine={s}
          onDone={(message) => {
            panel.setOpen(false);
            onDone(message);
          }}
        />
      ) : null}
    </FormPanel>
  );
}

export function ArbitrationSection({
  saisine: s,
  canManage,
}: {
  saisine: SaisineDetail;
  canManage: boolean;
}) {
  const confirmation = useConfirmation();
  const a = s.arbitration;
  return (
    <Section id="saisine-arbitrage" title={detailMessages.contents.arbitration}>
      {a ? (
        <>
          <ArbitrationRecord arbitration={a} showSides />
          {canManage && a.status === "ouvert" ? (
            <RecordLevel saisine={s} onDone={confirmation.show} />
          ) : null}
        </>
      ) : (
        <>
          <p className="muted">{arbitrationMessages.none}</p>
          <RaiseArbitration saisine={s} onDone={confirmation.show} />
        </>
      )}
      {confirmation.node}
    </Section>
  );
}
