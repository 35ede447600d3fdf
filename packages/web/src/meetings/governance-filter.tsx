/**
 * What a governance page shows: the year (?annee=, this year by default) and, in the Métropole's
 * space, the organisation whose bodies they are (?commune=).
 */
import { parisToday, yearOf } from "@mutu/domain";
import type { ComponentProps } from "react";
import { CommuneYearFilter } from "../commune-year-filter.tsx";
import { meetingsMessages as t } from "./messages.ts";

/** Next year (meetings are planned ahead), this one and the ten before. */
function offeredYears() {
  const thisYear = yearOf(parisToday());
  return Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
}

export function GovernanceFilter(
  props: Pick<ComponentProps<typeof CommuneYearFilter>, "year" | "commune" | "onShow">,
) {
  return (
    <CommuneYearFilter
      id="gouvernance"
      words={{ form: t.filter, year: t.year, show: t.show }}
      years={offeredYears()}
      {...props}
    />
  );
}
