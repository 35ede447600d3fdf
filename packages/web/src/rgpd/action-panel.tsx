/**
 * One step of a record behind its button (request an opinion, notify the CNIL, extend a request…):
 * a `FormPanel` holding a `Form` checked with the domain schema its procedure parses, which closes
 * and says what was done once the step is recorded. Each step only brings its fields (`useStep`,
 * the house's `useFields` bound to the step's schema and layout) and its words.
 */
import {
  Form,
  FormPanel,
  formActions,
  labelled,
  Options,
  type SummaryField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import type { ReactNode } from "react";
import type { z } from "zod";
import { type FormValues, type SchemaForm, useSchemaForm } from "../schema-form.ts";
import { formMessages } from "./form-messages.ts";

/** What a tRPC mutation offers a form, as far as this panel relies on it. */
export type Mutation<I, R = unknown> = {
  mutate(input: I, options: { onSuccess(result: R): Promise<void> }): void;
  isPending: boolean;
  error: unknown;
  reset(): void;
};

export type StepWords = {
  toggle: string;
  title?: string;
  submit: string;
  submitting: string;
  failed: string;
  done: string;
};

/**
 * A step's form: its values and the props of its fields (`step.field("note")`, names type-checked
 * against the layout), checked with `schema` and sent with `mutation`.
 */
export function useStep<
  S extends z.ZodType,
  V extends Record<string, unknown>,
  const L extends readonly SummaryField[],
  R = unknown,
>(schema: S, mutation: Mutation<z.input<S>, R>, initial: V, layout: L) {
  const form: SchemaForm<S> = useSchemaForm(schema, mutation);
  return { ...useFields(initial, form.error, layout), form, mutation, layout };
}

export function ActionPanel<S extends z.ZodType>({
  id,
  words,
  step,
  values,
  adjust,
  intro,
  variant,
  onDone,
  children,
}: {
  id: string;
  words: StepWords;
  step: {
    form: SchemaForm<S>;
    mutation: Mutation<z.input<S>>;
    layout: readonly SummaryField[];
  };
  /** The input as the form holds it, checked on submit. */
  values(): FormValues<S>;
  /** Errors the schema cannot see (the domain's rules on the record shown). */
  adjust?(errors: Record<string, string[]>): void;
  intro?: ReactNode;
  variant?: "primary" | "danger";
  onDone(message: string): Promise<void>;
  children: ReactNode;
}) {
  const panel = useFormPanel();
  const { form, mutation } = step;
  return (
    <FormPanel
      id={id}
      toggle={words.toggle}
      title={words.title ?? words.toggle}
      headingLevel={3}
      state={panel}
    >
      <Form
        error={form.error}
        fields={step.layout}
        failed={words.failed}
        intro={intro}
        onSubmit={() => {
          const checked = form.check(values(), adjust);
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(words.done);
              },
            });
        }}
        actions={{
          ...formActions(words, mutation.isPending, {
            label: formMessages.cancel,
            onCancel: panel.close,
          }),
          variant,
        }}
      >
        {children}
      </Form>
    </FormPanel>
  );
}

/** The options of a choice: « — Choisir — », then each value with its label. */
export function ChoiceOptions<K extends string>({
  values,
  labels,
  empty = formMessages.choose,
}: {
  values: readonly K[];
  labels: Record<K, string>;
  empty?: string | null;
}) {
  return <Options empty={empty ?? undefined} options={labelled(values, labels)} />;
}
