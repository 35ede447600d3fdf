/** A few demo people per organisation, holding the functions the contracts name. Names are fictitious. */
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
];
const lastNames = [
  "Martin",
  "Bernard",
  "Dubois",
  "Durand",
  "Lefebvre",
  "Moreau",
  "Laurent",
  "Garcia",
  "Roux",
  "Fournier",
  "Girard",
  "Mercier",
];

let counter = 0;
function name() {
  const n = counter++;
  return `${firstNames[n % firstNames.length]} ${lastNames[(n * 7 + 3) % lastNames.length]}`;
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
