/** The RGPD options the 2018 amendments introduced: shared DPO, who handles breaches and requests. */
import { CalendarDate, DescriptionList, Section } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import type { Annex } from "../types.ts";

const t = contractsMessages.rgpd;

function handler(value: "commune" | "metropole" | null) {
  return value ? t.handlers[value] : t.notSpecified;
}

export function RgpdSection({ id, annex }: { id: string; annex: Annex }) {
  const { rgpd } = annex;
  const empty = Object.values(rgpd).every((value) => value === null);
  return (
    <Section id={id} title={contractsMessages.contents.rgpd}>
      {empty ? (
        <p className="muted">{t.none}</p>
      ) : (
        <DescriptionList
          items={[
            {
              term: t.dpoShared,
              description: rgpd.dpoShared === null ? t.notSpecified : rgpd.dpoShared ? t.yes : t.no,
            },
            { term: t.breachesHandledBy, description: handler(rgpd.breachesHandledBy) },
            {
              term: t.dataSubjectRequestsHandledBy,
              description: handler(rgpd.dataSubjectRequestsHandledBy),
            },
            {
              term: t.subProcessorSelection,
              description: rgpd.subProcessorSelection ?? t.notSpecified,
            },
            {
              term: t.legacyProcessingInventoryDue,
              description: rgpd.legacyProcessingInventoryDue ? (
                <CalendarDate value={rgpd.legacyProcessingInventoryDue} />
              ) : (
                t.notSpecified
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}
