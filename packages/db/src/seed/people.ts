/**
 * A few demo people per organisation, holding the functions the contracts name. Names are
 * fictitious and distinct across organisations (« Attribuée à Julien Girard » names one person):
 * the n-th person gets first name n mod 16 and last name (n + ⌊n / 16⌋) mod 16, a different pair
 * for each of the first 256.
 */
export type DemoPerson = { email: string; displayName: string; functions: string[] };

const firstNames = [
  "Camille",
  "Julien",
  "Sophie",
  "Nicolas",
  "Claire",
  "Thomas",
  "Isabelle",
  "Mathieu",
  "Hélène",
  "Olivier",
  "Aurélie",
  "Laurent",
  "Émilie",
  "Antoine",
  "Nathalie",
  "Yannick",
];
const lastNames = [
  "Martin",
  "Bernard",
  "Dubois",
  "Durand",
  "Lefebvre",
  "Moreau",
  "Rousseau",
  "Garcia",
  "Roux",
  "Fournier",
  "Girard",
  "Mercier",
  "Bonnet",
  "Lambert",
  "Fontaine",
  "Chevalier",
];

let counter = 0;
function name() {
  const n = counter++;
  const first = n % firstNames.length;
  const last = (n + Math.floor(n / firstNames.length)) % lastNames.length;
  return `${firstNames[first]} ${lastNames[last]}`;
}

export function demoPeopleFor(
  org: { kind: string; slug: string },
  operatorSlug: string,
): DemoPerson[] {
  const at = (local: string) => `${local}@${org.slug}.mutu-demo.fr`;
  if (org.kind === "operator") {
    const staff: DemoPerson[] = [
      { email: at("admin"), displayName: name(), functions: ["administrator"] },
      { email: at("can"), displayName: name(), functions: ["call-centre-agent"] },
      { email: at("dpo"), displayName: name(), functions: ["operator-dpo"] },
    ];
    if (operatorSlug === "bordeaux-metropole") {
      staff.push(
        { email: at("chef-can"), displayName: name(), functions: ["call-centre-head"] },
        { email: at("referent-sud"), displayName: name(), functions: ["communal-referent"] },
        { email: at("rssi"), displayName: name(), functions: ["rssi"] },
        { email: at("dip"), displayName: name(), functions: ["director"] },
      );
    }
    return staff;
  }
  const people: DemoPerson[] = [
    { email: at("dgs"), displayName: name(), functions: ["dgs"] },
    { email: at("agent"), displayName: name(), functions: ["agent"] },
  ];
  if (operatorSlug === "bordeaux-metropole") {
    people.push(
      {
        email: at("referent"),
        displayName: name(),
        functions: ["contract-referent", "project-owner"],
      },
      { email: at("dpo"), displayName: name(), functions: ["commune-dpo"] },
    );
  }
  return people;
}
