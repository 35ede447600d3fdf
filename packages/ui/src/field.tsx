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

function RequiredMark({ required }: { required: boolean | undefined }) {
  return required ? <span className="field-required"> {uiMessages.required}</span> : null;
}

function FieldHint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;
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
        <RequiredMark required={required} />
      </label>
      <FieldHint id={hintId} hint={hint} />
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

type InputFieldProps = Common & Omit<ComponentPropsWithRef<"input">, "id" | "type">;

/** A moment, date and time, as typed in Paris (when a breach was known, a person told). */
export function MomentField(props: InputFieldProps) {
  return <TextField type="datetime-local" className="input input-moment" {...props} />;
}

/** A calendar day (a meeting held, a processing put in force). */
export function DayField(props: InputFieldProps) {
  return <TextField type="date" className="input input-short" {...props} />;
}

/** A whole number typed (a year, months, a count): the numeric keyboard, a short input. */
export function NumberField(props: InputFieldProps) {
  return <TextField inputMode="numeric" className="input input-short" {...props} />;
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

type CheckboxFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FieldProps["error"];
  checked: boolean;
  onChange(checked: boolean): void;
};

/**
 * One question answered yes or no (« Donnée sensible (art. 9) »): a box with its label beside it,
 * its error above and its hint below — no `<fieldset>`, whose legend would say the label twice.
 */
export function CheckboxField({ id, label, hint, error, checked, onChange }: CheckboxFieldProps) {
  const errors = errorsOf(error);
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  return (
    <div className={errors.length ? "field field-invalid" : "field"}>
      <FieldError id={errorId} errors={errors} />
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(Boolean(hint) && hintId, errors.length > 0 && errorId)}
          aria-invalid={errors.length ? true : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <span id={hintId} className="field-hint checkbox-hint">
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export type CheckboxOption = { value: string; label: string; hint?: string; disabled?: boolean };
export type RadioOption = { value: string; label: string; hint?: string };

type GroupProps = {
  /** Prefix of the controls' ids; the first one is `${id}-0` (what error summaries link to). */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FieldProps["error"];
  required?: boolean;
};

type OptionControl = Omit<ComponentPropsWithRef<"input">, "id" | "value" | "aria-describedby">;

/**
 * A question answered by several controls: a `<fieldset>` whose `<legend>` names it, its hint and
 * error, then its options — each a checkbox or a radio (`control` says which, and its state) with
 * its label and hint; `empty` stands in for no options, `children` follow them.
 */
function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  required,
  options,
  control,
  empty,
  children,
}: GroupProps & {
  options: readonly CheckboxOption[];
  control(option: CheckboxOption, invalid: boolean): OptionControl;
  empty?: ReactNode;
  children?: ReactNode;
}) {
  const errors = errorsOf(error);
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  return (
    <fieldset
      className={errors.length ? "field fieldset field-invalid" : "field fieldset"}
      aria-describedby={describedBy(Boolean(hint) && hintId, errors.length > 0 && errorId)}
    >
      <legend className="field-label">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} errors={errors} />
      {options.length === 0 && empty ? <p className="field-hint">{empty}</p> : null}
      {options.length === 0 ? null : (
        <ul className="checkboxes">
          {options.map((option, index) => (
            <ChoiceOption
              key={option.value}
              id={`${id}-${index}`}
              option={option}
              control={control(option, errors.length > 0)}
            />
          ))}
        </ul>
      )}
      {children}
    </fieldset>
  );
}

/** One option of a group: its control, its label and its hint, bound by ids. */
function ChoiceOption({
  id,
  option,
  control,
}: {
  id: string;
  option: RadioOption;
  control: OptionControl;
}) {
  return (
    <li className="checkbox">
      <input
        id={id}
        value={option.value}
        aria-describedby={option.hint ? `${id}-aide` : undefined}
        {...control}
      />
      <label htmlFor={id}>{option.label}</label>
      {option.hint ? (
        <span id={`${id}-aide`} className="field-hint checkbox-hint">
          {option.hint}
        </span>
      ) : null}
    </li>
  );
}

type CheckboxGroupProps = GroupProps & {
  legend: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** Shown instead of the boxes when there are no options. */
  empty?: ReactNode;
};

/** A set of checkboxes in a `<fieldset>` whose `<legend>` names the question. */
export function CheckboxGroup({ value, onChange, ...group }: CheckboxGroupProps) {
  const selected = new Set(value);
  function toggle(option: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(group.options.map((o) => o.value).filter((v) => next.has(v)));
  }
  return (
    <ChoiceGroup
      {...group}
      control={(option, invalid) => ({
        type: "checkbox",
        checked: selected.has(option.value),
        disabled: option.disabled,
        "aria-invalid": invalid ? true : undefined,
        onChange: (event) => toggle(option.value, event.currentTarget.checked),
      })}
    />
  );
}

type RadioGroupProps = GroupProps & {
  options: readonly RadioOption[];
  value: string;
  onChange(value: string): void;
  /** Shown under the options (a field that depends on the choice). */
  children?: ReactNode;
};

/** One choice among a few, in a `<fieldset>` whose `<legend>` names the question. */
export function RadioGroup({ value, onChange, ...group }: RadioGroupProps) {
  return (
    <ChoiceGroup
      {...group}
      control={(option) => ({
        type: "radio",
        name: group.id,
        checked: value === option.value,
        onChange: () => onChange(option.value),
      })}
    />
  );
}
