/** « Vos contributions »: this year's and next year's amounts, each with its breakdown. */
import { Alert, Info, Section } from "@mutu/ui";
import { LinesTable } from "@mutu/web/memberships";
import { membershipsMessages } from "./messages.ts";
import type { Membership } from "./types.ts";

const t = membershipsMessages.contributions;

export function ContributionsSection({
  id,
  membership: m,
}: {
  id: string;
  membership: Membership;
}) {
  return (
    <Section id={id} title={membershipsMessages.contents.contributions} lead={t.lead}>
      {m.contributionProblem ? <Alert>{m.contributionProblem}</Alert> : null}
      {m.contributions.map((c) => (
        <div key={c.year} className="subsection">
          {c.basis === "none" ? (
            <p>{t.nothing(c.year)}</p>
          ) : (
            <>
              <LinesTable
                caption={`${t.caption(c.year)} — ${t.basis[c.basis]}`}
                lines={c.lines}
                total={c.cents}
              />
              {c.needsReview ? <Info>{t.needsReview}</Info> : null}
            </>
          )}
        </div>
      ))}
    </Section>
  );
}
