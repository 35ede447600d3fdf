/**
 * Raising an arbitration on a saisine, from either side (000 art. 4: a disagreement on the
 * programming of the work or on its substance): opened by the person who raises one, never
 * shown before; the deciders of both sides are told.
 */
import { DISAGREEMENT_KIND_LABELS, DISAGREEMENT_KINDS, raiseArbitrationInput } from "@mutu/domain";
import {
  fieldLayout,
  Form,
  FormPanel,
  formActions,
  RadioGroup,
  TextAreaField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { ChangeError, useRefreshSaisine } from "../saisines/refresh.tsx";
import type { SaisineDetail } from "../saisines/types.ts";
import { arbitrationMessages as t } from "./messages.ts";

/** What the disagreement is about (000 art. 4): the programming of the work, or its substance. */
export function DisagreementKindField(props: {
  id: string;
  legend: string;
  value: string;
  onChange(value: string): void;
  error: readonly string[] | undefined;
}) {
  return (
    <RadioGroup
      required
      options={DISAGREEMENT_KINDS.map((value) => ({
        value,
        label: DISAGREEMENT_KIND_LABELS[value],
      }))}
      {...props}
    />
  );
}

export function useRefreshArbitration(saisineId: string) {
  const utils = trpc.useUtils();
  const refresh = useRefreshSaisine(saisineId);
  return () => Promise.all([refresh(), utils.arbitrations.list.invalidate()]);
}

const fields = fieldLayout("arbitrage", {
  kind: ["objet-0", t.kind],
  subject: ["desaccord", t.subjectField],
});

export function RaiseArbitration({
  saisine: s,
  onDone,
}: {
  saisine: SaisineDetail;
  onDone(message: string): void;
}) {
  const panel = useFormPanel();
  const refresh = useRefreshArbitration(s.id);
  const raise = trpc.arbitrations.raise.useMutation();
  const form = useSchemaForm(raiseArbitrationInput, raise);
  const { error } = form;
  const f = useFields({ kind: "", subject: "" }, error, fields);

  function submit() {
    const checked = form.check({ saisineId: s.id, ...f.values });
    if (!checked) return;
    raise.mutate(checked, {
      async onSuccess() {
        await refresh();
        panel.setOpen(false);
        onDone(t.raised_);
      },
    });
  }

  return (
    <FormPanel
      id="arbitrage-engager"
      toggle={t.openRaise}
      title={t.raiseTitle}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={null}
        fields={fields}
        onSubmit={submit}
        intro={<p>{t.raiseLead}</p>}
        actions={formActions({ submit: t.raise, submitting: t.raising }, raise.isPending, {
          label: t.cancel,
          onCancel: () => panel.close(),
        })}
      >
        <ChangeError
          error={error}
          fields={fields}
          title={t.raiseFailed}
          onReload={() => void refresh()}
        />
        <DisagreementKindField id="arbitrage-objet" legend={t.kind} {...f.choice("kind")} />
        <TextAreaField {...f.field("subject")} hint={t.subjectHint} required rows={4} />
      </Form>
    </FormPanel>
  );
}
