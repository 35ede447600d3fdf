/**
 * The password policy, after ANSSI's recommendations: length first (12 characters at least, no
 * composition rules), and a password that is not known or guessable — judged by zxcvbn-ts with the
 * common and French dictionaries (passwords, first names, words) and what mutu knows of the person
 * (their name, address, organisation). Both the browser (as the person types) and the server
 * (always) run this same check. Its dictionaries weigh about a megabyte: it is a subpath of its
 * own (`@mutu/domain/password-strength`), loaded only where a password is chosen.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as french from "@zxcvbn-ts/language-fr";
import { PASSWORD_MIN_LENGTH } from "../people/schema.ts";

/**
 * zxcvbn's top score: at least 10¹⁰ guesses. Twelve characters or more already clear it unless the
 * password is built on known words, names, dates or keyboard walks — exactly what it must refuse.
 */
export const PASSWORD_MIN_SCORE = 4;

let factory: ZxcvbnFactory | undefined;
const checker = () => {
  factory ??= new ZxcvbnFactory({
    translations: french.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...french.dictionary },
  });
  return factory;
};

export type PasswordVerdict = {
  /** 0 (guessed at once) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** Why it is refused, and what to do, in French; empty when accepted. */
  problems: string[];
};

/** What mutu knows of the person: a password built on it is guessable. */
function personalWords(context: readonly string[]): string[] {
  return [
    "mutu",
    ...context.flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
  ].filter((w) => w.length >= 3);
}

export function passwordVerdict(
  password: string,
  context: readonly string[] = [],
): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH)
    return {
      score: 0,
      acceptable: false,
      problems: [`Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`],
    };
  const result = checker().check(password.slice(0, 100), personalWords(context));
  if (result.score >= PASSWORD_MIN_SCORE)
    return { score: result.score, acceptable: true, problems: [] };
  const { warning, suggestions } = result.feedback;
  return {
    score: result.score,
    acceptable: false,
    problems: [
      "Ce mot de passe est trop facile à deviner.",
      ...(warning ? [warning] : []),
      ...suggestions,
      "Allongez-le, par exemple avec une phrase de plusieurs mots sans rapport entre eux.",
    ].filter((line, i, all) => all.indexOf(line) === i),
  };
}
