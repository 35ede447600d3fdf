/**
 * Duration rules of the two agreement models: when the next tacit renewal happens and when an
 * agreement ends once a party has given notice. Dates are Europe/Paris calendar dates; month
 * periods follow the French rule (CPC art. 640–641): the day of the notice is not counted and the
 * period ends on the same date N months later (the month's last day when that date is missing),
 * not extended over weekends — these are contractual terms, not procedural deadlines.
 */
import { z } from "zod";
import {
  addDays,
  addMonths,
  addYears,
  assertIsoDate,
  FRENCH_ERRORS,
  isoDateSchema,
  toParisCalendarDate,
  yearOf,
} from "./calendar.ts";
import { FRENCH_MUNICIPAL_ELECTIONS, type MunicipalElection } from "./elections.ts";

export const agreementSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      /** Redon convention de service commun (seed 002). */
      kind: z.literal("redon-convention"),
      /** "prend effet à compter de la signature des deux parties" (art. 2.2), or the date of art. 8. */
      effectiveFrom: isoDateSchema,
      noticeGivenOn: isoDateSchema.nullable().optional(),
    }),
    z.object({
      /** Bordeaux contrat d'engagement (seed 000). */
      kind: z.literal("bordeaux-contrat-engagement"),
      signedOn: isoDateSchema,
      noticeGivenOn: isoDateSchema.nullable().optional(),
      /**
       * Years in which this commune's council was elected at the first round: its election date is
       * then the first round (e.g. 15 March 2020) rather than the second (28 June 2020).
       */
      electedAtFirstRoundIn: z.array(z.number().int()).optional(),
    }),
  ],
  { error: "Type de convention inconnu." },
);
export type Agreement = z.infer<typeof agreementSchema>;
export type RedonConvention = Extract<Agreement, { kind: "redon-convention" }>;
export type BordeauxContract = Extract<Agreement, { kind: "bordeaux-contrat-engagement" }>;

export type Renewal =
  | {
      kind: "anniversary";
      /** First day of the renewed one-year term. */
      renewsOn: string;
      /** 2 for the first renewal (the second year), and so on. */
      termNumber: number;
    }
  | {
      kind: "post-election";
      /** Last day of the six-month window: the tacit renewal is acquired at its end. */
      renewsOn: string;
      electionYear: number;
      electionOn: string;
    };

export type AgreementEnd = {
  /** Last day the agreement binds the parties. */
  lastDayInForce: string;
  /** First day it no longer does — the exclusive `effectiveTo` of versions.ts. */
  effectiveTo: string;
};

function parseAgreement(agreement: Agreement): Agreement {
  const parsed = agreementSchema.safeParse(agreement, { error: FRENCH_ERRORS });
  if (!parsed.success) {
    throw new RangeError(
      `Convention invalide : ${parsed.error.issues.map((i) => `${i.path.join(".") || "(racine)"} : ${i.message}`).join(" ; ")}`,
    );
  }
  return parsed.data;
}

// --- Redon: one year, tacit renewal, twelve months' notice ------------------------------------------

/**
 * Seed 002 art. 2.2: "consentie pour une durée d'un an, renouvelable par tacite reconduction".
 * Terms start on each anniversary of the effective date, counted from that date every time so
 * a 29 February start comes back in leap years (28 February otherwise).
 */
function redonRenewal(agreement: RedonConvention, day: string): Renewal | null {
  const start = agreement.effectiveFrom;
  let years = Math.max(1, yearOf(day) - yearOf(start));
  // A renewal on `day` itself has already happened: the next one is strictly after.
  while (addYears(start, years) <= day) years += 1;
  while (years > 1 && addYears(start, years - 1) > day) years -= 1;
  const renewsOn = addYears(start, years);
  if (agreement.noticeGivenOn) {
    const end = redonEnd(agreement, agreement.noticeGivenOn);
    if (renewsOn >= end.effectiveTo) return null;
  }
  return { kind: "anniversary", renewsOn, termNumber: years + 1 };
}

/**
 * Seed 002 art. 2.4: "Cette dénonciation s'effectue dans le respect d'un préavis de douze mois".
 * The clause counts twelve months from the notice and says nothing of anniversaries (it even
 * speaks of "résiliation anticipée"), so the end is notice + 12 months, not the next anniversary.
 * A shorter notice needs the written agreement of both parties and is not modelled here.
 */
function redonEnd(agreement: RedonConvention, noticeGivenOn: string): AgreementEnd {
  if (noticeGivenOn < agreement.effectiveFrom) {
    throw new RangeError("Le préavis ne peut pas précéder la prise d'effet de la convention.");
  }
  const lastDayInForce = addMonths(noticeGivenOn, 12);
  return { lastDayInForce, effectiveTo: addDays(lastDayInForce, 1) };
}

// --- Bordeaux: the municipal mandate, renewed after each election ----------------------------------

function electionDayFor(agreement: BordeauxContract, election: MunicipalElection): string {
  return agreement.electedAtFirstRoundIn?.includes(election.year)
    ? election.firstRound
    : election.secondRound;
}

/**
 * Seed 000 art. 7: "conclu pour la durée du mandat municipal, avec renouvellement tacite dans les
 * six mois qui suivent l'élection municipale". Each election after the signature opens a window
 * of six months; the renewal is acquired at the end of its last day.
 */
function bordeauxWindows(agreement: BordeauxContract) {
  return FRENCH_MUNICIPAL_ELECTIONS.map((election) => {
    const electionOn = electionDayFor(agreement, election);
    return { election, electionOn, windowEndsOn: addMonths(electionOn, 6) };
  }).filter((window) => window.electionOn > agreement.signedOn);
}

function bordeauxRenewal(agreement: BordeauxContract, day: string): Renewal | null {
  // On the window's last day the renewal is still pending: it is acquired at the end of that day.
  const window = bordeauxWindows(agreement).find((w) => w.windowEndsOn >= day);
  if (!window) return null;
  if (agreement.noticeGivenOn) {
    const end = bordeauxEnd(agreement, agreement.noticeGivenOn);
    if (end && window.windowEndsOn >= end.lastDayInForce) return null;
  }
  return {
    kind: "post-election",
    renewsOn: window.windowEndsOn,
    electionYear: window.election.year,
    electionOn: window.electionOn,
  };
}

/**
 * Art. 7 has no early-termination clause: the only moment the contract can lapse is the renewal
 * window after an election. A notice (refusal of the tacit renewal) given before the election or
 * within the window therefore ends the contract on the window's last day — keeping the service
 * running until then. A notice after a window has closed aims at the next election.
 * null when that election is not yet in FRENCH_MUNICIPAL_ELECTIONS.
 */
function bordeauxEnd(agreement: BordeauxContract, noticeGivenOn: string): AgreementEnd | null {
  if (noticeGivenOn < agreement.signedOn) {
    throw new RangeError("Le préavis ne peut pas précéder la signature du contrat.");
  }
  const window = bordeauxWindows(agreement).find((w) => w.windowEndsOn >= noticeGivenOn);
  if (!window) return null;
  return { lastDayInForce: window.windowEndsOn, effectiveTo: addDays(window.windowEndsOn, 1) };
}

// --- Entry points ------------------------------------------------------------------------------------

/**
 * The next renewal not yet acquired at the start of `date` (Paris calendar), or null when the
 * agreement ends first (notice given) or the next municipal election is not known yet.
 */
export function nextRenewal(agreement: Agreement, date: string | Date): Renewal | null {
  const checked = parseAgreement(agreement);
  const day = toParisCalendarDate(date);
  return checked.kind === "redon-convention"
    ? redonRenewal(checked, day)
    : bordeauxRenewal(checked, day);
}

/** When the agreement ends after notice given on `noticeGivenOn` (see each model's rule). */
export function endDateAfterNotice(
  agreement: Agreement,
  noticeGivenOn: string | Date,
): AgreementEnd | null {
  const checked = parseAgreement(agreement);
  const notice =
    typeof noticeGivenOn === "string"
      ? assertIsoDate(noticeGivenOn, "Date du préavis")
      : toParisCalendarDate(noticeGivenOn);
  return checked.kind === "redon-convention"
    ? redonEnd(checked, notice)
    : bordeauxEnd(checked, notice);
}
