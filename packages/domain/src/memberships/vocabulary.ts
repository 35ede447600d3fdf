/**
 * The convention's words (seed 002 art. 3–4): the four ways to join — the socle complet, or the
 * socle annexe's audit and/or purchasing groups — and how members read them.
 */
import { z } from "zod";

export const SUBSCRIPTIONS = [
  "socle-complet",
  "audit",
  "groupement-achats",
  "audit+groupement-achats",
] as const;
export type Subscription = (typeof SUBSCRIPTIONS)[number];

export const SUBSCRIPTION_LABELS: Record<Subscription, string> = {
  "socle-complet": "Socle complet (niveaux 1 à 4)",
  audit: "Socle annexe – audit (niveau 1)",
  "groupement-achats": "Socle annexe – groupements d'achats (niveau 2)",
  "audit+groupement-achats": "Socle annexe – audit et groupements d'achats (niveaux 1 et 2)",
};

/** A choice as a member makes it (a form, the API). */
export const subscriptionSchema = z.enum(SUBSCRIPTIONS, {
  error:
    "Formule inconnue : socle complet, audit, groupements d'achats, ou audit et groupements d'achats.",
});
