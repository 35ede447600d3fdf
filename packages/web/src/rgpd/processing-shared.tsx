/**
 * A record adopted from a shared processing: which version it follows, where it departs from it,
 * and each new version the Métropole proposed — the commune accepts it (its record follows) or keeps
 * its own with its reasons (the divergence stays on record). No silent overwrite, no silent drift.
 */
import { decideProposalInput, PROPOSAL_STATUS_LABELS } from "@mutu/domain";
import {
  fieldLayout,
  Form,
  formActions,
  RadioGroup,
  Section,
  TextAreaField,
  useFields,
} from "@mutu/ui";
import { useSchemaForm } from "../schema-form.ts";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { actionMessages } from "./action-messages.ts";
import { SharedComparison } from "./shared-comparison.tsx";
import { useRgpdSpace } from "./space.tsx";
import type { ProcessingDetail } from "./types.ts";

const t = actionMessages.shared;
const decideLayout = fieldLayout("proposition", {
  accept: ["decision-0", t.decision],
  reason: ["motif", t.reason],
});

function DecideForm({
  proposal,
  onDone,
}: {
  proposal: ProcessingDetail["proposals"][number];
  onDone(message: string): Promise<void>;
}) {
  const decide = trpc.rgpd.shared.decide.useMutation();
  const form = useSchemaForm(decideProposalInput, decide);
  const f = useFields({ accept: "", reason: "" }, form.error, decideLayout);
  const { accept: choice, reason } = f.values;
  return (
    <Form
      error={form.error}
      fields={decideLayout}
      failed={t.failed}
      intro={
        <>
          <h3 id="proposition-titre">{t.decideTitle(proposal.toVersion)}</h3>
          {proposal.changeNote ? (
            <p>
              {t.changeNote} : « {proposal.changeNote} »
            </p>
          ) : null}
          {proposal.comparison.length ? (
            <SharedComparison
              comparison={proposal.comparison}
              fromVersion={proposal.fromVersion}
              toVersion={proposal.toVersion}
            />
          ) : (
            <p>{t.noChange}</p>
          )}
          <p>{t.decideLead}</p>
        </>
      }
      labelledBy="proposition-titre"
      onSubmit={() => {
        const checked = form.check(
          {
            proposalId: proposal.id,
            accept: choice === "" ? undefined : choice === "accept",
            reason,
          },
          (errors) => {
            if (choice === "") errors.accept = [t.decision];
          },
        );
        if (checked)
          decide.mutate(checked, {
            async onSuccess() {
              await onDone(checked.accept ? t.accepted : t.declined);
            },
          });
      }}
      actions={formActions(t, decide.isPending)}
    >
      <RadioGroup
        required
        options={[
          { value: "accept", label: t.accept },
          { value: "decline", label: t.decline },
        ]}
        {...f.group("accept")}
      />
      <TextAreaField {...f.field("reason")} hint={t.reasonHint} rows={3} />
    </Form>
  );
}

export function SharedSection({
  p,
  onDone,
}: {
  p: ProcessingDetail;
  onDone(message: string): Promise<void>;
}) {
  const me = useSession();
  const { side } = useRgpdSpace();
  if (!p.shared) return null;
  const pending = p.proposals.find((x) => x.status === "pending");
  return (
    <Section
      id="partage"
      title={t.title}
      lead={t.lead(p.shared.name, p.shared.version, p.shared.adoptedVersion)}
    >
      <h3>{t.divergences}</h3>
      {p.shared.divergences.length ? (
        <ul>
          {p.shared.divergences.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : (
        <p>{t.noDivergence}</p>
      )}
      {p.proposals.length ? (
        <>
          <h3>{t.proposals}</h3>
          <ul>
            {p.proposals.map((x) => (
              <li key={x.id}>
                {t.proposal(x.fromVersion, x.toVersion)} : {PROPOSAL_STATUS_LABELS[x.status]}
                {x.decidedBy ? ` ${t.decidedBy(x.decidedBy)}` : ""}
                {x.reason ? ` « ${x.reason} »` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pending && side === "commune" && can(me, "rgpd.manage") ? (
        <DecideForm proposal={pending} onDone={onDone} />
      ) : null}
    </Section>
  );
}
