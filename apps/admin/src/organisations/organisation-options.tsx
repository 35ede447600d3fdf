/** The options of an organisation picker, after an optional first one (« Toutes », « Choisissez… »). */
import { Options } from "@mutu/ui";

export function OrganisationOptions({
  organisations,
  empty,
}: {
  organisations: readonly { id: string; name: string }[];
  /** The first option, whose value is "" (no organisation chosen). */
  empty?: string;
}) {
  return (
    <Options empty={empty} options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
  );
}
