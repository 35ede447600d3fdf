/**
 * Choosing two versions of a contract to compare, in both spaces: two lists of versions, checked
 * with the domain's `versionsToCompare` (the same one twice is refused on the field); what comparing
 * does (a page, the URL) is the caller's.
 */
import { versionsToCompare } from "@mutu/domain";
import { fieldLayout, Form, fieldError, Options, SelectField } from "@mutu/ui";
import { type ReactNode, useEffect, useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { diffMessages } from "./messages.ts";

const t = diffMessages.pick;

const fields = fieldLayout("comparer", {
  fromVersionId: ["de", t.from],
  toVersionId: ["a", t.to],
});

type VersionPairFormProps<V extends { id: string }> = {
  versions: readonly V[];
  from: string;
  to: string;
  /** « Avenant n° 3 (1er juillet 2018) »: how each space names a version in the lists. */
  optionLabel(version: V): string;
  onCompare(fromVersionId: string, toVersionId: string): void;
  className: string;
  /** A heading inside the form, which then names it (`aria-labelledby`). */
  heading?: { id: string; content: ReactNode };
  headingLevel?: 2 | 3;
  /** « Comparer » is primary where it is the page's only action (secondary by default). */
  variant?: "primary" | "secondary";
};

export function VersionPairForm<V extends { id: string }>({
  versions,
  from: initialFrom,
  to: initialTo,
  optionLabel,
  onCompare,
  className,
  heading,
  headingLevel = 3,
  variant = "secondary",
}: VersionPairFormProps<V>) {
  const [pair, setPair] = useState({ fromVersionId: initialFrom, toVersionId: initialTo });
  // Back and forward change the URL under the form: show the versions the page compares.
  useEffect(
    () => setPair({ fromVersionId: initialFrom, toVersionId: initialTo }),
    [initialFrom, initialTo],
  );
  const form = useSchemaForm(versionsToCompare, { error: null });
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function submit() {
    const checked = form.check(pair);
    if (checked) onCompare(checked.fromVersionId, checked.toVersionId);
  }

  return (
    <Form
      error={form.error}
      fields={fields}
      headingLevel={headingLevel}
      className={className}
      labelledBy={heading?.id}
      intro={heading ? <Heading id={heading.id}>{heading.content}</Heading> : null}
      onSubmit={submit}
      actions={{ submit: t.submit, variant }}
    >
      <div className="field-row">
        {fields.map((field) => (
          <SelectField
            key={field.id}
            id={field.id}
            label={field.label}
            value={pair[field.name]}
            onChange={(event) => {
              const id = event.currentTarget.value;
              setPair((current) => ({ ...current, [field.name]: id }));
            }}
            error={fieldError(form.error?.fieldErrors, field.name)}
          >
            <Options options={versions.map((v) => ({ value: v.id, label: optionLabel(v) }))} />
          </SelectField>
        ))}
      </div>
    </Form>
  );
}
