/**
 * The words of the Redon convention's catalogue (seed 002 art. 3 and 4), in French as members
 * read them: offers and their levels, prerequisites. Prices, the choices' labels and the staffing
 * the contributions fund are domain data (`redonTariff2022`, `SUBSCRIPTION_LABELS`,
 * `REDON_STAFFING` in @mutu/domain).
 */

export const REDON_OFFERS = [
  {
    code: "socle-complet",
    label: "Socle complet",
    description:
      "Quatre niveaux de services indissociables : un pack non divisible, sans contribution à la carte.",
    levels: [
      {
        level: 1,
        name: "Prestations ponctuelles",
        content: "AMO, expertise, audits ; demandes non couvertes par les niveaux 2 à 4.",
      },
      {
        level: 2,
        name: "Socle logiciel",
        content:
          "Infogérance des applications métiers et services numériques centralisables (salle serveurs ou SaaS).",
      },
      {
        level: 3,
        name: "Socle technique et infrastructure",
        content:
          "Serveurs, stockage NAS/SAN, pare-feu, standard téléphonique PABX/IPBX… en salle datacenter.",
      },
      {
        level: 4,
        name: "Socle technique de proximité",
        content:
          "Postes de travail, téléphonie, impression, infrastructure locale ; infogérance par un prestataire local choisi par le membre (label ExpertCyber).",
      },
    ],
  },
  {
    code: "socle-annexe",
    label: "Socle annexe",
    description: "Deux niveaux distincts, pris séparément ou ensemble.",
    levels: [
      {
        level: 1,
        name: "Audit",
        content:
          "État des lieux du système d'information orienté cybersécurité : organisation et management de l'information ; infrastructure et parc ; ressources et moyens financiers.",
      },
      {
        level: 2,
        name: "Groupements d'achats",
        content:
          "Marchés à groupement de commandes coordonnés par REDON Agglomération ; retrait possible seulement avant l'envoi de l'avis de marché.",
      },
    ],
  },
];

export const REDON_PREREQUISITES = [
  "Un audit technique précède toute adhésion au socle complet ; adhérer dans les 6 mois qui suivent sa facturation déduit son prix de la première année.",
  "Au-delà de 8 000 habitants, ou avec un service informatique propre, un examen plus approfondi précède l'adhésion au socle complet.",
  "L'adhésion se décide par délibération du conseil municipal ; un changement de formule par simple décision.",
  "Convention d'un an, renouvelée par tacite reconduction ; résiliation par délibération avec un préavis de 12 mois.",
];
