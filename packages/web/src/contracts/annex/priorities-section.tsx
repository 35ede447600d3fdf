/** The commune's priorities, in the contract's order. */
import { Section } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import type { Annex } from "../types.ts";

const t = contractsMessages.priorities;

export function PrioritiesSection({ id, annex }: { id: string; annex: Annex }) {
  return (
    <Section id={id} title={contractsMessages.contents.priorities}>
      {annex.priorities.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ol className="stack">
          {annex.priorities.map((priority, index) => {
            const details = [
              [t.nature, priority.nature],
              [t.objective, priority.objective],
              [t.stakes, priority.stakes],
            ].filter((pair): pair is [string, string] => Boolean(pair[1]));
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the contract's order, never reordered here
              <li key={index}>
                {priority.title ? <strong>{priority.title}</strong> : null}
                {priority.title && priority.text ? " — " : null}
                {priority.text}
                {details.length ? (
                  <ul>
                    {details.map(([label, value]) => (
                      <li key={label}>
                        {label} : {value}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {annex.prioritiesNote ? <p className="prose">{annex.prioritiesNote}</p> : null}
    </Section>
  );
}
