/**
 * A form checked before it is sent, laid out the one way: what it is for, then the error summary
 * (it takes the focus after a refusal), the fields, and its buttons. The browser's own validation
 * is off (`noValidate`): the domain schema and the server speak for it, in French, in one place.
 */
import type { FormEvent, ReactNode } from "react";
import { FormErrorSummary, type SummaryField } from "./error-summary.tsx";
import { FormActions, type FormActionsProps } from "./form-actions.tsx";
import type { FormError } from "./form-error.ts";

type FormProps = {
  error: FormError | null;
  /** The fields in their order on screen, which the summary links to. */
  fields: readonly SummaryField[];
  /** The summary's title when the form is refused (« L'adhésion n'a pas été enregistrée »). */
  failed?: string;
  headingLevel?: 2 | 3;
  className?: string;
  /** Its heading or a few words on what it does, before the summary. */
  intro?: ReactNode;
  labelledBy?: string;
  onSubmit(): void | Promise<void>;
  /** The buttons; absent when the fields bring their own. */
  actions?: FormActionsProps;
  children: ReactNode;
};

export function Form({
  error,
  fields,
  failed,
  headingLevel = 3,
  className = "form",
  intro,
  labelledBy,
  onSubmit,
  actions,
  children,
}: FormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void onSubmit();
  }
  return (
    <form className={className} noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      {intro}
      <FormErrorSummary error={error} fields={fields} title={failed} headingLevel={headingLevel} />
      {children}
      {actions ? <FormActions {...actions} /> : null}
    </form>
  );
}
