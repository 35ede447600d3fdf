/** The words of the password's lifecycle and of single sign-on, alike in both SPAs. */
import { uiMessages } from "@mutu/ui";

export const authMessages = {
  forgotten: "Mot de passe oublié ?",
  singleSignOn: (label: string) => `Se connecter avec ${label}`,
  singleSignOnOr: "ou",
  singleSignOnHint:
    "Avec le compte de votre organisation : votre compte mutu est retrouvé par votre adresse électronique, vos fonctions restent celles que mutu vous donne.",
  ssoRefusals: {
    "unverified-email":
      "Votre fournisseur d'identité n'a pas confirmé votre adresse électronique : connectez-vous avec votre mot de passe.",
    "no-account":
      "Aucun compte mutu n'utilise l'adresse électronique de votre organisation. Demandez au service commun de vous en créer un.",
    "several-accounts":
      "Plusieurs comptes mutu utilisent votre adresse électronique : connectez-vous avec votre mot de passe.",
    inactive: "Votre compte mutu est désactivé. Adressez-vous au service commun.",
    expiree: "La connexion par votre organisation n'a pas abouti ou a expiré. Recommencez.",
    refusee:
      "Votre fournisseur d'identité a refusé la connexion. Recommencez, ou connectez-vous avec votre mot de passe.",
    indisponible:
      "Le fournisseur d'identité de votre organisation ne répond pas. Réessayez dans quelques instants, ou connectez-vous avec votre mot de passe.",
  } as Record<string, string>,
  request: {
    title: "Mot de passe oublié",
    lead: "Indiquez l'adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.",
    email: "Adresse électronique",
    // The sign-in form's example, so both pages show the same one.
    emailHint: `Celle qui vous sert à vous connecter. ${uiMessages.signIn.emailHint}`,
    submit: "Recevoir un lien",
    submitting: "Envoi…",
    failed: "La demande n'a pas été envoyée",
    again: "Le courriel n'arrive pas ? Vérifiez vos courriers indésirables, puis recommencez.",
    back: "Retour à la connexion",
  },
  reset: {
    title: "Choisir un nouveau mot de passe",
    lead: "Ce lien ne sert qu'une fois. Dès que le mot de passe est enregistré, vos autres sessions sont fermées.",
    noToken:
      "Ce lien est incomplet. Ouvrez à nouveau le lien reçu par courriel, ou demandez-en un nouveau.",
    askAgain: "Demander un nouveau lien",
    submit: "Enregistrer le mot de passe",
    submitting: "Enregistrement…",
    failed: "Le mot de passe n'a pas été enregistré",
    done: "Votre nouveau mot de passe est enregistré et vous êtes connecté. Vos autres sessions ont été fermées.",
    home: "Aller à l'accueil",
  },
  change: {
    title: "Changer de mot de passe",
    current: "Mot de passe actuel",
    submit: "Changer le mot de passe",
    submitting: "Enregistrement…",
    failed: "Le mot de passe n'a pas été changé",
    done: "Votre mot de passe est changé. Vos autres sessions ont été fermées.",
  },
  newPassword: {
    label: "Nouveau mot de passe",
    hint: "12 caractères au moins, difficile à deviner : une phrase de plusieurs mots sans rapport entre eux convient bien. Les majuscules, chiffres et symboles ne sont pas obligatoires.",
    show: "Afficher le mot de passe",
    strength: "Robustesse",
    levels: ["très faible", "faible", "moyenne", "bonne", "très bonne"],
    acceptable: "Ce mot de passe convient.",
    checking: "Vérification…",
  },
} as const;
