/**
 * Form fields: a visible label bound to its control, an optional hint, and the error text, both
 * linked to the control by `aria-describedby`; `aria-invalid` while an error is shown. The order
 * (label, hint, error, control) is the one screen-reader and magnifier users expect.
 */
import type { ComponentPropsWithRef, ReactNode } from "react";
import { uiMessages } from "./messages.ts";

export type ControlProps = {
  id: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  /** Error messages for this field (from `toFormError(...).fieldErrors[name]`). */
  error?: readonly string[] | string | null | undefined;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function errorsOf(error: FieldProps["error"]): string[] {
  if (!error) return [];
  return typeof error === "string" ? [error] : [...error];
}

function describedBy(...ids: (string | false)[]) {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{uiMessages.errorPrefix}</span>
      {errors.join(" ")}
    </p>
  );
}

export function Field({ id, label, hint, error, required, children }: FieldProps) {
  const errors = errorsOf(error);
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  const control: ControlProps = { id };
  const by = describedBy(Boolean(hint) && hintId, errors.length > 0 && errorId);
  if (by) control["aria-describedby"] = by;
  if (errors.length) control["aria-invalid"] = true;
  if (required) control.required = true;
  return (
    <div className={errors.length ? "field field-invalid" : "field"}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span className="field-required"> {uiMessages.required}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
      {children(control)}
    </div>
  );
}

type Common = Omit<FieldProps, "children">;

/** The field's own props (label, hint, error…) apart from the control's. */
function split<P extends Common>({ id, label, hint, error, required, ...control }: P) {
  return [{ id, label, hint, error, required }, control] as const;
}

export function TextField(props: Common & Omit<ComponentPropsWithRef<"input">, "id">) {
  const [field, input] = split(props);
  return (
    <Field {...field}>{(control) => <input className="input" {...input} {...control} />}</Field>
  );
}

/** The address that identifies a person (signing in, a forgotten password). */
export function EmailField(props: Common & Omit<ComponentPropsWithRef<"input">, "id" | "type">) {
  return <TextField type="email" autoComplete="username" spellCheck={false} required {...props} />;
}

export function TextAreaField(props: Common & Omit<ComponentPropsWithRef<"textarea">, "id">) {
  const [field, textarea] = split(props);
  return (
    <Field {...field}>
      {(control) => <textarea className="input" {...textarea} {...control} />}
    </Field>
  );
}

export function SelectField(props: Common & Omit<ComponentPropsWithRef<"select">, "id">) {
  const [field, { children, ...select }] = split(props);
  return (
    <Field {...field}>
      {(control) => (
        <select className="input" {...select} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}

export type CheckboxOption = { value: string; label: string; hint?: string; disabled?: boolean };

type CheckboxGroupProps = {
  /** Prefix of the checkboxes' ids; the first one is `${id}-0` (what error summaries link to). */
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: FieldProps["error"];
  required?: boolean;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** Shown instead of the boxes when there are no options. */
  empty?: ReactNode;
};

/** A set of checkboxes in a `<fieldset>` whose `<legend>` names the question. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  required,
  options,
  value,
  onChange,
  empty,
}: CheckboxGroupProps) {
  const errors = errorsOf(error);
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  const by = describedBy(Boolean(hint) && hintId, errors.length > 0 && errorId);
  const selected = new Set(value);
  function toggle(option: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  }
  return (
    <fieldset
      className={errors.length ? "field fieldset field-invalid" : "field fieldset"}
      aria-describedby={by}
    >
      <legend className="field-label">
        {legend}
        {required ? <span className="field-required"> {uiMessages.required}</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
      {options.length === 0 && empty ? <p className="field-hint">{empty}</p> : null}
      {options.length === 0 ? null : (
        <ul className="checkboxes">
          {options.map((option, index) => {
            const boxId = `${id}-${index}`;
            return (
              <li key={option.value} className="checkbox">
                <input
                  type="checkbox"
                  id={boxId}
                  value={option.value}
                  checked={selected.has(option.value)}
                  disabled={option.disabled}
                  aria-invalid={errors.length ? true : undefined}
                  aria-describedby={option.hint ? `${boxId}-aide` : undefined}
                  onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                />
                <label htmlFor={boxId}>{option.label}</label>
                {option.hint ? (
                  <span id={`${boxId}-aide`} className="field-hint checkbox-hint">
                    {option.hint}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

export type RadioOption = { value: string; label: string; hint?: string };

type RadioGroupProps = {
  /** Prefix of the radios' ids; the first one is `${id}-0` (what error summaries link to). */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FieldProps["error"];
  required?: boolean;
  options: readonly RadioOption[];
  value: string;
  onChange(value: string): void;
  /** Shown under the options (a field that depends on the choice). */
  children?: ReactNode;
};

/** One choice among a few, in a `<fieldset>` whose `<legend>` names the question. */
export function RadioGroup({
  id,
  legend,
  hint,
  error,
  required,
  options,
  value,
  onChange,
  children,
}: RadioGroupProps) {
  const errors = errorsOf(error);
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  const by = describedBy(Boolean(hint) && hintId, errors.length > 0 && errorId);
  return (
    <fieldset
      className={errors.length ? "field fieldset field-invalid" : "field fieldset"}
      aria-describedby={by}
    >
      <legend className="field-label">
        {legend}
        {required ? <span className="field-required"> {uiMessages.required}</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
      <ul className="checkboxes">
        {options.map((option, index) => {
          const radioId = `${id}-${index}`;
          return (
            <li key={option.value} className="checkbox">
              <input
                type="radio"
                id={radioId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${radioId}-aide` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={radioId}>{option.label}</label>
              {option.hint ? (
                <span id={`${radioId}-aide`} className="field-hint checkbox-hint">
                  {option.hint}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {children}
    </fieldset>
  );
}
