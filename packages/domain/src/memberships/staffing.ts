/**
 * Seed 002 art. 6: the agents the shared service adds as members join the socle complet, funded by
 * their contributions (40 k€ a year per full-time equivalent).
 */
export type StaffingThreshold = {
  fromMembers: number;
  /** null = no upper bound. */
  toMembers: number | null;
  extraFte: number;
  condition: string;
};

export const REDON_STAFFING: readonly StaffingThreshold[] = [
  {
    fromMembers: 1,
    toMembers: 9,
    extraFte: 1,
    condition: "Création du service, dès la 1re commune adhérente (40 k€ par an et par ETP)",
  },
  {
    fromMembers: 10,
    toMembers: 20,
    extraFte: 2,
    condition: "Entre 10 et 20 communes au socle complet",
  },
  {
    fromMembers: 21,
    toMembers: null,
    extraFte: 3,
    condition: "Plus de 20 communes au socle complet",
  },
];

/** The threshold reached with this many socle complet members; null with none. */
export function staffingFor(socleCompletMembers: number): StaffingThreshold | null {
  return (
    REDON_STAFFING.find(
      (s) =>
        socleCompletMembers >= s.fromMembers &&
        (s.toMembers === null || socleCompletMembers <= s.toMembers),
    ) ?? null
  );
}
