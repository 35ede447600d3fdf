/**
 * The bodies of a contract that must meet, and how often (000 art. 5 and the annex's
 * « Gouvernance » table; 002 §6.1 for the Redon convention). The contract itself sets the launch
 * meeting, the follow-up meetings (monthly the first year, then at least quarterly) and at least
 * two meetings a year with the mayors; the annex names the strategic committee, the follow-up
 * committee and the operational points with a frequency written in words, read here.
 */
import type { AnnexIndicator, SubDomainLetter } from "../contracts/annex.ts";
import { SUB_DOMAIN_LETTERS } from "../contracts/annex.ts";

export const MEETING_BODIES = [
  "reunion-lancement",
  "comite-suivi",
  "reunion-maires",
  "comite-strategique",
  "point-operationnel",
  "autre-instance",
  "commission-pilotage",
  "groupe-intercommunal",
] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];

/** How a body's meetings are named in sentences: « 3 comités de suivi tenus sur 4 dus ». */
type Noun = { singular: string; plural: string; feminine: boolean };

const NOUNS: Record<MeetingBody, Noun> = {
  "reunion-lancement": {
    singular: "réunion de lancement",
    plural: "réunions de lancement",
    feminine: true,
  },
  "comite-suivi": { singular: "comité de suivi", plural: "comités de suivi", feminine: false },
  "reunion-maires": {
    singular: "réunion avec les maires",
    plural: "réunions avec les maires",
    feminine: true,
  },
  "comite-strategique": {
    singular: "comité stratégique",
    plural: "comités stratégiques",
    feminine: false,
  },
  "point-operationnel": {
    singular: "point d'avancement opérationnel",
    plural: "points d'avancement opérationnels",
    feminine: false,
  },
  "autre-instance": { singular: "réunion", plural: "réunions", feminine: true },
  "commission-pilotage": {
    singular: "commission de pilotage élargie",
    plural: "commissions de pilotage élargies",
    feminine: true,
  },
  "groupe-intercommunal": {
    singular: "groupe de travail intercommunal",
    plural: "groupes de travail intercommunaux",
    feminine: false,
  },
};

/** The body's name when the contract does not word it (a launch meeting, the mayors' meetings). */
export const MEETING_BODY_LABELS: Record<MeetingBody, string> = {
  "reunion-lancement": "Réunion de lancement",
  "comite-suivi": "Comité de suivi du contrat d'engagement",
  "reunion-maires": "Réunion avec les maires",
  "comite-strategique": "Comité numérique stratégique communal",
  "point-operationnel": "Point d'avancement opérationnel",
  "autre-instance": "Autre instance",
  "commission-pilotage": "Commission de pilotage élargie",
  "groupe-intercommunal": "Groupe de travail intercommunal",
};

/** The bodies a Redon convention sets up for all its members together (002 §6.1). */
export const INTERCOMMUNAL_BODIES = ["commission-pilotage", "groupe-intercommunal"] as const;
export const isIntercommunalBody = (body: MeetingBody) =>
  (INTERCOMMUNAL_BODIES as readonly string[]).includes(body);

/** How often a body must meet. */
export type Cadence =
  /** 000 art. 5: monthly the first twelve months, then at least every three months. */
  | { kind: "follow-up" }
  /** Once, in the contract's first month (the launch meeting). */
  | { kind: "once" }
  /** At least `count` meetings each calendar year. */
  | { kind: "per-year"; count: number }
  /** One meeting in each period of `months` calendar months, from the contract's start month. */
  | { kind: "every-months"; months: number }
  /** One meeting in each period of `days` days, from the contract's start day. */
  | { kind: "every-days"; days: number }
  /** No frequency set (« conformément au rythme actuel », the Redon bodies): nothing is due. */
  | { kind: "none" };

export type BodyDefinition = {
  body: MeetingBody;
  /** The name the contract gives it (« Comité numérique communal » at Blanquefort). */
  label: string;
  subDomain: SubDomainLetter | null;
  cadence: Cadence;
  /** The frequency as the annex wrote it, if it did. */
  frequencyAsWritten: string | null;
  /** Where the obligation comes from, in French (« Contrat, art. 5 », « Annexe »). */
  source: string;
  /** Set up for all the members of a convention together (002 §6.1). */
  intercommunal: boolean;
};

/** One key per body of a contract: the body, its sub-domain, or its name for an unknown one. */
export function bodyKey(d: Pick<BodyDefinition, "body" | "subDomain" | "label">): string {
  if (d.body === "autre-instance") return `autre-instance:${d.label}`;
  return d.subDomain ? `${d.body}:${d.subDomain}` : d.body;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'");

/** Which body an annex row is, from its name. */
export function bodyOfAnnexName(name: string): MeetingBody {
  const n = normalise(name);
  if (/suivi du contrat|revues? des contrats/.test(n)) return "comite-suivi";
  if (/strategique|comite numerique/.test(n)) return "comite-strategique";
  if (/point d'avancement|operationnel|reunion thematique/.test(n)) return "point-operationnel";
  if (/commission de pilotage/.test(n)) return "commission-pilotage";
  if (/groupe de travail/.test(n)) return "groupe-intercommunal";
  return "autre-instance";
}

/**
 * The frequency an annex writes in words: « annuel à bi-annuel » is at least once a year (the
 * slower bound), « bi-annuel » twice a year (the annexes pair it with « annuel », so it is not
 * « every two years »), « formel toutes les deux semaines » every fourteen days. Null for what
 * sets no rhythm (« conformément au rythme actuel ») and for « en fonction du sous domaine »,
 * which the indicators' table answers (`operationalCadence`).
 */
export function cadenceOfFrequency(frequency: string | null): Cadence {
  if (!frequency) return { kind: "none" };
  const n = normalise(frequency);
  if (/deux semaines|quinzaine|bimensuel/.test(n)) return { kind: "every-days", days: 14 };
  if (/hebdomadaire|chaque semaine|toutes les semaines/.test(n))
    return { kind: "every-days", days: 7 };
  if (/mensuel|tous les mois|chaque mois/.test(n) && !/bimestriel/.test(n))
    return { kind: "every-months", months: 1 };
  if (/trimestriel/.test(n)) return { kind: "every-months", months: 3 };
  if (/semestriel|bi-?annuel|deux fois par an/.test(n) && !/annuel a bi/.test(n))
    return { kind: "per-year", count: 2 };
  if (/annuel/.test(n)) return { kind: "per-year", count: 1 };
  return { kind: "none" };
}

const perSubDomain = (frequency: string | null) =>
  frequency !== null && /sous.?domaine/.test(normalise(frequency));

const PERIODICITY_MONTHS = { monthly: 1, quarterly: 3, annual: 12 } as const;

/**
 * The operational point of a sub-domain when the annex sets it « en fonction du sous domaine
 * traité (cf tableau des indicateurs) »: each indicator is reviewed at least at its slowest
 * periodicity (« mensuelle ou trimestrielle » → every quarter), the point meets as often as its
 * most frequent indicator needs. A sub-domain without a measured indicator sets nothing.
 */
export function operationalCadence(indicators: readonly AnnexIndicator[]): Cadence {
  const months = indicators
    .map((i) => Math.max(0, ...i.periodicityOptions.map((p) => PERIODICITY_MONTHS[p])))
    .filter((m) => m > 0);
  if (months.length === 0) return { kind: "none" };
  const every = Math.min(...months);
  return every === 12 ? { kind: "per-year", count: 1 } : { kind: "every-months", months: every };
}

type AnnexGovernance = {
  governance: readonly { body: string; frequency: string | null }[];
  indicators: readonly AnnexIndicator[];
  subDomains: Record<SubDomainLetter, { mutualised: boolean }>;
};

const CONTRACT_ARTICLE = "Contrat, art. 5";
const ANNEX = "Annexe, gouvernance";

/**
 * The bodies of a contrat d'engagement whose annex is `annex`: those the contract sets (launch,
 * follow-up, mayors), then the annex's own. The follow-up committee follows the contract's rhythm
 * whatever the annex writes (« trimestriel » is the « at least quarterly » after the first year).
 */
export function engagementBodies(annex: AnnexGovernance): BodyDefinition[] {
  const rows = annex.governance.map((g) => ({ ...g, body: bodyOfAnnexName(g.body), name: g.body }));
  const followUp = rows.find((r) => r.body === "comite-suivi");
  const out: BodyDefinition[] = [
    definition("reunion-lancement", null, { kind: "once" }, null, CONTRACT_ARTICLE),
    {
      ...definition("comite-suivi", null, { kind: "follow-up" }, null, CONTRACT_ARTICLE),
      label: followUp?.name ?? MEETING_BODY_LABELS["comite-suivi"],
      frequencyAsWritten: followUp?.frequency ?? null,
    },
    definition("reunion-maires", null, { kind: "per-year", count: 2 }, null, CONTRACT_ARTICLE),
  ];
  for (const row of rows) {
    if (row.body === "comite-suivi") continue;
    if (row.body === "point-operationnel" && perSubDomain(row.frequency)) {
      for (const letter of SUB_DOMAIN_LETTERS) {
        if (!annex.subDomains[letter].mutualised) continue;
        const cadence = operationalCadence(annex.indicators.filter((i) => i.subDomain === letter));
        out.push({
          ...definition(row.body, letter, cadence, row.frequency, ANNEX),
          label: `${row.name} — sous-domaine ${letter}`,
        });
      }
      continue;
    }
    out.push({
      ...definition(row.body, null, cadenceOfFrequency(row.frequency), row.frequency, ANNEX),
      label: row.name,
    });
  }
  return out;
}

/** The bodies of a Redon convention (002 §6.1): for all members together, no frequency set. */
export function conventionBodies(): BodyDefinition[] {
  return INTERCOMMUNAL_BODIES.map((body) => ({
    ...definition(body, null, { kind: "none" }, null, "Convention, art. 6.1"),
    intercommunal: true,
  }));
}

function definition(
  body: MeetingBody,
  subDomain: SubDomainLetter | null,
  cadence: Cadence,
  frequencyAsWritten: string | null,
  source: string,
): BodyDefinition {
  return {
    body,
    label: MEETING_BODY_LABELS[body],
    subDomain,
    cadence,
    frequencyAsWritten,
    source,
    intercommunal: false,
  };
}

/** The rhythm in words, for the calendar. */
export function cadenceLabel(cadence: Cadence): string {
  switch (cadence.kind) {
    case "follow-up":
      return "Mensuelle la première année, puis au moins trimestrielle";
    case "once":
      return "Une fois, au premier mois du contrat";
    case "per-year":
      return cadence.count === 1
        ? "Au moins une fois par an"
        : `Au moins ${cadence.count} fois par an`;
    case "every-months":
      return cadence.months === 1
        ? "Tous les mois"
        : cadence.months === 3
          ? "Tous les trimestres"
          : `Tous les ${cadence.months} mois`;
    case "every-days":
      return cadence.days === 14 ? "Toutes les deux semaines" : `Tous les ${cadence.days} jours`;
    case "none":
      return "Fréquence non fixée";
  }
}

/**
 * « 3 comités de suivi tenus sur 4 dus », « 1 réunion avec les maires tenue sur 2 dues », and none
 * held: « aucun comité de suivi tenu sur les 4 dus » (« sur 1 dû » when one was due) — the words
 * as they stand inside a sentence (the annual report's « … : 3 comités …  ; aucun … »).
 */
export function dueHeldPhrase(body: MeetingBody, held: number, due: number) {
  const noun = NOUNS[body];
  const many = (n: number) => n > 1;
  const e = noun.feminine ? "e" : "";
  const name = many(held) ? noun.plural : noun.singular;
  const tenu = `tenu${e}${many(held) ? "s" : ""}`;
  const du = noun.feminine ? `due${many(due) ? "s" : ""}` : many(due) ? "dus" : "dû";
  const count = held === 0 ? `aucun${e}` : String(held);
  const of = held === 0 && many(due) ? `les ${due}` : String(due);
  return `${count} ${name} ${tenu} sur ${of} ${du}`;
}

/** The phrase standing on its own, with its year: « Aucun comité stratégique tenu sur 1 dû en 2025 ». */
export function dueHeldSentence(body: MeetingBody, held: number, due: number, year: number) {
  const phrase = dueHeldPhrase(body, held, due);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} en ${year}`;
}
