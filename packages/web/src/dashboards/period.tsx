/**
 * The period a dashboard or the indicators show, from the URL (`?periode=2025`, `2025-T2`,
 * `2025-03`) — the current year by default — and the form that changes it.
 */
import { FRENCH_MONTHS, parisToday, parsePeriodKey, type Period, periodOf } from "@mutu/domain";
import { ChoicesFilter, Options, useRoute, withParams } from "@mutu/ui";
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
  const lastYear = Number(parisToday().slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(lastYear - i));
  return (
    <ChoicesFilter
      panel="period-form"
      label={t.legend}
      submit={t.show}
      current={{ year: period.from.slice(0, 4), part: period.key.slice(5) }}
      choices={[
        {
          name: "year",
          id: "periode-annee",
          label: t.year,
          short: true,
          options: <Options options={years.map((y) => ({ value: y, label: y }))} />,
        },
        { name: "part", id: "periode-partie", label: t.part, options: <Options options={PARTS} /> },
      ]}
      onApply={({ year, part }) =>
        navigate(withParams(path, search, { periode: part ? `${year}-${part}` : year }), {
          keepFocus: true,
        })
      }
    />
  );
}
