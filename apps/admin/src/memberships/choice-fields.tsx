/**
 * The fields of a choice of formule, the same when a commune joins and when it changes its choice:
 * which formule, from when, by which decision (and of when), and the audit it counts on — each
 * form lays them out with its own ids (`choicePlaces`).
 */
import type { ChangeChoiceInput, Subscription } from "@mutu/domain";
import {
  type BoundField,
  DayField,
  type FieldPlace,
  Options,
  SelectField,
  TextField,
} from "@mutu/ui";

export const EMPTY_CHOICE = {
  subscription: "",
  effectiveFrom: "",
  decisionRef: "",
  decidedOn: "",
  auditInvoicedOn: "",
};
export type Choice = typeof EMPTY_CHOICE;
type Name = keyof Choice;

export type ChoiceWords = Record<Name, string> & {
  chooseSubscription: string;
  decisionRefHint: string;
  auditHint: string;
};

/** The fields' places in a form's `fieldLayout`, in their order on screen: each one's id end and label. */
export const choicePlaces = (
  ids: Record<Name, string>,
  words: ChoiceWords,
): Record<Name, FieldPlace> => ({
  subscription: [ids.subscription, words.subscription],
  effectiveFrom: [ids.effectiveFrom, words.effectiveFrom],
  decisionRef: [ids.decisionRef, words.decisionRef],
  decidedOn: [ids.decidedOn, words.decidedOn],
  auditInvoicedOn: [ids.auditInvoicedOn, words.auditInvoicedOn],
});

/** What the procedure parses: empty optional dates are « none ». */
export function choiceInput(orgId: string, choice: Choice) {
  return {
    orgId,
    subscription: choice.subscription as Subscription,
    effectiveFrom: choice.effectiveFrom,
    decisionRef: choice.decisionRef,
    decidedOn: choice.decidedOn || null,
    auditInvoicedOn: choice.auditInvoicedOn || null,
  } satisfies Record<keyof ChangeChoiceInput, unknown>;
}

export function ChoiceFields({
  field,
  words,
  subscriptions,
}: {
  /** The form's `useFields(…).field`, its layout holding `choicePlaces`. */
  field(name: Name): BoundField;
  words: ChoiceWords;
  subscriptions: readonly { code: string; label: string }[];
}) {
  return (
    <>
      <SelectField {...field("subscription")} required>
        <Options
          empty={words.chooseSubscription}
          options={subscriptions.map((s) => ({ value: s.code, label: s.label }))}
        />
      </SelectField>
      <DayField {...field("effectiveFrom")} required />
      <TextField
        {...field("decisionRef")}
        hint={words.decisionRefHint}
        required
        className="input input-wide"
      />
      <DayField {...field("decidedOn")} />
      <DayField {...field("auditInvoicedOn")} hint={words.auditHint} />
    </>
  );
}
