/**
 * mutu's words for every check a schema does not word itself: short French sentences a person
 * can read. Zod's own French locale speaks to developers (« Entrée invalide : chaîne de
 * caractères attendu, nombre reçu », « Trop grand : … <=200 », the codes of a list between
 * quotes): its messages would reach forms and API clients as they are.
 */
import type { z } from "zod";
import { frenchNumber } from "../text/typography.ts";

type Issue = z.core.$ZodRawIssue;

/** A value left out: what every check says of a field not sent. */
export const MISSING = "Champ obligatoire.";

const number = (n: number | bigint) =>
  typeof n === "bigint"
    ? frenchNumber(Number(n))
    : frenchNumber(n, Number.isInteger(n) ? 0 : (String(n).split(".")[1]?.length ?? 0));

/** What a value of this kind is called, for « un nombre est attendu ». */
const EXPECTED: Record<string, string> = {
  string: "un texte est attendu",
  number: "un nombre est attendu",
  int: "un nombre entier est attendu",
  bigint: "un nombre entier est attendu",
  boolean: "oui ou non est attendu",
  array: "une liste est attendue",
  tuple: "une liste est attendue",
  set: "une liste est attendue",
  object: "un ensemble de champs est attendu",
  record: "un ensemble de champs est attendu",
  map: "un ensemble de champs est attendu",
  date: "une date est attendue",
  file: "un fichier est attendu",
};

const FORMATS: Record<string, string> = {
  uuid: "Identifiant invalide.",
  uuidv4: "Identifiant invalide.",
  uuidv6: "Identifiant invalide.",
  uuidv7: "Identifiant invalide.",
  guid: "Identifiant invalide.",
  cuid: "Identifiant invalide.",
  cuid2: "Identifiant invalide.",
  ulid: "Identifiant invalide.",
  nanoid: "Identifiant invalide.",
  email: "Adresse électronique invalide.",
  url: "Adresse web invalide.",
  date: "Date invalide : format AAAA-MM-JJ attendu.",
  datetime: "Date et heure invalides.",
  time: "Heure invalide : format HH:MM attendu.",
  base64: "Contenu de fichier illisible.",
  base64url: "Contenu de fichier illisible.",
};

function tooBig(issue: Extract<Issue, { code: "too_big" }>) {
  const max = number(issue.maximum);
  switch (issue.origin) {
    case "string":
      return `Texte trop long : ${max} caractères au plus.`;
    case "array":
    case "set":
      return `Trop d'éléments : ${max} au plus.`;
    case "file":
      return `Fichier trop volumineux : ${max} octets au plus.`;
    case "date":
      return "Date trop tardive.";
    default:
      return issue.inclusive === false
        ? `Nombre trop grand : moins de ${max} attendu.`
        : `Nombre trop grand : ${max} au plus.`;
  }
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>) {
  const min = number(issue.minimum);
  switch (issue.origin) {
    case "string":
      return Number(issue.minimum) <= 1
        ? MISSING
        : `Texte trop court : ${min} caractères au moins.`;
    case "array":
    case "set":
      return Number(issue.minimum) <= 1
        ? "Au moins un élément est attendu."
        : `Pas assez d'éléments : ${min} au moins.`;
    case "file":
      return "Fichier vide.";
    case "date":
      return "Date trop ancienne.";
    default:
      return issue.inclusive === false
        ? `Nombre trop petit : plus de ${min} attendu.`
        : `Nombre trop petit : ${min} au moins.`;
  }
}

/** The French sentence for an issue no schema worded. */
export function frenchIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return MISSING;
      return `Valeur invalide : ${EXPECTED[issue.expected] ?? "une autre valeur est attendue"}.`;
    case "invalid_value":
      if (issue.input === undefined) return MISSING;
      return issue.values.length === 1
        ? "Valeur invalide."
        : "Valeur inconnue : choisissez parmi celles proposées.";
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      return FORMATS[issue.format] ?? "Format invalide.";
    case "not_multiple_of":
      return `Nombre invalide : multiple de ${number(issue.divisor)} attendu.`;
    case "invalid_union":
      // A discriminated union's tag outside its list.
      return "discriminator" in issue && issue.discriminator
        ? "Valeur inconnue : choisissez parmi celles proposées."
        : "Valeur invalide.";
    case "unrecognized_keys":
      return issue.keys.length > 1 ? "Champs inconnus." : "Champ inconnu.";
    default:
      return "Valeur invalide.";
  }
}
