/**
 * What a page about a year shows — the year (?annee=) and, in the Métropole's space, the
 * organisation it is about (?commune=) — chosen in a form and shown on « Afficher » (governance,
 * projects).
 */
import { isHandledYear, parisToday, yearOf } from "@mutu/domain";
import {
  ChoicesFilter,
  type FilterChoice,
  Options,
  useRoute,
  withParams,
  yearParam,
} from "@mutu/ui";
import type { ReactNode } from "react";

/** The year the URL names (?annee=), when mutu handles it; this year in Paris otherwise. */
export function useYearParam(): number {
  return yearParam(useRoute().search, yearOf(parisToday()), isHandledYear);
}

export function CommuneYearFilter({
  id,
  words,
  years,
  year,
  commune,
  onShow,
}: {
  /** The selects' ids start with it (`gouvernance` → `gouvernance-commune`, `gouvernance-annee`). */
  id: string;
  /** The form's name (read by screen readers), the year's label, the button's words. */
  words: { form: string; year: string; show: string };
  years: readonly number[];
  year: number;
  /** The Métropole's space: the organisation chosen ("" for none), its label and the options. */
  commune?: { current: string; label: string; options: ReactNode };
  /** What the page does before showing another choice (close a form about the former). */
  onShow?(): void;
}) {
  const { path, search, navigate } = useRoute();
  // A year named in the URL outside the usual ones is still the one shown, so it is offered too.
  const offered = years.includes(year) ? years : [...years, year].sort((a, b) => a - b);
  const yearChoice: FilterChoice<"commune" | "year"> = {
    name: "year",
    id: `${id}-annee`,
    label: words.year,
    short: true,
    options: <Options options={offered.map((y) => ({ value: String(y), label: String(y) }))} />,
  };
  const communeChoice: FilterChoice<"commune" | "year">[] = commune
    ? [{ name: "commune", id: `${id}-commune`, label: commune.label, options: commune.options }]
    : [];
  return (
    <ChoicesFilter
      label={words.form}
      submit={words.show}
      current={{ commune: commune?.current ?? "", year: String(year) }}
      choices={[...communeChoice, yearChoice]}
      onApply={(draft) => {
        onShow?.();
        const changes = commune
          ? { commune: draft.commune, annee: draft.year }
          : { annee: draft.year };
        navigate(withParams(path, search, changes), { keepFocus: true });
      }}
    />
  );
}
