/**
 * The filters a dashboard's count opens a list with, in the URL (French, as the URLs are), for the
 * commune's list and the Métropole's queue alike: the period saisines were filed, handled,
 * resolved or closed in, their application, channel, first-contact resolution, a delay (within or
 * beyond its recorded target, its class), the age of an open saisine, and the criteria both lists
 * share with dashboards (status, type, nature, sub-domain, criticality, due state). The list shows
 * them above its rows, with the number it holds — the number the dashboard showed.
 */
import {
  AGE_BUCKETS,
  type AgeBucketKey,
  DELAY_BUCKET_LABELS,
  DELAY_OUTCOME_LABELS,
  type DelayMeasure,
  type DelayOutcome,
  type DelayScope,
  PERIOD_EVENT_LABELS,
  type PeriodEvent,
  parsePeriodKey,
  periodLabel,
  SAISINE_CHANNEL_LABELS,
  SAISINE_CHANNELS,
  SAISINE_CRITICALITIES,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_STATUS_LABELS,
  SAISINE_STATUSES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  type SaisineChannel,
  type SaisineCriticality,
  type SaisineNature,
  type SaisineStatus,
  type SaisineType,
  SUB_DOMAIN_LETTERS,
  type SubDomainLetter,
} from "@mutu/domain";
import { formatNumber, Link } from "@mutu/ui";
import { subDomainLabel } from "./labels.tsx";
import { saisineMessages } from "./messages.ts";

const t = saisineMessages.drillDown;

/** A list's filters as a dashboard link carries them; every field optional. */
export type DrillDown = {
  status?: SaisineStatus | "toutes";
  type?: SaisineType;
  nature?: SaisineNature;
  subDomain?: SubDomainLetter;
  criticality?: SaisineCriticality;
  due?: "soon" | "breached";
  period?: { on: PeriodEvent; key: string };
  application?: string;
  channels?: SaisineChannel[];
  firstContact?: boolean;
  delay?: {
    measure: DelayMeasure;
    scope?: DelayScope;
    outcome?: DelayOutcome;
    delayClass?: number;
  };
  age?: AgeBucketKey;
};

// URL words for the values that are not already French words.
const EVENTS: Record<PeriodEvent, string> = {
  filed: "depot",
  handled: "prise-en-compte",
  resolved: "resolution",
  closed: "cloture",
};
const MEASURES: Record<DelayMeasure, string> = {
  handling: "prise-en-compte",
  resolution: "resolution",
};
const SCOPES: Record<DelayScope, string> = { general: "general", infrastructure: "hebergement" };
const OUTCOMES: Record<DelayOutcome, string> = {
  met: "dans-le-delai",
  missed: "hors-delai",
  untargeted: "sans-cible",
};

/** The URL parameters this module reads and writes. */
export const DRILL_DOWN_PARAMS = [
  "statut",
  "type",
  "nature",
  "sous-domaine",
  "criticite",
  "echeance",
  "periode",
  "evenement",
  "application",
  "canal",
  "premier-contact",
  "delai",
  "perimetre",
  "issue",
  "classe",
  "anciennete",
] as const;

const keyOf = <K extends string>(words: Record<K, string>, word: string | null): K | undefined =>
  (Object.keys(words) as K[]).find((key) => words[key] === word);
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/** The drill-down a URL carries (unknown values are left out). */
export function drillDownFrom(search: URLSearchParams): DrillDown {
  const out: DrillDown = {};
  const status = search.get("statut");
  if (status === "toutes") out.status = "toutes";
  else {
    const known = oneOf(SAISINE_STATUSES, status);
    if (known) out.status = known;
  }
  const type = oneOf(SAISINE_TYPES, search.get("type"));
  if (type) out.type = type;
  const nature = oneOf(SAISINE_NATURES, search.get("nature"));
  if (nature) out.nature = nature;
  const subDomain = oneOf(SUB_DOMAIN_LETTERS, search.get("sous-domaine"));
  if (subDomain) out.subDomain = subDomain;
  const criticality = oneOf(SAISINE_CRITICALITIES, search.get("criticite"));
  if (criticality) out.criticality = criticality;
  const due = oneOf(["soon", "breached"] as const, search.get("echeance"));
  if (due) out.due = due;
  const key = search.get("periode");
  const on = keyOf(EVENTS, search.get("evenement")) ?? "filed";
  if (key && parsePeriodKey(key)) out.period = { on, key };
  const application = search.get("application")?.trim();
  if (application) out.application = application;
  const channel = oneOf(SAISINE_CHANNELS, search.get("canal"));
  if (channel) out.channels = [channel];
  else if (search.get("canal") === "centre-appel")
    out.channels = ["telephone", "courrier", "courriel", "accueil"];
  if (search.get("premier-contact") === "oui") out.firstContact = true;
  const measure = keyOf(MEASURES, search.get("delai"));
  if (measure) {
    const scope = keyOf(SCOPES, search.get("perimetre"));
    const outcome = keyOf(OUTCOMES, search.get("issue"));
    const delayClass = Number(search.get("classe") ?? "");
    out.delay = {
      measure,
      ...(scope ? { scope } : {}),
      ...(outcome ? { outcome } : {}),
      ...(search.get("classe") !== null &&
      Number.isInteger(delayClass) &&
      delayClass >= 0 &&
      delayClass < DELAY_BUCKET_LABELS.length
        ? { delayClass }
        : {}),
    };
  }
  const age = AGE_BUCKETS.find((b) => b.key === search.get("anciennete"));
  if (age) out.age = age.key;
  return out;
}

/** The URL parameters of a drill-down, to add to a list's path. */
export function drillDownParams(d: DrillDown): URLSearchParams {
  const search = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value) search.set(name, value);
  };
  set("statut", d.status);
  set("type", d.type);
  set("nature", d.nature);
  set("sous-domaine", d.subDomain);
  set("criticite", d.criticality);
  set("echeance", d.due);
  if (d.period) {
    set("periode", d.period.key);
    set("evenement", EVENTS[d.period.on]);
  }
  set("application", d.application);
  if (d.channels?.length === 1) set("canal", d.channels[0]);
  else if (d.channels?.length) set("canal", "centre-appel");
  if (d.firstContact) set("premier-contact", "oui");
  if (d.delay) {
    set("delai", MEASURES[d.delay.measure]);
    set("perimetre", d.delay.scope ? SCOPES[d.delay.scope] : undefined);
    set("issue", d.delay.outcome ? OUTCOMES[d.delay.outcome] : undefined);
    if (d.delay.delayClass !== undefined) set("classe", String(d.delay.delayClass));
  }
  set("anciennete", d.age);
  return search;
}

/** What `saisines.list` and `saisines.queue` are asked for these filters. */
export function drillDownInput(d: DrillDown) {
  return {
    ...(d.status === "toutes"
      ? { statuses: [...SAISINE_STATUSES] }
      : d.status
        ? { statuses: [d.status] }
        : {}),
    ...(d.type ? { types: [d.type] } : {}),
    ...(d.nature ? { natures: [d.nature] } : {}),
    ...(d.subDomain ? { subDomains: [d.subDomain] } : {}),
    ...(d.criticality ? { criticalities: [d.criticality] } : {}),
    ...(d.due ? { due: d.due } : {}),
    ...(d.period ? { period: d.period } : {}),
    ...(d.application ? { application: d.application } : {}),
    ...(d.channels ? { channels: d.channels } : {}),
    ...(d.firstContact ? { firstContactResolution: true } : {}),
    ...(d.delay ? { delay: d.delay } : {}),
    ...(d.age ? { age: d.age } : {}),
  };
}

/** The drill-down in words, one phrase per filter (for the list's heading and the tests). */
export function drillDownWords(d: DrillDown): string[] {
  const period = d.period ? parsePeriodKey(d.period.key) : null;
  return [
    d.status === "toutes"
      ? t.allStatuses
      : d.status
        ? t.status(SAISINE_STATUS_LABELS[d.status])
        : "",
    period && d.period ? t.period(PERIOD_EVENT_LABELS[d.period.on], periodLabel(period)) : "",
    d.type ? t.type(SAISINE_TYPE_LABELS[d.type]) : "",
    d.nature ? t.nature(SAISINE_NATURE_LABELS[d.nature]) : "",
    d.subDomain ? t.subDomain(subDomainLabel(d.subDomain)) : "",
    d.criticality ? t.criticality(SAISINE_CRITICALITY_LABELS[d.criticality]) : "",
    d.due ? t.due[d.due] : "",
    d.application ? t.application(d.application) : "",
    d.channels?.length === 1 && d.channels[0]
      ? t.channel(SAISINE_CHANNEL_LABELS[d.channels[0]])
      : d.channels?.length
        ? t.callCentre
        : "",
    d.firstContact ? t.firstContact : "",
    d.delay
      ? t.delay(
          d.delay.measure === "handling" ? t.handling : t.resolution,
          d.delay.scope ? t.scopes[d.delay.scope] : "",
          d.delay.outcome ? DELAY_OUTCOME_LABELS[d.delay.outcome] : "",
          d.delay.delayClass !== undefined ? (DELAY_BUCKET_LABELS[d.delay.delayClass] ?? "") : "",
        )
      : "",
    d.age ? t.age(AGE_BUCKETS.find((b) => b.key === d.age)?.label ?? d.age) : "",
  ].filter(Boolean);
}

/** Above a list: what it holds and how many — the number the dashboard showed. */
export function ListCount({
  count,
  drillDown,
  resetTo,
}: {
  count: number | undefined;
  drillDown: DrillDown;
  resetTo: string;
}) {
  const words = drillDownWords(drillDown);
  return (
    <div className="list-count">
      <p>
        <strong data-count={count ?? ""}>
          {count === undefined ? t.counting : t.count(formatNumber(count), count)}
        </strong>
        {words.length ? ` ${t.matching} ${words.join(", ")}.` : ""}
      </p>
      {words.length ? (
        <p>
          <Link to={resetTo}>{t.reset}</Link>
        </p>
      ) : null}
    </div>
  );
}
