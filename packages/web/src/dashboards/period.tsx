/**
 * The period a dashboard or the indicators show, from the URL (`?periode=2025`, `2025-T2`,
 * `2025-03`) — the current year by default — and the form that changes it.
 */
import { FRENCH_MONTHS, parisToday, parsePeriodKey, type Period, periodOf } from "@mutu/domain";
import { FilterBar, Options, SelectField, useFiltersDraft, useRoute } from "@mutu/ui";
import { dashboardMessages } from "./messages.ts";

const t = dashboardMessages.period;

/** The period asked in the URL, or this year. */
export function usePeriod(): Period {
  const { search } = useRoute();
  return parsePeriodKey(search.get("periode") ?? "") ?? periodOf("annual", parisToday());
}

const PARTS = [
  { value: "", label: t.wholeYear },
  ...[1, 2, 3, 4].map((n) => ({ value: `T${n}`, label: t.quarter(n) })),
  ...FRENCH_MONTHS.map((month, i) => ({ value: String(i + 1).padStart(2, "0"), label: month })),
];

/** How many years back a dashboard offers (its ten-year trend's). */
const YEARS_BACK = 10;

/** The year and the part of it shown; submitting changes the URL (the page's other filters stay). */
export function PeriodForm({ period }: { period: Period }) {
  const { navigate, path, search } = useRoute();
  const year = period.from.slice(0, 4);
  const part = period.key.slice(5);
  const [draft, setDraft] = useFiltersDraft({ year, part }, period.key);
  const lastYear = Number(parisToday().slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(lastYear - i));

  function submit() {
    const next = new URLSearchParams(search);
    next.set("periode", draft.part ? `${draft.year}-${draft.part}` : draft.year);
    navigate(`${path}?${next}`, { keepFocus: true });
  }

  return (
    <FilterBar panel="period-form" label={t.legend} submit={t.show} onApply={submit}>
      <SelectField
        id="periode-annee"
        label={t.year}
        value={draft.year}
        onChange={(event) => setDraft({ ...draft, year: event.currentTarget.value })}
      >
        <Options options={years.map((y) => ({ value: y, label: y }))} />
      </SelectField>
      <SelectField
        id="periode-partie"
        label={t.part}
        value={draft.part}
        onChange={(event) => setDraft({ ...draft, part: event.currentTarget.value })}
      >
        <Options options={PARTS} />
      </SelectField>
    </FilterBar>
  );
}
