/**
 * General French municipal elections, as data: the Bordeaux contrat d'engagement lasts one
 * municipal mandate and renews after each election (seed 000 art. 7), so its dates come from
 * here. Dates are fixed by decree; add the next election when it is called, not before.
 */

export type MunicipalElection = {
  year: number;
  firstRound: string;
  secondRound: string;
  note?: string;
};

export const FRENCH_MUNICIPAL_ELECTIONS: readonly MunicipalElection[] = [
  { year: 2014, firstRound: "2014-03-23", secondRound: "2014-03-30" },
  {
    year: 2020,
    firstRound: "2020-03-15",
    secondRound: "2020-06-28",
    // Planned for 22 March 2020; postponed by the Covid-19 emergency law (loi n° 2020-290).
    note: "Second tour reporté du 22 mars au 28 juin 2020 (crise sanitaire de la Covid-19).",
  },
  { year: 2026, firstRound: "2026-03-15", secondRound: "2026-03-22" },
];
