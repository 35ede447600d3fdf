/**
 * Filing a saisine: type, sub-domain (with this commune's titles and what it mutualised), nature
 * (exceptionnelle explained), criticality, object, description, site, for whom (a resident: a
 * name and one way to reach them, with the retention notice), attachments — the fields of
 * `@mutu/web/saisines`, in this space's words. The domain's `createSaisineInput` — the schema the
 * API parses — checks every field at once, in French, before anything is sent; refused files too.
 * An idempotency key per form makes a resent filing return the first saisine, never a duplicate.
 */
import { createSaisineInput, SUB_DOMAIN_LETTERS } from "@mutu/domain";
import { Button, FormErrorSummary } from "@mutu/ui";
import type { FormEvent } from "react";
import { trpc, useSession } from "@mutu/web";
import {
  SaisineFields,
  saisineSummaryFields,
  subDomainLabel,
  useSaisineFiling,
  type Filed,
} from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";

const t = saisinesMessages.form;

const fields = saisineSummaryFields("saisine", t);

/**
 * The sub-domains as this commune's contract names them, else (a member of a convention, which
 * has no annex) as the model does, with the hint that says which.
 */
function useSubDomainOptions() {
  const current = trpc.contracts.current.useQuery({}, { retry: false, staleTime: 5 * 60_000 });
  const annex = current.data?.version?.annex;
  const options = SUB_DOMAIN_LETTERS.map((letter) => {
    const sub = annex?.subDomains[letter];
    return {
      value: letter,
      label: sub ? t.subDomainOption(letter, sub.title) : subDomainLabel(letter),
      ...(sub && !sub.mutualised ? { hint: t.notMutualised } : {}),
    };
  });
  return { options, hint: annex ? t.subDomainHint : t.subDomainHintModel };
}

export function NewSaisineForm({ onFiled }: { onFiled(filed: Filed): void }) {
  const me = useSession();
  const filing = useSaisineFiling(createSaisineInput, onFiled);
  const { error, values, change, uploading, busy } = filing;
  const subDomains = useSubDomainOptions();

  function submit(event: FormEvent<HTMLFormElement>) {
    filing.submit(event, { orgId: me.org.id });
  }

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      <FormErrorSummary error={error} fields={fields} title={t.failed} />
      <SaisineFields
        idPrefix="saisine"
        wording={{ ...t, subDomainHint: subDomains.hint }}
        own={{ value: "self", label: t.forSelf }}
        subDomainOptions={subDomains.options}
        values={values}
        onChange={change}
        errors={error?.fieldErrors}
      />
      <Button
        type="submit"
        busy={busy}
        busyLabel={uploading ? t.uploading(uploading) : t.submitting}
      >
        {t.submit}
      </Button>
    </form>
  );
}
