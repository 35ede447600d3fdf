/**
 * The catalogue of functions each demo operator defines, with the permissions they grant.
 * Function names are those the contracts use (seed 000, 004; DGNSI organisation of 003).
 */
import { PERMISSIONS, type Permission } from "@mutu/domain";

type FunctionSeed = {
  code: string;
  label: string;
  side: "commune" | "operator";
  permissions: Permission[];
};

const communeRead: Permission[] = ["org.read", "contracts.read"];
/** Who follows the contract's indicators and enters the measures mutu cannot compute. */
const indicatorsDesk: Permission[] = ["indicators.read", "indicators.manage"];
/** What the call centre and the communal referents do with saisines. */
const saisineDesk: Permission[] = [
  "org.read",
  "people.read",
  "contracts.read",
  "saisines.read",
  "saisines.create",
  "saisines.manage",
];

export const functionCatalogue: FunctionSeed[] = [
  {
    code: "dgs",
    label: "Directeur général des services",
    side: "commune",
    permissions: [
      ...communeRead,
      "people.read",
      "saisines.read",
      "saisines.create",
      "audit.read",
      "rgpd.read",
      "projects.read",
      "projects.file",
      "rgpd.manage",
      "indicators.read",
    ],
  },
  {
    code: "contract-referent",
    label: "Responsable du suivi du contrat d'engagement",
    side: "commune",
    permissions: [
      ...communeRead,
      "people.read",
      "saisines.read",
      "saisines.create",
      "rgpd.read",
      "projects.read",
      "projects.file",
      "indicators.read",
    ],
  },
  {
    code: "project-owner",
    label: "Chef de projet - maîtrise d'usage",
    side: "commune",
    permissions: [
      ...communeRead,
      "saisines.read",
      "saisines.create",
      "projects.read",
      "projects.file",
    ],
  },
  {
    code: "agent",
    label: "Agent",
    side: "commune",
    permissions: [...communeRead, "saisines.create"],
  },
  {
    code: "commune-dpo",
    label: "Délégué à la protection des données (commune)",
    side: "commune",
    // Reads the commune's projects to give its opinion on those that process personal data.
    permissions: [...communeRead, "rgpd.read", "rgpd.manage", "rgpd.opinion", "projects.read"],
  },
  {
    code: "rgpd-correspondent",
    label: "Correspondant RGPD",
    side: "commune",
    permissions: [...communeRead, "rgpd.read", "rgpd.manage"],
  },
  {
    code: "call-centre-agent",
    label: "Agent du centre d'appel",
    side: "operator",
    permissions: saisineDesk,
  },
  {
    code: "call-centre-head",
    label: "Chef de service centre d'appel et pilotage",
    side: "operator",
    permissions: [...saisineDesk, "audit.read", ...indicatorsDesk],
  },
  {
    code: "communal-referent",
    label: "Référent communal (responsable de centre de proximité)",
    side: "operator",
    permissions: [...saisineDesk, ...indicatorsDesk, "projects.read", "projects.manage"],
  },
  {
    code: "rssi",
    label: "Responsable de la sécurité des systèmes d'information",
    side: "operator",
    // Security maturity (indicator 1.2.1) is theirs to score; breaches open from incidents.
    permissions: [
      "org.read",
      "audit.read",
      "saisines.read",
      "rgpd.read",
      "rgpd.manage",
      ...indicatorsDesk,
    ],
  },
  {
    code: "operator-dpo",
    label: "Délégué à la protection des données",
    side: "operator",
    permissions: [
      "org.read",
      "people.read",
      "contracts.read",
      "saisines.read",
      "rgpd.read",
      "rgpd.manage",
      "rgpd.opinion",
      "audit.read",
    ],
  },
  {
    code: "director",
    label: "Directeur (infrastructures et production)",
    side: "operator",
    permissions: [
      "org.read",
      "people.read",
      "contracts.read",
      "contracts.manage",
      "saisines.read",
      "saisines.manage",
      "audit.read",
      "projects.read",
      "projects.manage",
      "rgpd.read",
      ...indicatorsDesk,
    ],
  },
  {
    code: "administrator",
    label: "Administrateur mutu (direction générale du service commun)",
    side: "operator",
    permissions: [...PERMISSIONS],
  },
];
