/**
 * The choice of the organisation a page is about (`?commune=` in its URL): a select of the
 * organisations offered and the button that shows it — the choice is a draft until then.
 */
import { SelectFilter } from "@mutu/ui";
import type { ComponentProps } from "react";
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
  organisations,
  ...filter
}: Omit<ComponentProps<typeof SelectFilter>, "children" | "words"> & {
  words: PickerWords;
  organisations: readonly Organisation[];
}) {
  return (
    <SelectFilter {...filter}>
      <OrganisationOptions organisations={organisations} empty={filter.words.choose} />
    </SelectFilter>
  );
}
