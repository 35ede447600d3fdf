/**
 * The fields of a choice of formule, the same when a commune joins and when it changes its choice:
 * which formule, from when, by which decision (and of when), and the audit it counts on.
 */
import type { ChangeChoiceInput, Subscription } from "@mutu/domain";
import { DayField, fieldError, Options, SelectField, type SummaryField, TextField } from "@mutu/ui";
import type { FieldErrors } from "@mutu/ui";

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

/** The fields in their order on screen, for the error summary. */
export function choiceSummary(ids: Record<Name, string>, words: ChoiceWords): SummaryField[] {
  return (Object.keys(EMPTY_CHOICE) as Name[]).map((name) => ({
    name,
    id: ids[name],
    label: words[name],
  }));
}

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
  ids,
  words,
  subscriptions,
  value,
  onChange,
  errors,
}: {
  ids: Record<Name, string>;
  words: ChoiceWords;
  subscriptions: readonly { code: string; label: string }[];
  value: Choice;
  onChange(value: Choice): void;
  errors: FieldErrors | undefined;
}) {
  const set = (name: Name) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...value, [name]: event.currentTarget.value });
  const date = (name: "effectiveFrom" | "decidedOn" | "auditInvoicedOn", hint?: string) => (
    <DayField
      id={ids[name]}
      label={words[name]}
      hint={hint}
      required={name === "effectiveFrom"}
      value={value[name]}
      onChange={set(name)}
      error={fieldError(errors, name)}
    />
  );
  return (
    <>
      <SelectField
        id={ids.subscription}
        label={words.subscription}
        required
        value={value.subscription}
        onChange={set("subscription")}
        error={fieldError(errors, "subscription")}
      >
        <Options
          empty={words.chooseSubscription}
          options={subscriptions.map((s) => ({ value: s.code, label: s.label }))}
        />
      </SelectField>
      {date("effectiveFrom")}
      <TextField
        id={ids.decisionRef}
        label={words.decisionRef}
        hint={words.decisionRefHint}
        required
        className="input input-wide"
        value={value.decisionRef}
        onChange={set("decisionRef")}
        error={fieldError(errors, "decisionRef")}
      />
      {date("decidedOn")}
      {date("auditInvoicedOn", words.auditHint)}
    </>
  );
}
