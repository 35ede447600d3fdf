/**
 * Does a person's function match the commune function a saisine matrix cell names? The cells
 * are prose typed by hand in each deliberation ("DGA de la commune", "Direction générale
 * adjointe de la commune", "Directeur Général Adjoint de la commune" all mean the same post),
 * so both sides are normalised before comparison:
 *
 * 1. case, accents, apostrophes, punctuation and parentheses are dropped;
 * 2. feminine and plural forms become the masculine singular of the cells ("directrice" →
 *    "directeur", "cheffe" → "chef", "adjoints" → "adjoint"), as a function is a post, not a person;
 * 3. the contracts' abbreviations and paraphrases become one wording: DGS, DGA, "Direction
 *    générale adjointe", "Référent / Responsable (en charge) du/de suivi du contrat", and
 *    "… de la commune" is dropped;
 * 4. a cell listing alternatives ("DGA / DGS", "… et Directeur général des services",
 *    "… ou …") matches any of them;
 * 5. a cell naming the user ("utilisateur (élu, agent, citoyen, ...)") matches anyone;
 * 6. cells naming a post relative to the user or application ("Chef de service de
 *    l'utilisateur", "Directeur métier", "Directeur en charge de l'application") match any
 *    head of service, respectively any director: the directory cannot tell whose head it is.
 *
 * A false match only spares a saisine the qualification step, a missed one costs that step:
 * the rules lean towards matching, never towards refusing (a mismatch is flagged, not refused).
 */

const WORD_FORMS: Record<string, string> = {
  directrice: "directeur",
  directrices: "directeur",
  directeurs: "directeur",
  cheffe: "chef",
  cheffes: "chef",
  chefs: "chef",
  adjointe: "adjoint",
  adjointes: "adjoint",
  adjoints: "adjoint",
  generale: "general",
  generales: "general",
  referente: "referent",
  referents: "referent",
  responsables: "responsable",
  utilisatrice: "utilisateur",
  utilisateurs: "utilisateur",
  deleguee: "delegue",
  coordinatrice: "coordinateur",
};

const PARAPHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdgs\b/g, "directeur general des services"],
  [/\bdga\b/g, "directeur general adjoint"],
  // Runs after WORD_FORMS: "Direction générale adjointe" arrives as "direction general adjoint".
  [/\bdirection general adjoint\b/g, "directeur general adjoint"],
  [/\bdirecteur general adjoint des services\b/g, "directeur general adjoint"],
  [/ (de la commune|de la mairie|de la ville)$/g, ""],
  [/^directeur general$/g, "directeur general des services"],
  [
    /^(referent|responsable) (en charge )?(du|de) suivi du contrat( d engagement)?$/g,
    "responsable du suivi du contrat d engagement",
  ],
];

/** The comparable form of a function label (rules 1–3 above). */
export function normaliseFunctionLabel(label: string): string {
  let text = label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((word) => WORD_FORMS[word] ?? word)
    .join(" ");
  for (const [pattern, replacement] of PARAPHRASES) text = text.replace(pattern, replacement);
  return text;
}

const ANYONE = /^(utilisateur|usager|tout agent|tous)\b/;

/** Posts named relative to the saisine's user or application (rule 6), and who holds one. */
const RELATIVE_POSTS: ReadonlyArray<{ cell: RegExp; holder: RegExp }> = [
  {
    cell: /^chef de service (de l utilisateur|en charge de l application|concerne)$/,
    holder: /^(chef|responsable) de service\b/,
  },
  {
    cell: /^directeur (metier|en charge de l utilisateur|en charge de l application|concerne)$/,
    holder: /^directeur\b/,
  },
];

/** The alternatives a commune cell lists, normalised (rule 4); empty for an empty cell. */
export function cellAlternatives(cell: string | null): string[] {
  if (!cell) return [];
  return cell
    .replace(/\([^)]*\)/g, " ")
    .split(/\s*\/\s*|\s+(?:ou|et)\s+|\s*;\s*/i)
    .map(normaliseFunctionLabel)
    .filter((alternative) => alternative.length > 0);
}

export function cellMeansAnyone(cell: string | null): boolean {
  return cellAlternatives(cell).some((alternative) => ANYONE.test(alternative));
}

/** Whether someone holding `functionLabels` is the one the cell says may file. */
export function functionMatchesCell(
  functionLabels: readonly string[],
  cell: string | null,
): boolean {
  if (cellMeansAnyone(cell)) return true;
  const alternatives = cellAlternatives(cell);
  const held = functionLabels.map(normaliseFunctionLabel).filter(Boolean);
  return alternatives.some((alternative) => {
    if (held.includes(alternative)) return true;
    const relative = RELATIVE_POSTS.find((post) => post.cell.test(alternative));
    return relative !== undefined && held.some((label) => relative.holder.test(label));
  });
}
