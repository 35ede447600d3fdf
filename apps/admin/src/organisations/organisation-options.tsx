/** The options of an organisation picker, after an optional first one (« Toutes », « Choisissez… »). */
export function OrganisationOptions({
  organisations,
  empty,
}: {
  organisations: readonly { id: string; name: string }[];
  /** The first option, whose value is "" (no organisation chosen). */
  empty?: string;
}) {
  return (
    <>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {organisations.map((org) => (
        <option key={org.id} value={org.id}>
          {org.name}
        </option>
      ))}
    </>
  );
}
