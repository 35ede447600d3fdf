/**
 * An indicator's target as the amendment editor holds it while it is typed (numbers still text,
 * choices possibly empty), and the annex's target it stands for. The API checks the result with
 * the annex's schema and words what is wrong, field by field.
 */
import { type IndicatorTarget, SLA_INDICATORS } from "@mutu/domain";

export const TARGET_KINDS = ["to-define-jointly", "defined", "delay", "rate", "count"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export type RuleState = {
  nature: string;
  criticality: string;
  hours: string;
  minutes: string;
  percent: string;
};

export type TargetState = {
  kind: TargetKind;
  value: string;
  dueYear: string;
  rules: RuleState[];
  percent: string;
  count: string;
  atLeast: "oui" | "non";
};

export const emptyRule = (): RuleState => ({
  nature: "",
  criticality: "",
  hours: "",
  minutes: "",
  percent: "",
});

/** The kinds an indicator may take: a delay only where saisines measure it. */
export function kindsFor(code: string): readonly TargetKind[] {
  return (SLA_INDICATORS as readonly string[]).includes(code)
    ? TARGET_KINDS
    : TARGET_KINDS.filter((kind) => kind !== "delay");
}

export function toState(target: IndicatorTarget): TargetState {
  const base: TargetState = {
    kind: target.kind,
    value: "",
    dueYear: "",
    rules: [emptyRule()],
    percent: "",
    count: "",
    atLeast: "oui",
  };
  switch (target.kind) {
    case "defined":
      return { ...base, value: target.value };
    case "to-define-jointly":
      return { ...base, dueYear: target.dueYear ? String(target.dueYear) : "" };
    case "delay":
      return {
        ...base,
        rules: target.rules.map((rule) => ({
          nature: rule.nature ?? "",
          criticality: rule.criticality ?? "",
          hours: String(Math.floor(rule.businessMinutes / 60)),
          minutes: String(rule.businessMinutes % 60),
          percent: rule.compliancePercent === undefined ? "" : String(rule.compliancePercent),
        })),
      };
    case "rate":
      return { ...base, percent: String(target.percent), atLeast: target.atLeast ? "oui" : "non" };
    case "count":
      return { ...base, count: String(target.value), atLeast: target.atLeast ? "oui" : "non" };
  }
}

/** A number as typed (« 95,5 » or « 95.5 »); "" stays absent; anything else becomes NaN. */
export function numberOf(text: string): number | undefined {
  const trimmed = text.replace(/\s/g, "").replace(",", ".");
  if (trimmed === "") return undefined;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Hours and minutes typed → business minutes (NaN when either is not a number). */
export function minutesOf(rule: RuleState): number {
  const hours = numberOf(rule.hours) ?? 0;
  const minutes = numberOf(rule.minutes) ?? 0;
  return hours * 60 + minutes;
}

/** The annex's target (unchecked: the schema says what is wrong with it). */
export function toTarget(state: TargetState): unknown {
  const atLeast = state.atLeast === "oui";
  switch (state.kind) {
    case "defined":
      return { kind: "defined", value: state.value.trim() };
    case "to-define-jointly": {
      const year = numberOf(state.dueYear);
      return { kind: "to-define-jointly", ...(year === undefined ? {} : { dueYear: year }) };
    }
    case "delay":
      return {
        kind: "delay",
        rules: state.rules.map((rule) => {
          const percent = numberOf(rule.percent);
          return {
            ...(rule.nature ? { nature: rule.nature } : {}),
            ...(rule.criticality ? { criticality: rule.criticality } : {}),
            businessMinutes: minutesOf(rule),
            ...(percent === undefined ? {} : { compliancePercent: percent }),
          };
        }),
      };
    case "rate":
      return { kind: "rate", percent: numberOf(state.percent), atLeast };
    case "count":
      return { kind: "count", value: numberOf(state.count), atLeast };
  }
}
