/**
 * What an entered measure says, in French, and whether it keeps the annex's target when the target
 * is one a number can be judged against: a rate (renewal, support hours, projects delivered), a
 * count (applications maintained, project days, the lowest maturity score), a delay (a restore
 * test's duration or data loss). The digital plan (1.1.1) is kept when delivered. Anything else is
 * measured, not judged; the reference year is never judged.
 */
import type { IndicatorTarget } from "../contracts/indicator-targets.ts";
import { frenchDate } from "../time/french-dates.ts";
import {
  type EnteredIndicator,
  MATURITY_DIMENSION_LABELS,
  MATURITY_DIMENSIONS,
} from "./catalogue.ts";
import { type IndicatorStatus, reachesShare, shareOf } from "./delay-indicators.ts";
import type { EntryValue } from "./entries.ts";

export type Figure = { label: string; value: string };

const percent = (value: number | null) =>
  value === null ? "—" : `${value.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;
const number = (value: number) => value.toLocaleString("fr-FR", { maximumFractionDigits: 2 });

/** « 2 h 30 », « 45 min », « 1 j 2 h » for a wall-clock duration in minutes. */
export function describeDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? `${days} j` : "",
    hours ? `${hours} h` : "",
    rest || (!days && !hours) ? `${rest} min` : "",
  ].filter(Boolean);
  return parts.join(" ");
}

type Judged = { figures: Figure[]; headline: string; measured?: number; ratio?: [number, number] };

function read(code: EnteredIndicator, value: EntryValue): Judged {
  switch (code) {
    case "1.1.1": {
      const v = value as EntryValue<"1.1.1">;
      const headline = v.delivered
        ? `Livré le ${frenchDate(v.deliveredOn ?? "")}`
        : "Non livré sur la période";
      return { headline, figures: [{ label: "Schéma numérique communal", value: headline }] };
    }
    case "1.2.1": {
      const v = value as EntryValue<"1.2.1">;
      const scores = MATURITY_DIMENSIONS.map((d) => v.scores[d]);
      const lowest = Math.min(...scores);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      return {
        headline: `Moyenne ${number(Math.round(mean * 10) / 10)} / 5 ; la plus basse ${number(lowest)} / 5`,
        figures: MATURITY_DIMENSIONS.map((d) => ({
          label: MATURITY_DIMENSION_LABELS[d],
          value: `${number(v.scores[d])} / 5`,
        })),
        measured: lowest,
      };
    }
    case "2.1.1": {
      const v = value as EntryValue<"2.1.1">;
      const many = v.projectDays >= 2;
      const headline = `${number(v.projectDays)} jour${many ? "s" : ""} consacré${many ? "s" : ""} aux projets`;
      return { headline, figures: [{ label: "Charge", value: headline }], measured: v.projectDays };
    }
    case "2.1.2": {
      const v = value as EntryValue<"2.1.2">;
      const rate = shareOf(v.delivered, v.planned).percent;
      return {
        headline: `${percent(rate)} des projets prévus réalisés (${v.delivered} sur ${v.planned})`,
        figures: [
          { label: "Projets réalisés", value: number(v.delivered) },
          { label: "Projets prévus au schéma", value: number(v.planned) },
        ],
        ratio: [v.delivered, v.planned],
      };
    }
    case "2.2.1": {
      const v = value as EntryValue<"2.2.1">;
      const headline = `${number(v.applications)} applications maintenues`;
      return {
        headline,
        figures: [{ label: "Parc applicatif", value: headline }],
        measured: v.applications,
      };
    }
    case "3.1.1": {
      const v = value as EntryValue<"3.1.1">;
      const renewed = v.townHall.renewed + v.schools.renewed;
      const fleet = v.townHall.fleet + v.schools.fleet;
      const part = (p: { renewed: number; fleet: number }) =>
        p.fleet
          ? `${percent(shareOf(p.renewed, p.fleet).percent)} (${p.renewed} sur ${p.fleet})`
          : "—";
      return {
        headline: `${percent(shareOf(renewed, fleet).percent)} du parc renouvelé`,
        figures: [
          { label: "Postes de la mairie", value: part(v.townHall) },
          { label: "Postes des écoles", value: part(v.schools) },
        ],
        ratio: [renewed, fleet],
      };
    }
    case "3.2.1": {
      const v = value as EntryValue<"3.2.1">;
      const rate = v.scheduledHours ? shareOf(v.keptHours * 4, v.scheduledHours * 4).percent : null;
      return {
        headline: `${percent(rate)} des heures d'ouverture assurées ; ${number(v.presenceHours)} h de présence`,
        figures: [
          { label: "Heures d'ouverture prévues", value: `${number(v.scheduledHours)} h` },
          { label: "Heures d'ouverture assurées", value: `${number(v.keptHours)} h` },
          { label: "Heures de présence dans la commune", value: `${number(v.presenceHours)} h` },
        ],
        ...(v.scheduledHours
          ? { ratio: [v.keptHours * 4, v.scheduledHours * 4] as [number, number] }
          : {}),
      };
    }
    case "4.2.1": {
      const v = value as EntryValue<"4.2.1">;
      return {
        headline: `Restauration en ${describeDuration(v.restoredMinutes)}`,
        figures: [
          {
            label: "Délai de restauration constaté (RTO)",
            value: describeDuration(v.restoredMinutes),
          },
          { label: "Périmètre restauré", value: v.scope },
        ],
        measured: v.restoredMinutes,
      };
    }
    case "4.2.2": {
      const v = value as EntryValue<"4.2.2">;
      return {
        headline: `Perte de données de ${describeDuration(v.dataLossMinutes)}`,
        figures: [
          { label: "Perte de données constatée (RPO)", value: describeDuration(v.dataLossMinutes) },
          { label: "Données concernées", value: v.scope },
        ],
        measured: v.dataLossMinutes,
      };
    }
  }
}

function judge(code: EnteredIndicator, value: EntryValue, read: Judged, target: IndicatorTarget) {
  if (code === "1.1.1") return (value as EntryValue<"1.1.1">).delivered;
  if (target.kind === "rate" && read.ratio) {
    const [part, whole] = read.ratio;
    const reaches = reachesShare(part, whole, target.percent);
    const equal = part * 10_000 === Math.round(target.percent * 100) * whole;
    return target.atLeast ? reaches : !reaches || equal;
  }
  if (target.kind === "count" && read.measured !== undefined)
    return target.atLeast ? read.measured >= target.value : read.measured <= target.value;
  if (
    target.kind === "delay" &&
    read.measured !== undefined &&
    (code === "4.2.1" || code === "4.2.2")
  )
    return read.measured <= Math.min(...target.rules.map((rule) => rule.businessMinutes));
  return null;
}

export type EnteredResult = { headline: string; figures: Figure[]; status: IndicatorStatus };

export function enteredResult(
  code: EnteredIndicator,
  value: EntryValue | null,
  target: IndicatorTarget,
  reference: boolean,
): EnteredResult {
  if (value === null) return { headline: "Non mesuré", figures: [], status: "not-measured" };
  const measured = read(code, value);
  const kept = reference ? null : judge(code, value, measured, target);
  return {
    headline: measured.headline,
    figures: measured.figures,
    status: reference ? "reference" : kept === null ? "measured" : kept ? "kept" : "missed",
  };
}
