/** What is mutualised: the domain's four sub-domains, each with its activities and its exclusions. */
import { Section } from "@mutu/ui";
import { annexMessages as contractsMessages } from "../annex-messages.ts";
import { type Annex, LETTERS } from "../types.ts";

const t = contractsMessages.perimeter;

function Items({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((item, index) => (
        // Texts may repeat (a source lists an activity twice): the index keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function PerimeterSection({ id, annex }: { id: string; annex: Annex }) {
  const { unassigned } = annex;
  return (
    <Section
      id={id}
      title={contractsMessages.contents.perimeter}
      lead={annex.perimeterHeading ?? undefined}
    >
      {LETTERS.map((letter) => {
        const sub = annex.subDomains[letter];
        const headingId = `${id}-${letter}`;
        return (
          <section key={letter} className="subsection" aria-labelledby={headingId}>
            <h3 id={headingId}>{t.heading(letter, sub.title)}</h3>
            <p>
              <span className={sub.mutualised ? "badge badge-ok" : "badge badge-off"}>
                {sub.mutualised ? t.mutualised : t.notMutualised}
              </span>
            </p>
            <h4>{t.activities}</h4>
            <Items items={sub.activities} empty={t.noActivities} />
            <h4>{t.exclusions}</h4>
            <Items items={sub.exclusions} empty={t.noExclusions} />
          </section>
        );
      })}
      {unassigned.activities.length || unassigned.exclusions.length ? (
        <section className="subsection" aria-labelledby={`${id}-autres`}>
          <h3 id={`${id}-autres`}>{t.unassigned}</h3>
          {unassigned.activities.length ? (
            <>
              <h4>{t.activities}</h4>
              <Items items={unassigned.activities} empty={t.noActivities} />
            </>
          ) : null}
          {unassigned.exclusions.length ? (
            <>
              <h4>{t.exclusions}</h4>
              <Items items={unassigned.exclusions} empty={t.noExclusions} />
            </>
          ) : null}
        </section>
      ) : null}
    </Section>
  );
}
