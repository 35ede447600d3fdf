/**
 * The choice of the organisation a page is about (`?commune=` in its URL): a select of the
 * organisations offered and the button that shows it — the choice is a draft until then.
 */
import { SelectFilter } from "@mutu/ui";
import { OrganisationOptions } from "./organisation-options.tsx";
import type { Organisation } from "./use-organisations.ts";

type PickerWords = {
  /** The form's name, read by screen readers. */
  form: string;
  label: string;
  /** The first option, whose value is "" (« Choisissez… », « Toutes… »). */
  choose: string;
  show: string;
};

export function OrganisationPicker({
  id,
  words,
  organisations,
  current,
  variant,
  boxed,
  onChoose,
}: {
  id: string;
  words: PickerWords;
  organisations: readonly Organisation[];
  current: string;
  variant?: "primary" | "secondary";
  boxed?: boolean;
  onChoose(orgId: string): void;
}) {
  return (
    <SelectFilter
      id={id}
      form={words.form}
      label={words.label}
      submit={words.show}
      current={current}
      variant={variant}
      boxed={boxed}
      onApply={onChoose}
    >
      <OrganisationOptions organisations={organisations} empty={words.choose} />
    </SelectFilter>
  );
}
