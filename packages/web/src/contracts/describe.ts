/**
 * The changes between two versions (diffAnnex of @mutu/domain, labels already in French) sorted
 * into the contract's sections, with where each one applies and its values put into words.
 */
import {
  closureSchema,
  describeClosure,
  describeEventOnCall,
  describeIndicatorTarget,
  eventOnCallSchema,
  indicatorTargetSchema,
  SAISINE_NATURES,
} from "@mutu/domain";
import { formatCalendarDate, formatNumber } from "@mutu/ui";
import { diffMessages as t } from "./messages.ts";
import type { AnnexChange } from "./types.ts";

const { handlers, responsibilities, weekdays } = t.values;
const WEEKDAYS = Object.keys(weekdays) as (keyof typeof weekdays)[];

export type GroupKey = keyof typeof t.groups;

const GROUP_OF: Record<string, GroupKey> = {
  commune: "general",
  domain: "general",
  origin: "general",
  parties: "general",
  contractSignedOn: "general",
  signedOn: "general",
  effectiveFrom: "general",
  duration: "general",
  perimeterHeading: "perimeter",
  subDomains: "perimeter",
  unassigned: "perimeter",
  priorities: "priorities",
  prioritiesNote: "priorities",
  responsibles: "responsibles",
  engagements: "indicators",
  indicators: "indicators",
  supportHours: "support",
  governance: "governance",
  saisineMatrix: "matrix",
  applications: "applications",
  rgpd: "rgpd",
  projectDaysPerYear: "projects",
  projectDaysNote: "projects",
};

const ORDER = Object.keys(t.groups) as GroupKey[];

export function groupChanges<C extends AnnexChange>(changes: readonly C[]) {
  const groups = new Map<GroupKey, C[]>();
  for (const change of changes) {
    const key = GROUP_OF[change.path[0] ?? ""] ?? "other";
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return ORDER.flatMap((key) => {
    const items = groups.get(key);
    return items ? [{ key, title: t.groups[key], changes: items }] : [];
  });
}

/** The item a change is about, when its label does not say it (« Indicateur 3.3.1 »). */
export function whereOf(path: readonly string[]): string | null {
  const [head, key] = path;
  if (!key) return null;
  if (head === "subDomains") return t.where.subDomain(key);
  if (head === "indicators") return t.where.indicator(key);
  if (head === "engagements") return t.where.engagement(key);
  if (head === "priorities" || head === "governance" || head === "applications")
    return t.where.item(key);
  return null;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isInterval = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string");

function intervals(value: unknown[]): string {
  if (value.length === 0) return t.values.closed;
  return value
    .filter(isInterval)
    .map(([from, to]) => `${from}–${to}`)
    .join(", ");
}

function text(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

/** A value of the annex in words; null when there is none (shown as « non renseigné »). */
export function describeValue(
  value: unknown,
  path: readonly string[],
  notMentioned: string = t.values.notMentioned,
): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? t.values.yes : t.values.no;
  if (typeof value === "number")
    return path[0] === "projectDaysPerYear"
      ? t.values.days(formatNumber(value))
      : formatNumber(value);
  if (typeof value === "string") {
    if (CALENDAR_DATE.test(value)) return formatCalendarDate(value);
    if (path[0] === "rgpd" && (value === "commune" || value === "metropole"))
      return handlers[value];
    if (path.at(-1) === "responsibility" && value in responsibilities)
      return responsibilities[value as keyof typeof responsibilities];
    if (path[0] === "applications" && value === "inventaire") return t.values.inventory;
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every(isInterval)) return intervals(value);
    return value.map((item) => describeValue(item, path, notMentioned) ?? "").join(" ; ");
  }
  if (!isRecord(value)) return String(value);
  if (path[0] === "supportHours" && path.length === 2) {
    const closure = closureSchema.safeParse(value);
    if (path[1] === "closures" && closure.success) return describeClosure(closure.data);
    const event = eventOnCallSchema.safeParse(value);
    if (path[1] === "eventOnCall" && event.success) return describeEventOnCall(event.data);
  }
  if (value.kind === "contract") return t.values.originContract;
  if (value.kind === "amendment")
    return t.values.originAmendment(
      typeof value.number === "number" ? value.number : null,
      text(value.subject),
    );
  const target = indicatorTargetSchema.safeParse(value);
  if (target.success) return describeIndicatorTarget(target.data);
  if (typeof value.code === "string" && "label" in value)
    return [value.code, text(value.label)].filter(Boolean).join(" — ");
  if (typeof value.body === "string")
    return [value.body, text(value.frequency)].filter(Boolean).join(" — ");
  if (typeof value.name === "string") return value.name;
  if ("title" in value || "text" in value)
    return [text(value.title), text(value.text)].filter(Boolean).join(" — ");
  if (typeof value.asWritten === "string") return value.asWritten;
  if (WEEKDAYS.every((day) => day in value))
    return WEEKDAYS.map((day) => {
      const hours = value[day];
      return `${weekdays[day]} : ${Array.isArray(hours) ? intervals(hours) : notMentioned}`;
    }).join(" ; ");
  if (SAISINE_NATURES.some((nature) => nature in value)) return null;
  return JSON.stringify(value);
}
